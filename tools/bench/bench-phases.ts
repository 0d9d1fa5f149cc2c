import type { NestExpressApplication } from '@nestjs/platform-express';
import path from 'node:path';
import type { Pool } from 'pg';
import { AppConfig } from '../../apps/api/src/config/app-config';
import { createCast, type BenchCast } from './bench-cast';
import type { BenchOptions } from './bench-options';
import type { BenchStack } from './bench-stack';
import { buildVariantCorpus, readMunichSample } from './corpus';
import { drillHealthDuringSearchOutage } from './drills/health-during-outage.drill';
import { drillIndexerRetry } from './drills/indexer-retry.drill';
import { drillMeilisearchKill } from './drills/meilisearch-kill.drill';
import { drillPostgresOutage } from './drills/postgres-outage.drill';
import { drillPostgresReadOnly } from './drills/postgres-read-only.drill';
import { runDrill } from './drills/drill-result';
import { measureFrozenSearch } from './frozen-search';
import { bootInProcess, importCorpora } from './import-phase';
import { compareIndexWithPostgres } from './index-consistency';
import { runMixedLoad } from './load-phase';
import { profileSearchLoad } from './profile-phase';
import { measurePublishToSearchable } from './publish-latency';
import { rawSearchRequest } from './raw-search';
import { buildScaledCorpus, dropScaledCorpus, measureRankingAtScale } from './ranking-at-scale';
import { searchTargetsMissed, type BenchReport } from './report-model';
import { compareSearchLatency, measureBreakdown, type LatencySetup } from './search-latency';

/** What the phases share. */
export interface BenchContext {
  stack: BenchStack;
  db: Pool;
  options: BenchOptions;
  sharedDir: string;
  queries: string[];
  report: BenchReport;
}

const INDEX_NAME = new AppConfig().SEARCH_INDEX;

/** Runs one phase; a phase that throws is recorded and the run goes on with the next. */
async function phase(ctx: BenchContext, name: string, run: () => Promise<void>): Promise<void> {
  const started = performance.now();
  console.log(`\n▶ ${name}`);
  try {
    await run();
    console.log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    ctx.report.failures.push(`${name}: ${reason}`);
    console.log(`  FAILED: ${reason}`);
  }
}

/** Every phase in an order where no drill disturbs a measurement. */
export async function runPhases(ctx: BenchContext): Promise<void> {
  const api = await ctx.stack.startApi();
  const app = await bootInProcess(ctx.stack);
  try {
    await importPhase(ctx, app, api.url);
  } finally {
    await app.close();
  }
  const cast = await createCast(ctx.db, api.url, { agents: ctx.options.agents, authors: ctx.options.authors });
  const raw = ctx.queries.map((q) => rawSearchRequest(INDEX_NAME, ctx.stack.meiliKey, q));
  await measurements(ctx, cast, { meiliUrl: ctx.stack.meiliUrl, raw, agent: cast.agents[0] });
  await drills(ctx, cast);
}

async function importPhase(ctx: BenchContext, app: NestExpressApplication, apiUrl: string): Promise<void> {
  await phase(ctx, 'import (Munich sample, then the corpus)', async () => {
    const sample = readMunichSample(path.join(ctx.sharedDir, 'data', 'munich-dldb'));
    const corpus = buildVariantCorpus(sample, ctx.options.corpusSize);
    Object.assign(
      ctx.report.imports,
      await importCorpora(app, apiUrl, [
        { label: 'munich', files: sample },
        { label: 'corpus', files: corpus },
      ]),
    );
    const check = await compareIndexWithPostgres(ctx.db, meili(ctx));
    ctx.report.indexedArticles = check.indexCount;
    if (!check.match) throw new Error(`index and PostgreSQL differ after the import: ${JSON.stringify(check)}`);
  });
}

