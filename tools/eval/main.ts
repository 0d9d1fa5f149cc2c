// `npm run eval:search [-- --queries <file>] [--data <dir>] [--degraded]`: imports the Munich DLDB sample into a
// throw-away stack, sends the dev queries through the real GET /api/v1/search as an agent and
// prints hit@1, hit@3, MRR@10, the misses and the latency. Exits 1 below the acceptance bar.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { hashPassword } from '../../apps/api/src/auth/password-hashing';
import { DldbImportService } from '../../apps/api/src/import/dldb-import.service';
import { SearchIndex } from '../../apps/api/src/search/search-index.port';
import { SearchIndexerService } from '../../apps/api/src/search/search-indexer.service';
import { ApiClient } from '../../apps/api/src/testing/api-client';
import { bootApi } from '../kb/api-context';
import { readDldbFiles } from '../kb/dldb-files';
import { startStack } from '../stack/stack';
import { workspaceRoot } from '../stack/workspace-root';
import { runQueries } from './eval-search';
import { measureLatency, type LatencyFigures } from './latency';
import { evaluate, parseEvalQueries, type EvalReport } from './metrics';

const MIN_HIT_AT_3 = 0.95;
const MIN_MRR_AT_10 = 0.9;
const AGENT = { login: 'eval-agent', password: 'Eval-Passwort-2026!' };

async function main(): Promise<number> {
  const shared = path.resolve(workspaceRoot(__dirname), '..', 'shared');
  const queriesFile = option('--queries') ?? path.join(shared, 'eval', 'dev-queries.json');
  const dataDir = option('--data') ?? path.join(shared, 'data', 'munich-dldb');
  const queries = parseEvalQueries(JSON.parse(fs.readFileSync(queriesFile, 'utf8')));
  // env {}: never the developer's DATABASE_URL / MEILI_URL, always throw-away servers.
  const stack = await startStack({ ephemeral: true, env: {} });
  let app: NestExpressApplication | undefined;
  try {
    // The fallback warns once per search: with --degraded that would be every line.
    app = await bootApi(stack, { LOG_LEVEL: process.env.LOG_LEVEL ?? 'error' });
    await app.listen(0, '127.0.0.1');
    const imported = await importSample(app, dataDir);
    console.log(`Import: ${imported.articles} Artikel in ${imported.ms} ms (inkl. Indexierung)`);
    const agent = await loginAgent(app);
    // --degraded: the quality agents get from the PostgreSQL fallback while Meilisearch is down.
    const degraded = process.argv.includes('--degraded');
    if (degraded) await stack.meilisearch?.stop();
    await runQueries(agent, queries); // warm-up: caches, JIT, connection pool
    const measured = await runQueries(agent, queries);
    const report = evaluate(measured.runs);
    printReport(report, queriesFile, measured.degraded);
    if (!degraded) printLatency(await measureLatency(app, agent, queries));
    return passes(report) ? 0 : 1;
  } finally {
    await app?.close();
    await stack.stop();
  }
}

async function importSample(app: NestExpressApplication, dataDir: string): Promise<{ articles: number; ms: number }> {
  const started = performance.now();
  const input = readDldbFiles(path.join(dataDir, 'services_de.json'), path.join(dataDir, 'locations_de.json'));
  const summary = await app.get(DldbImportService).run(input, { publish: true });
  await app.get(SearchIndexerService).drain();
  const articles = summary.articles.created + summary.articles.updated + summary.articles.unchanged;
  const indexed = await app.get(SearchIndex).count();
  // Measuring a half-filled index would report nonsense.
  if (indexed !== articles) throw new Error(`Index enthält ${indexed} von ${articles} Artikeln.`);
  return { articles, ms: Math.round(performance.now() - started) };
}

async function loginAgent(app: NestExpressApplication): Promise<ApiClient> {
  const { port } = app.getHttpServer().address() as AddressInfo;
  await app
    .get(DataSource)
    .query(`INSERT INTO users (login, display_name, password_hash, roles) VALUES ($1, 'Auswertung', $2, '{agent}')`, [
      AGENT.login,
      await hashPassword(AGENT.password),
    ]);
  const client = new ApiClient(`http://127.0.0.1:${port}`);
  const login = await client.login(AGENT.login, AGENT.password);
  if (login.status !== 200) throw new Error(`Anmeldung des Auswertungs-Agenten fehlgeschlagen: ${login.status}`);
  return client;
}

function printReport(report: EvalReport, queriesFile: string, degraded: number): void {
  console.log(`Suchqualität: ${report.queries} Anfragen aus ${path.basename(queriesFile)}${degraded ? ` (${degraded} degradiert!)` : ''}`);
  console.log(`  hit@1   ${report.hitAt1.toFixed(3)}`);
  console.log(`  hit@3   ${report.hitAt3.toFixed(3)}   (Schwelle ${MIN_HIT_AT_3})`);
  console.log(`  MRR@10  ${report.mrrAt10.toFixed(3)}   (Schwelle ${MIN_MRR_AT_10})`);
  for (const miss of report.misses) {
    console.log(
      `  Fehltreffer: "${miss.q}" → ${miss.rank ? `Rang ${miss.rank}` : 'nicht in den Top 10'}; Top 3: ${miss.top3.join(', ') || '–'}`,
    );
  }
}

function printLatency(latency: LatencyFigures): void {
  console.log(
    `Latenz p50: API ${latency.api.toFixed(1)} ms · ihre Meilisearch-Anfrage ${latency.meilisearchRequest.toFixed(1)} ms ` +
      `(×${(latency.api / latency.meilisearchRequest).toFixed(2)}) · eine einfache Meilisearch-Suche ${latency.singleQuery.toFixed(1)} ms`,
  );
}

function passes(report: EvalReport): boolean {
  return report.hitAt3 >= MIN_HIT_AT_3 && report.mrrAt10 >= MIN_MRR_AT_10;
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(2);
  },
);
