import { TARGETS, type BenchReport } from './report-model';
import type { LatencySummary } from './stats';

const ms = (value: number | undefined): string => (value === undefined || Number.isNaN(value) ? '–' : value.toFixed(1));
const rate = (value: number | undefined): string => (value === undefined || Number.isNaN(value) ? '–' : value.toFixed(0));

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function latencyRow(name: string, s: LatencySummary | undefined, rps: number | undefined, note: string): string {
  return row([name, ms(s?.p50), ms(s?.p95), ms(s?.p99), rate(rps), note]);
}

/** The latency and throughput table (markdown; the README gets the same text). */
export function latencyTable(r: BenchReport): string[] {
  const lines = [row(['measurement', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s', 'notes']), row(['---', '---:', '---:', '---:', '---:', '---'])];
  for (const c of [r.search?.c1, r.search?.c8]) {
    if (!c) continue;
    lines.push(
      latencyRow(
        `search, raw Meilisearch (one plain search), c=${c.concurrency}`,
        c.raw,
        c.raw.requestsPerSecond,
        `${c.raw.count} requests, ${c.raw.non2xx + c.raw.errors} failed`,
      ),
    );
    lines.push(
      latencyRow(
        `search, GET /api/v1/search, c=${c.concurrency}`,
        c.api,
        c.api.requestsPerSecond,
        `${c.api.count} requests, ${c.api.non2xx + c.api.errors} failed; p50 ×${c.p50Ratio.toFixed(2)}, req/s ×${c.throughputRatio.toFixed(2)} of raw`,
      ),
    );
  }
  const p = r.publish;
  if (p)
    lines.push(latencyRow(`publish → searchable (${p.articles} approvals)`, p, undefined, `max ${ms(p.max)} ms, ${p.notFound} not found`));
  const k = r.rankingAtScale;
  if (k)
    lines.push(
      latencyRow(
        `PostgreSQL ranking alone (rankBm25f), ${k.build.articles.toLocaleString('en-US')} articles`,
        k,
        undefined,
        `${k.queries} queries × ${k.passes}, one at a time; first (cold) pass p95 ${ms(k.firstPass.p95)} ms; ${k.noCandidates} without candidates`,
      ),
    );
  const f = r.frozen;
  if (f)
    lines.push(
      latencyRow(
        'search, Meilisearch frozen (SIGSTOP), after the first',
        f,
        undefined,
        `first search ${ms(f.firstMs)} ms; ${f.degradedAnswers}/${f.count} said degraded, ${f.failed} failed, ${f.slowAfterFirst} over 1 s; Meilisearch used again ${f.recoverySeconds.toFixed(1)} s after SIGCONT`,
      ),
    );
  const l = r.load;
  if (l) {
    const s = l.searches;
    lines.push(
      latencyRow(
        `load: ${l.agents} agents searching, ${l.seconds} s`,
        s,
        s.requestsPerSecond,
        `${s.errors} errors, ${s.non2xx} non-2xx; API RSS ${l.rssBeforeMiB} → ${l.rssAfterMiB} MiB`,
      ),
    );
    const a = l.authoring;
    lines.push(
      latencyRow(
        `load: ${l.authors} authors (create, save ×2, submit, approve)`,
        a,
        undefined,
        `${a.published} published, ${a.errors} failed rounds`,
      ),
    );
  }
  return lines;
}

/** What the raw side is, and the sequential probe that splits an API search's time. */
export function breakdownLines(r: BenchReport): string[] {
  const b = r.search?.breakdown;
  if (!b) return [];
  return [
    `Raw side: ONE plain Meilisearch search of the words as typed (\`POST /indexes/<uid>/search\` with \`{ q, limit: 10, locales: ['deu'] }\`, ` +
      `uncompressed) against the product's index. The API runs BM25F in PostgreSQL and one Meilisearch search (candidate ids and scores) in parallel, ` +
      `fuses them and loads the page from PostgreSQL.${b.degraded ? ` **${b.degraded}/${b.probed} API answers were degraded: the comparison is void.**` : ''}`,
    '',
    `Split of one API search (sequential probes, medians): raw Meilisearch ${ms(b.rawMeilisearch)} ms; the API's search service ` +
      `(\`tookMs\`: BM25F ∥ Meilisearch, fusion, page documents, snippets) ${ms(b.searchService)} ms; ` +
      `request overhead (HTTP, session lookup, guard, validation, JSON) ${ms(b.requestOverhead)} ms; total ${ms(b.apiTotal)} ms.`,
  ];
}

/** How the large corpus of the ranking measurement was built. */
export function scaleBuildLines(r: BenchReport): string[] {
  const k = r.rankingAtScale;
  if (!k) return [];
  const b = k.build;
  return [
    `Corpus of the PostgreSQL ranking: the ${b.baseArticles.toLocaleString('en-US')} imported articles × ${b.copies} with new ids ` +
      `(${b.articles.toLocaleString('en-US')} articles, ${b.postings.toLocaleString('en-US')} postings, ${b.postingsMiB} MiB with indexes), ` +
      `copied in SQL from the postings the search indexer wrote (\`writePostings\`) into a scratch schema, document frequencies × ${b.copies}, ` +
      `same average field lengths: copy ${b.seconds.copy.toFixed(1)} s, the product's indexes ${b.seconds.indexes.toFixed(1)} s, ` +
      `VACUUM ANALYZE ${b.seconds.vacuum.toFixed(1)} s. Timed: \`rankBm25f\` through TypeORM on one connection, the API's own query analysis, ${k.candidates} candidates.` +
      (b.articles < TARGETS.rankingArticles
        ? ` **Smaller than the ${TARGETS.rankingArticles.toLocaleString('en-US')} articles of the target (--quick).**`
        : ''),
  ];
}

/** Import durations and throughput. */
export function importTable(r: BenchReport): string[] {
  const lines = [
    row(['import (DldbImportService, publish)', 'articles', 'seconds', 'articles/s', 'outbox empty after']),
    row(['---', '---:', '---:', '---:', '---:']),
  ];
  const labels = { munich: 'Munich sample (287 services, 109 locations)', corpus: 'corpus (variants of the sample)' } as const;
  for (const key of ['munich', 'corpus'] as const) {
    const f = r.imports[key];
    if (f)
      lines.push(
        row([labels[key], String(f.created), f.importSeconds.toFixed(1), f.articlesPerSecond.toFixed(0), `${f.indexSeconds.toFixed(1)} s`]),
      );
  }
  return lines;
}

/** Targets of issue 8: met or missed. */
export function targetTable(r: BenchReport): string[] {
  return [
    row(['target', 'goal', 'measured', 'result']),
    row(['---', '---', '---', '---']),
    ...r.targets.map((t) => row([t.name, t.target, t.measured, t.met ? 'met' : '**missed**'])),
  ];
}

/** The plan of the slowest BM25F statement at scale, when its target was missed. */
export function slowQueryLines(r: BenchReport): string[] {
  const k = r.rankingAtScale;
  const slowest = k?.slowest;
  if (!k || !slowest || k.p95 <= TARGETS.rankingP95Ms) return [];
  return [
    `Slowest BM25F statement at ${k.build.articles.toLocaleString('en-US')} articles ("${slowest.query}", ${slowest.durationMs.toFixed(1)} ms; plan re-run with the same parameters):`,
    '',
    '```',
    ...slowest.plan.slice(0, 40),
    ...(slowest.plan.length > 40 ? [`… ${slowest.plan.length - 40} more lines in artifacts/bench/latest.json`] : []),
    '```',
  ];
}

/** One line per drill. */
export function drillLines(r: BenchReport): string[] {
  return r.drills.map((d) => `- **${d.pass ? 'PASS' : 'FAIL'}** ${d.name}: ${d.summary}`);
}

/** Where the API's CPU time went (when a target was missed). */
export function profileLines(r: BenchReport): string[] {
  const p = r.profile;
  if (!p) return [];
  const pct = (share: number) => `${(share * 100).toFixed(1)} %`;
  return [
    `CPU profile of the API child at c=8 (${(p.sampledMs / 1000).toFixed(1)} s sampled, ${pct(p.busyMs / p.sampledMs)} busy, ${rate(p.requestsPerSecond)} req/s while profiling; ${p.file.replace(/^.*\/artifacts\//, 'artifacts/')}):`,
    '',
    row(['self time by area', 'share of busy time']),
    row(['---', '---:']),
    ...p.byArea.map((e) => row([`\`${e.name}\``, pct(e.share)])),
    '',
    row(['inclusive time by area (on the synchronous stack)', 'share of busy time']),
    row(['---', '---:']),
    ...p.inclusiveByArea.map((e) => row([`\`${e.name}\``, pct(e.share)])),
    '',
    row(['top functions (self time)', 'share of busy time']),
    row(['---', '---:']),
    ...p.topFunctions.map((e) => row([`\`${e.name.replace(/\|/g, '\\|')}\``, pct(e.share)])),
  ];
}