async function measurements(ctx: BenchContext, cast: BenchCast, setup: LatencySetup): Promise<void> {
  const r = ctx.report;
  const api = ctx.stack.api ?? failNoApi();
  await phase(ctx, 'search latency: one plain Meilisearch search vs. GET /api/v1/search (alternating rounds)', async () => {
    const c1 = await compareSearchLatency(setup, 1, ctx.options.passes.c1);
    const c8 = await compareSearchLatency(setup, 8, ctx.options.passes.c8);
    const breakdown = await measureBreakdown(setup);
    r.search = { c1, c8, breakdown };
    console.log(
      `  c=1 p50 raw ${c1.raw.p50.toFixed(1)} ms / API ${c1.api.p50.toFixed(1)} ms; c=8 req/s raw ${c8.raw.requestsPerSecond.toFixed(0)} / API ${c8.api.requestsPerSecond.toFixed(0)}`,
    );
  });
  if (searchTargetsMissed(r.search) || ctx.options.profile) {
    await phase(ctx, 'CPU profile of the API under search load (c=8)', async () => {
      r.profile = await profileSearchLoad(api, ctx.stack.profileFile, cast.agents[0].cookieHeader, ctx.queries, ctx.options.profileSeconds);
    });
  }
  // Before publishing and load add articles: the copy is made of the imported corpus alone.
  await phase(ctx, `PostgreSQL ranking alone (rankBm25f) at ${ctx.options.scale.articles.toLocaleString('en-US')} articles`, async () => {
    try {
      console.log("  building the corpus (copy of the indexer's postings, then the product's indexes, VACUUM ANALYZE) …");
      const build = await buildScaledCorpus(ctx.db, ctx.options.scale.articles);
      const s = build.seconds;
      console.log(
        `  ${build.articles} articles, ${build.postings} postings (${build.postingsMiB} MiB): copy ${s.copy.toFixed(1)} s, indexes ${s.indexes.toFixed(1)} s, vacuum ${s.vacuum.toFixed(1)} s`,
      );
      r.rankingAtScale = await measureRankingAtScale(ctx.stack.databaseUrl, ctx.queries, ctx.options.scale.passes, build);
      const m = r.rankingAtScale;
      console.log(
        `  p50 ${m.p50.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms, max ${m.max.toFixed(1)} ms (first pass p95 ${m.firstPass.p95.toFixed(1)} ms)`,
      );
    } finally {
      await dropScaledCorpus(ctx.db);
    }
  });
  await phase(ctx, `publish → searchable (${ctx.options.publishCount} approvals one by one)`, async () => {
    r.publish = await measurePublishToSearchable(cast, ctx.options.publishCount, meili(ctx));
    const t = r.publish.meiliTasks;
    console.log(
      `  p50 ${r.publish.p50.toFixed(1)} ms, p95 ${r.publish.p95.toFixed(1)} ms; Meilisearch tasks: queued p95 ${t.queuedP95.toFixed(0)} ms, processing p95 ${t.processingP95.toFixed(0)} ms`,
    );
  });
  await phase(ctx, 'search with Meilisearch frozen (SIGSTOP), then SIGCONT', async () => {
    r.frozen = await measureFrozenSearch(ctx.stack, ctx.db, cast.agents[0], ctx.queries, ctx.options.frozenPasses);
    const f = r.frozen;
    console.log(
      `  first ${f.firstMs.toFixed(0)} ms; then p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms (${f.slowAfterFirst} over 1 s); Meilisearch used again ${f.recoverySeconds.toFixed(1)} s after SIGCONT`,
    );
  });
  await phase(ctx, `load: ${cast.agents.length} agents + ${cast.authors.length} authors for ${ctx.options.loadSeconds} s`, async () => {
    r.load = await runMixedLoad(cast, api.url, api.pid, ctx.queries, ctx.options.loadSeconds);
    console.log(
      `  searches p99 ${r.load.searches.p99.toFixed(1)} ms, ${r.load.searches.errors + r.load.searches.non2xx} errors; RSS ${r.load.rssBeforeMiB} → ${r.load.rssAfterMiB} MiB`,
    );
  });
}

async function drills(ctx: BenchContext, cast: BenchCast): Promise<void> {
  const api = ctx.stack.api ?? failNoApi();
  const r = ctx.report;
  r.drills.push(await runDrill('indexer failure is logged and retried', () => drillIndexerRetry(ctx.stack, cast, ctx.db)));
  r.drills.push(await runDrill('health reports a search outage', () => drillHealthDuringSearchOutage(ctx.stack)));
  r.drills.push(
    await runDrill('kill -9 Meilisearch during a publish burst', () => drillMeilisearchKill(ctx.stack, cast, ctx.db, api.url, INDEX_NAME)),
  );
  // Last: PostgreSQL comes back as a persistent (fsync) server, which would change later timings.
  r.drills.push(await runDrill('PostgreSQL stopped under load', () => drillPostgresOutage(ctx.stack, cast.agents, ctx.queries)));
  // After the outage drill: PostgreSQL now runs with fsync and synchronous commit, as in production,
  // so "no acknowledged write lost" means what it says.
  r.drills.push(await runDrill('data directory read-only for 10 s under write load', () => drillPostgresReadOnly(ctx.stack, cast, ctx.db)));
}

function meili(ctx: BenchContext): { url: string; key: string; index: string } {
  return { url: ctx.stack.meiliUrl, key: ctx.stack.meiliKey, index: INDEX_NAME };
}

function failNoApi(): never {
  throw new Error('the API is not running');
}
