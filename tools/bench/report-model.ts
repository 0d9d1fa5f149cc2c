import type { ProfileSummary } from './cpu-profile-summary';
import type { DegradedFigures } from './degraded-search';
import type { DrillResult } from './drills/drill-result';
import type { ImportFigures } from './import-phase';
import type { LoadFigures } from './load-phase';
import type { MachineFacts } from './machine';
import type { PublishFigures } from './publish-latency';
import type { Revision } from './revision';
import type { LatencyBreakdown, LatencyComparison } from './search-latency';

/** Everything one `npm run bench` measured; written to artifacts/bench/latest.json. */
export interface BenchReport {
  date: string;
  machine: MachineFacts;
  revision: Revision;
  totalSeconds: number;
  queries: number;
  indexedArticles?: number;
  imports: Partial<Record<'munich' | 'corpus', ImportFigures>>;
  search?: { c1: LatencyComparison; c8: LatencyComparison; breakdown: LatencyBreakdown };
  /** The adapter requests the raw side replays (see adapter-requests.ts). */
  capture?: { queries: number; maxRequestsPerSearch: number; missing: number };
  publish?: PublishFigures;
  degraded?: DegradedFigures;
  load?: LoadFigures;
  drills: DrillResult[];
  targets: TargetCheck[];
  profile?: ProfileSummary & { file: string; requestsPerSecond: number };
  /** Phases that threw, with the reason. */
  failures: string[];
}

/** One target of issue 8 and whether this run met it. */
export interface TargetCheck {
  name: string;
  target: string;
  measured: string;
  met: boolean;
}

/** The targets of issue 8, judged on the figures of this run (missing figures count as missed). */
export function checkTargets(report: BenchReport): TargetCheck[] {
  const c1 = report.search?.c1;
  const c8 = report.search?.c8;
  const fmt = (value: number | undefined, digits = 1) => (value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits));
  const loadErrors = report.load ? report.load.searches.errors + report.load.searches.non2xx + report.load.authoring.errors : undefined;
  return [
    {
      name: 'API p50 / Meilisearch p50 (c=1)',
      target: '≤ 1.25',
      measured: fmt(c1?.p50Ratio, 2),
      met: c1 !== undefined && c1.p50Ratio <= 1.25,
    },
    {
      name: 'API req/s / Meilisearch req/s (c=8)',
      target: '≥ 0.75',
      measured: fmt(c8?.throughputRatio, 2),
      met: c8 !== undefined && c8.throughputRatio >= 0.75,
    },
    {
      name: 'publish → searchable p95',
      target: '≤ 500 ms',
      measured: `${fmt(report.publish?.p95)} ms`,
      met: report.publish !== undefined && report.publish.p95 <= 500 && report.publish.notFound === 0,
    },
    {
      name: 'degraded search p95 (10k)',
      target: '≤ 50 ms',
      measured: `${fmt(report.degraded?.p95)} ms`,
      met:
        report.degraded !== undefined &&
        report.degraded.p95 <= 50 &&
        report.degraded.failed === 0 &&
        report.degraded.degradedAnswers === report.degraded.count,
    },
    { name: 'errors under load', target: '0', measured: fmt(loadErrors, 0), met: loadErrors === 0 },
    ...report.drills.map((d) => ({ name: `drill: ${d.name}`, target: 'PASS', measured: d.pass ? 'PASS' : 'FAIL', met: d.pass })),
  ];
}
