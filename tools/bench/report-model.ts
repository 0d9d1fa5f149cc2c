import type { ProfileSummary } from './cpu-profile-summary';
import type { DrillResult } from './drills/drill-result';
import type { FrozenFigures } from './frozen-search';
import type { ImportFigures } from './import-phase';
import type { LoadFigures } from './load-phase';
import type { MachineFacts } from './machine';
import type { PublishFigures } from './publish-latency';
import type { RankingAtScale } from './ranking-at-scale';
import type { Revision } from './revision';
import type { LatencyBreakdown, LatencyComparison } from './search-latency';

/** Everything one `npm run bench` measured; written to artifacts/bench/latest.json. */
export interface BenchReport {
  date: string;
  machine: MachineFacts;
  revision: Revision;
  totalSeconds: number;
  /** 1-minute load average at the end of the run (the start is in machine). */
  loadAverageAtEnd?: number;
  queries: number;
  indexedArticles?: number;
  imports: Partial<Record<'munich' | 'corpus', ImportFigures>>;
  search?: { c1: LatencyComparison; c8: LatencyComparison; breakdown: LatencyBreakdown };
  /** The BM25F statement alone on the large corpus (100k articles; fewer with --quick). */
  rankingAtScale?: RankingAtScale;
  publish?: PublishFigures;
  /** Searches while Meilisearch is frozen (SIGSTOP). */
  frozen?: FrozenFigures;
  load?: LoadFigures;
  drills: DrillResult[];
  targets: TargetCheck[];
  profile?: ProfileSummary & { file: string; requestsPerSecond: number };
  /** Phases that threw, with the reason. */
  failures: string[];
}

/** One target of issue 11 and whether this run met it. */
export interface TargetCheck {
  name: string;
  target: string;
  measured: string;
  met: boolean;
}

/** The goals of issue 11 (Acceptance). */
export const TARGETS = {
  /** API p50 / raw Meilisearch p50 at c=1: at most. */
  p50Ratio: 2.0,
  /** API req/s / raw Meilisearch req/s at c=8: at least. */
  throughputRatio: 0.6,
  /** p95 of the BM25F statement alone at 100k articles, ms. */
  rankingP95Ms: 50,
  /** Articles the ranking target is stated for. */
  rankingArticles: 100_000,
  publishP95Ms: 500,
  /** Search p95 while Meilisearch is frozen, after the first timeout, ms. */
  frozenP95Ms: 100,
} as const;

/** Whether the API-vs-raw comparison missed a target (then the bench profiles the API). */
export function searchTargetsMissed(search: BenchReport['search']): boolean {
  return !search || search.c1.p50Ratio > TARGETS.p50Ratio || search.c8.throughputRatio < TARGETS.throughputRatio;
}

/** The targets of issue 11, judged on the figures of this run (missing figures count as missed). */
export function checkTargets(report: BenchReport): TargetCheck[] {
  const c1 = report.search?.c1;
  const c8 = report.search?.c8;
  const fmt = (value: number | undefined, digits = 1) => (value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits));
  const loadErrors = report.load ? report.load.searches.errors + report.load.searches.non2xx + report.load.authoring.errors : undefined;
  const ranking = report.rankingAtScale;
  const frozen = report.frozen;
  const articles = ranking ? ranking.build.articles.toLocaleString('en-US') : `${TARGETS.rankingArticles / 1000}k`;
  return [
    {
      name: 'API p50 / raw Meilisearch p50 (c=1)',
      target: `≤ ${TARGETS.p50Ratio.toFixed(1)}`,
      measured: fmt(c1?.p50Ratio, 2),
      met: c1 !== undefined && c1.p50Ratio <= TARGETS.p50Ratio,
    },
    {
      name: 'API req/s / raw Meilisearch req/s (c=8)',
      target: `≥ ${TARGETS.throughputRatio.toFixed(2)}`,
      measured: fmt(c8?.throughputRatio, 2),
      met: c8 !== undefined && c8.throughputRatio >= TARGETS.throughputRatio,
    },
    {
      name: `PostgreSQL ranking alone p95 (${articles} articles)`,
      target: `≤ ${TARGETS.rankingP95Ms} ms`,
      measured: `${fmt(ranking?.p95)} ms`,
      // Judged only on a corpus of the stated size (--quick builds a smaller one).
      met: ranking !== undefined && ranking.build.articles >= TARGETS.rankingArticles && ranking.p95 <= TARGETS.rankingP95Ms,
    },
    {
      name: 'publish → searchable p95',
      target: `≤ ${TARGETS.publishP95Ms} ms`,
      measured: `${fmt(report.publish?.p95)} ms`,
      met: report.publish !== undefined && report.publish.p95 <= TARGETS.publishP95Ms && report.publish.notFound === 0,
    },
    {
      name: 'search p95, Meilisearch frozen, after the first timeout',
      target: `≤ ${TARGETS.frozenP95Ms} ms`,
      measured: `${fmt(frozen?.p95)} ms`,
      met: frozen !== undefined && frozen.p95 <= TARGETS.frozenP95Ms && frozen.failed === 0 && frozen.degradedAnswers === frozen.count,
    },
    { name: 'errors under load', target: '0', measured: fmt(loadErrors, 0), met: loadErrors === 0 },
    ...report.drills.map((d) => ({ name: `drill: ${d.name}`, target: 'PASS', measured: d.pass ? 'PASS' : 'FAIL', met: d.pass })),
  ];
}
