// `npm run eval:search [-- --queries <file>] [--data <dir>] [--degraded] [--no-gate]`: imports the
// Munich DLDB sample into a throw-away stack and sends query sets through the real
// GET /api/v1/search as an agent: dev, holdout, typo and spoken variants of dev, and concerns the
// sample does not cover (query-sets.ts). Prints hit@1, hit@3, MRR@10, the share without an answer
// and the latency of every set, then the acceptance criteria; exits 1 if one is missed (unless
// --no-gate). With --queries it evaluates exactly that file.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SearchLimits } from '@bsc/domain';
import { DataSource } from 'typeorm';
import { hashPassword } from '../../apps/api/src/auth/password-hashing';
import { parseDldbServices } from '../../apps/api/src/import/dldb-format';
import { ApiClient } from '../../apps/api/testing/api-client';
import { ACCEPTANCE_GATES, checkGates, failsRun, fileGates, type GateRule, type SetFigures } from './acceptance';
import { runQueries, type SearchRun } from './eval-search';
import { measureLatency, type LatencyFigures } from './latency';
import { evaluate, percentile, queriesWithoutKnownAnswer, unansweredShare, type EvalQuery } from './metrics';
import { defaultQuerySetFiles, loadQuerySets, readQueryFile, type QuerySet } from './query-sets';
import { answerAndLatencyLines, gateLines, qualityLines, unanswerableLines } from './report';
import { coveredConcerns, parseUnanswerableConcerns } from './unanswerable-check';
import { option, runCommand } from './cli';
import { sampleDir, withImportedSample } from './sample-stack';

const AGENT = { login: 'eval-agent', password: 'Eval-Passwort-2026!' };
// Latency rounds after the warm-up: 3 × ~180 queries give p95 from ~540 samples in ~15 s.
const ROUNDS = 3;

/** A set to evaluate: a named set of query-sets.ts, or the file given with --queries. */
type EvalSet = Omit<QuerySet, 'name'> & { name: string };

async function main(): Promise<number> {
  const queriesFile = option('--queries');
  const dataDir = sampleDir();
  const sets: EvalSet[] = queriesFile
    ? [{ name: path.basename(queriesFile), source: path.basename(queriesFile), queries: readQueryFile(queriesFile), answerable: true }]
    : loadQuerySets();
  const rules = queriesFile ? fileGates(path.basename(queriesFile)) : ACCEPTANCE_GATES;
  if (!queriesFile) assertUnanswerableIsUncovered(dataDir);
  else warnOfQueriesWithoutKnownAnswer(sets[0].queries, dataDir);
  return withImportedSample(
    async ({ app, stack, imported }) => {
      await app.listen(0, '127.0.0.1');
      console.log(`Import: ${imported.articles} Artikel in ${imported.ms} ms (inkl. Indexierung)`);
      const agent = await loginAgent(app);
      // --degraded: the quality agents get from the PostgreSQL fallback while Meilisearch is down.
      const degraded = process.argv.includes('--degraded');
      if (degraded) await stack.meilisearch?.stop();
      for (const set of sets) await runQueries(agent, set.queries); // warm-up: caches, JIT, connection pool
      const figures = new Map<string, SetFigures>();
      for (const set of sets) figures.set(set.name, await evaluateSet(agent, set, rules));
      // The API/Meilisearch split of the dev set (or the file), as before issue 11.
      if (!degraded) printLatency(await measureLatency(app, agent, sets[0].queries));
      const enforced = !process.argv.includes('--no-gate');
      const results = checkGates(rules, figures);
      console.log(['', ...gateLines(results, enforced)].join('\n'));
      return enforced && failsRun(results) ? 1 : 0;
    },
    { dataDir },
  );
}

/** Relevance from the first measured round (the ranking is deterministic), latency from all rounds. */
async function evaluateSet(agent: ApiClient, set: EvalSet, rules: readonly GateRule[]): Promise<SetFigures> {
  const rounds: SearchRun[][] = [];
  let degraded = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const measured = await runQueries(agent, set.queries);
    rounds.push(measured.runs);
    if (round === 0) degraded = measured.degraded;
  }
  const runs = rounds[0];
  const latencies = rounds.flat().map((run) => run.ms);
  const report = evaluate(runs);
  const figures: SetFigures = {
    hitAt1: report.hitAt1,
    hitAt3: report.hitAt3,
    mrrAt10: report.mrrAt10,
    unanswered: unansweredShare(runs),
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
  };
  const lines = set.answerable ? qualityLines(set, report, degraded, rules, runs) : unanswerableLines(set, runs, degraded);
  const cut = runs.filter((run) => run.cut).length;
  if (cut > 0)
    lines.push(`  gekürzt wie im Suchfeld (höchstens ${SearchLimits.queryMax} Zeichen): ${cut} ${cut === 1 ? 'Anfrage' : 'Anfragen'}`);
  if (set.name === 'typo' || set.name === 'spoken') lines.push(...examples(set));
  console.log(['', ...lines, ...answerAndLatencyLines(set, figures, latencies.length, rules)].join('\n'));
  return figures;
}

// Generated sets: two examples, so a reader sees what "typo" and "spoken" mean.
function examples(set: EvalSet): string[] {
  return set.queries.slice(0, 2).map((query) => `  Beispiel: „${query.q}“`);
}

/** The unanswerable set is only a fair test while the corpus covers none of its concerns. */
function assertUnanswerableIsUncovered(dataDir: string): void {
  const concerns = parseUnanswerableConcerns(JSON.parse(fs.readFileSync(defaultQuerySetFiles().unanswerable, 'utf8')));
  const services = parseDldbServices(JSON.parse(fs.readFileSync(path.join(dataDir, 'services_de.json'), 'utf8'))).entries;
  const covered = coveredConcerns(concerns, services);
  if (covered.length === 0) return;
  const list = covered.map((c) => `"${c.q}" (${c.term} in ${c.serviceId} ${c.serviceTitle})`).join('; ');
  throw new Error(`unanswerable-queries.json: der Katalog deckt diese Anliegen ab, bitte ersetzen: ${list}`);
}

/** A --queries file may name ids the sample does not have: those queries can only miss. */
function warnOfQueriesWithoutKnownAnswer(queries: readonly EvalQuery[], dataDir: string): void {
  const services = parseDldbServices(JSON.parse(fs.readFileSync(path.join(dataDir, 'services_de.json'), 'utf8'))).entries;
  const unknown = queriesWithoutKnownAnswer(queries, new Set(services.map((service) => service.id)));
  if (unknown.length === 0) return;
  const list = unknown.map((query) => `"${query.q}" (${query.relevant.join(', ') || 'keine Id'})`).join('; ');
  console.log(
    `Hinweis: ${unknown.length} von ${queries.length} Anfragen ${unknown.length === 1 ? 'nennt' : 'nennen'} keine Leistung des Katalogs als relevant und ${unknown.length === 1 ? 'zählt' : 'zählen'} als Fehltreffer: ${list}`,
  );
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

function printLatency(latency: LatencyFigures): void {
  console.log(
    `\nLatenz p50: API ${latency.api.toFixed(1)} ms (×${(latency.api / latency.singleQuery).toFixed(2)} einer einfachen ` +
      `Meilisearch-Suche mit ${latency.singleQuery.toFixed(1)} ms) · BM25F in PostgreSQL ${latency.bm25f.toFixed(1)} ms`,
  );
}

runCommand(main);
