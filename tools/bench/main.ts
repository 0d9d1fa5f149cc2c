// `npm run bench [-- --update-readme] [--profile] [--quick]`: measures the product on a
// throw-away stack (10k articles imported through DldbImportService) and prints the tables of
// issue 11; writes artifacts/bench/latest.json and, with --update-readme, the generated block
// of the README's "Performance" section. Phases (bench-phases.ts), in this order:
//   import → GET /api/v1/search vs. one plain Meilisearch search (c=1, c=8, alternating rounds)
//   → CPU profile (when a ratio is missed) → the BM25F statement alone on a 100k copy of the
//   corpus (ranking-at-scale.ts) → publish → searchable → search with Meilisearch frozen
//   (frozen-search.ts) → mixed load → fault drills (drills/).
// Shared data: ../shared beside the checkout, or $BSC_SHARED_DIR.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Pool } from 'pg';
import { workspaceRoot } from '../stack/workspace-root';
import { parseBenchOptions } from './bench-options';
import { runPhases } from './bench-phases';
import { BenchStack, prepareArtifacts } from './bench-stack';
import { describeMachine } from './machine';
import { readRevision } from './revision';
import { benchQueries } from './queries';
import { performanceMarkdown, updateReadme } from './readme-section';
import { checkTargets, type BenchReport } from './report-model';
import {
  breakdownLines,
  drillLines,
  importTable,
  latencyTable,
  profileLines,
  scaleBuildLines,
  slowQueryLines,
  targetTable,
} from './report-table';

async function main(): Promise<number> {
  const options = parseBenchOptions(process.argv.slice(2));
  const root = workspaceRoot(__dirname);
  const sharedDir = path.resolve(process.env.BSC_SHARED_DIR ?? path.join(root, '..', 'shared'));
  const paths = prepareArtifacts(root);
  const queries = benchQueries(path.join(sharedDir, 'eval', 'dev-queries.json'));
  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: describeMachine(),
    revision: readRevision(root),
    totalSeconds: 0,
    queries: queries.length,
    imports: {},
    drills: [],
    targets: [],
    failures: [],
  };
  const started = performance.now();
  console.log(
    `Bench on ${report.machine.cores} cores (${report.machine.cpuModel}), ${report.machine.ramGiB} GiB RAM${options.quick ? ' – QUICK mode, not for the README' : ''}`,
  );
  // The servers' child handles are unref'd: while we only await a server's exit, nothing else
  // would keep the event loop alive and Node would quit in the middle of a drill.
  const keepAlive = setInterval(() => undefined, 60_000);
  const stack = await BenchStack.start(paths);
  const db = new Pool({ connectionString: stack.databaseUrl, max: 2 });
  // Idle connections die with PostgreSQL in the outage drill; without a listener that would crash us.
  db.on('error', () => undefined);
  try {
    await runPhases({ stack, db, options, sharedDir, queries, report });
  } finally {
    await db.end().catch(() => undefined);
    await stack.stop();
    clearInterval(keepAlive);
  }
  report.totalSeconds = (performance.now() - started) / 1000;
  report.loadAverageAtEnd = os.loadavg()[0];
  report.targets = checkTargets(report);
  fs.writeFileSync(path.join(paths.artifacts, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  printReport(report);
  if (options.updateReadme && !options.quick) updateReadme(path.join(root, 'README.md'), performanceMarkdown(report));
  return report.failures.length === 0 && report.drills.every((d) => d.pass) ? 0 : 1;
}

function printReport(report: BenchReport): void {
  const sections = [
    latencyTable(report),
    breakdownLines(report),
    scaleBuildLines(report),
    importTable(report),
    targetTable(report),
    drillLines(report),
    slowQueryLines(report),
    profileLines(report),
  ];
  console.log(
    `\n${sections
      .filter((s) => s.length > 0)
      .map((s) => s.join('\n'))
      .join('\n\n')}`,
  );
  console.log(`\nTotal ${(report.totalSeconds / 60).toFixed(1)} min; JSON: artifacts/bench/latest.json`);
  for (const failure of report.failures) console.log(`FAILED PHASE ${failure}`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
