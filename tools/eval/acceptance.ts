/** The figures of one query set that the acceptance gates read. */
export interface SetFigures {
  hitAt1: number;
  hitAt3: number;
  mrrAt10: number;
  /** Share of searches answered with `answered: false`. */
  unanswered: number;
  p50Ms: number;
  p95Ms: number;
}

/** The figure a gate reads. */
export type GatedMetric = 'hitAt3' | 'mrrAt10' | 'unanswered';

/** One acceptance criterion: a figure of a set must be at least (min) or at most (max) the threshold. */
export interface GateRule {
  set: string;
  metric: GatedMetric;
  bound: 'min' | 'max';
  threshold: number;
  /**
   * Reported but not failing the run, with the reason. Only for a gate the product does not
   * reach yet, so that CI stays usable while the figure stays visible in every run.
   */
  advisory?: string;
}

/** A rule with the measured value. */
export interface GateResult extends GateRule {
  /** null when the set was not measured in this run. */
  value: number | null;
  passed: boolean;
}

/** Issue 11: what `npm run eval:search` must reach on the named sets. */
export const ACCEPTANCE_GATES: readonly GateRule[] = [
  { set: 'dev', metric: 'hitAt3', bound: 'min', threshold: 0.95 },
  { set: 'dev', metric: 'mrrAt10', bound: 'min', threshold: 0.9 },
  { set: 'dev', metric: 'unanswered', bound: 'max', threshold: 0.05 },
  { set: 'typo', metric: 'hitAt3', bound: 'min', threshold: 0.9 },
  { set: 'spoken', metric: 'hitAt3', bound: 'min', threshold: 0.9 },
  {
    set: 'unanswerable',
    metric: 'unanswered',
    bound: 'min',
    threshold: 0.8,
    // Cross-validated (search-config/README.md): with the threshold that leaves ≤ 5 % of the
    // team's answerable queries (typo and spoken variants included) unanswered, 0.77 of the
    // uncovered concerns (short and spoken together) come back unanswered on queries the choice
    // never saw; on all queries 0.81 of the short ones (30 of 37: one query decides). Advisory
    // until the cross-validated figure reaches it too.
    advisory: 'auf neuen Anfragen noch nicht sicher: Kreuzvalidierung ~0,77 mit den gesprochenen Varianten',
  },
];

/** `--queries <file>`: the bar the dev set has always had to clear. */
export function fileGates(set: string): GateRule[] {
  return [
    { set, metric: 'hitAt3', bound: 'min', threshold: 0.95 },
    { set, metric: 'mrrAt10', bound: 'min', threshold: 0.9 },
  ];
}

/** Whether the run fails: a gate that did not pass and is not advisory. */
export function failsRun(results: readonly GateResult[]): boolean {
  return results.some((result) => !result.passed && !result.advisory);
}

/** Checks every rule; a rule whose set was not measured fails (a gate never passes by omission). */
export function checkGates(rules: readonly GateRule[], figures: ReadonlyMap<string, Partial<Pick<SetFigures, GatedMetric>>>): GateResult[] {
  return rules.map((rule) => {
    const value = figures.get(rule.set)?.[rule.metric] ?? null;
    const passed = value !== null && (rule.bound === 'min' ? value >= rule.threshold : value <= rule.threshold);
    return { ...rule, value, passed };
  });
}

/** The rule for this set and figure, if any (to print the threshold next to the figure). */
export function ruleFor(rules: readonly GateRule[], set: string, metric: GatedMetric): GateRule | undefined {
  return rules.find((rule) => rule.set === set && rule.metric === metric);
}
