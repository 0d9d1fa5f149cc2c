import type { GatedMetric, GateResult, GateRule, SetFigures } from './acceptance';
import { ruleFor } from './acceptance';
import type { SearchRun } from './eval-search';
import type { EvalReport } from './metrics';

const METRIC_LABELS: Record<GatedMetric, string> = { hitAt3: 'hit@3', mrrAt10: 'MRR@10', unanswered: 'ohne Antwort' };
/** Queries listed by name (unanswerable ones answered, answerable ones not): enough to see the pattern, not a wall of text. */
const ANSWERED_SHOWN = 10;

/** A set as the report names it. */
export interface ReportedSet {
  name: string;
  source: string;
  answerable: boolean;
}

// hit@k and MRR keep the line format of the tool before issue 11: "(Schwelle 0.95)".
function threshold(rules: readonly GateRule[], set: string, metric: GatedMetric): string {
  const rule = ruleFor(rules, set, metric);
  if (!rule) return '';
  if (metric !== 'unanswered') return `   (Schwelle ${rule.threshold})`;
  return `   (Schwelle ${rule.bound === 'min' ? '≥' : '≤'} ${rule.threshold})`;
}

/**
 * hit@1, hit@3, MRR@10 and the misses: the lines `--queries <file>` has always printed; then the
 * queries of the set the search did not answer (its wrongly unanswered share, by name).
 */
export function qualityLines(
  set: ReportedSet,
  report: EvalReport,
  degraded: number,
  rules: readonly GateRule[],
  runs: readonly SearchRun[] = [],
): string[] {
  const unanswered = runs.filter((run) => !run.answered);
  return [
    `Suchqualität: ${report.queries} Anfragen aus ${set.source}${degraded ? ` (${degraded} degradiert!)` : ''}`,
    `  hit@1   ${report.hitAt1.toFixed(3)}`,
    `  hit@3   ${report.hitAt3.toFixed(3)}${threshold(rules, set.name, 'hitAt3')}`,
    `  MRR@10  ${report.mrrAt10.toFixed(3)}${threshold(rules, set.name, 'mrrAt10')}`,
    ...report.misses.map(
      (miss) =>
        `  Fehltreffer: "${miss.q}" → ${miss.rank ? `Rang ${miss.rank}` : 'nicht in den Top 10'}; Top 3: ${miss.top3.join(', ') || '–'}`,
    ),
    ...unanswered.slice(0, ANSWERED_SHOWN).map((run) => `  unbeantwortet: "${run.query.q}" (erster Treffer „${run.firstTitle ?? '–'}“)`),
    ...(unanswered.length > ANSWERED_SHOWN ? [`  … und ${unanswered.length - ANSWERED_SHOWN} weitere unbeantwortet`] : []),
  ];
}

/** Concerns the corpus does not cover: how many the search admits it cannot answer, and the others. */
export function unanswerableLines(set: ReportedSet, runs: readonly SearchRun[], degraded: number): string[] {
  const answered = runs.filter((run) => run.answered);
  const more = answered.length - ANSWERED_SHOWN;
  return [
    `Ohne Antwort erwartet: ${runs.length} Anfragen aus ${set.source}${degraded ? ` (${degraded} degradiert!)` : ''}`,
    ...answered.slice(0, ANSWERED_SHOWN).map((run) => `  trotzdem beantwortet: "${run.query.q}" → „${run.firstTitle ?? '–'}“`),
    ...(more > 0 ? [`  … und ${more} weitere`] : []),
  ];
}

/** The share without an answer and the latency of GET /api/v1/search. */
export function answerAndLatencyLines(set: ReportedSet, figures: SetFigures, samples: number, rules: readonly GateRule[]): string[] {
  return [
    `  ohne Antwort  ${figures.unanswered.toFixed(3)}${threshold(rules, set.name, 'unanswered')}`,
    `  Latenz  p50 ${figures.p50Ms.toFixed(1)} ms · p95 ${figures.p95Ms.toFixed(1)} ms (GET /api/v1/search, ${samples} Anfragen)`,
  ];
}

/** The acceptance criteria with their measured values, and the verdict. */
export function gateLines(results: readonly GateResult[], enforced: boolean): string[] {
  const failed = results.filter((result) => !result.passed).length;
  const blocking = results.filter((result) => !result.passed && !result.advisory).length;
  const verdict = enforced
    ? blocking === 0
      ? `exit 0${failed > 0 ? ' (nur beratende Kriterien verfehlt)' : ''}`
      : `exit 1`
    : 'nur Bericht (--no-gate), exit 0';
  return [
    'Abnahmekriterien:',
    ...results.map(
      (r) =>
        `  ${r.passed ? 'erfüllt ' : 'VERFEHLT'}  ${r.set} ${METRIC_LABELS[r.metric]} ${r.value === null ? 'nicht gemessen' : r.value.toFixed(3)} ` +
        `${r.bound === 'min' ? '≥' : '≤'} ${r.threshold}${r.advisory ? ` (beratend: ${r.advisory})` : ''}`,
    ),
    `Ergebnis: ${failed} von ${results.length} Kriterien verfehlt – ${verdict}`,
  ];
}
