import type { AnswerRule } from '../../apps/api/src/search/ranking/answer-confidence';

/** How one query fared under one parameter point. */
export interface QueryOutcome {
  config: string;
  set: string;
  q: string;
  /** Stable hash of the base query: variants of a query always fall into the same fold. */
  fold: number;
  /** False for the concerns no article covers (they must come back unanswered). */
  answerable: boolean;
  /**
   * Whether this answerable query sets the answer threshold (at most 5 % of them unanswered).
   * The hand-written colloquial paraphrases choose the ranking but not the threshold: issue 11
   * bounds the wrongly unanswered share on the dev set and its variants.
   */
  calibrates: boolean;
  /** 1-based rank of the first relevant article in the top 10, null if none. */
  rank: number | null;
  /** Confidence of the best hit per answer rule (ANSWER_RULES[i] → confidences[i]). */
  confidences: number[];
}

/**
 * Answer rules tried (ranking-params answerUntouchedDiscount, answerPassingCredit,
 * answerNonNounWeight, answerTypoFloor). They change only the confidence, not the order, so each is measured on
 * every ranking point; on a tie the earlier one is kept. Discounts: the share of an untouched
 * word's importance left out; passing credits: the most a word found only in the body, documents
 * or fees counts; non-noun weights: the factor on a verb's, adjective's or adverb's importance
 * (answer-confidence.ts). No rule without a passing cap (1) and no window: a word found only in
 * passing must never answer a search on its own (answerRule), and windows were never chosen in
 * the five runs that offered them (search-config/README.md).
 */
export const ANSWER_RULES: readonly AnswerRule[] = [0, 0.5, 0.75].flatMap((typoFloor) =>
  [1, 0.5, 0.25].flatMap((nonNounWeight) =>
    [0.5, 0.25, 0.1, 0].flatMap((passingCredit) =>
      [0, 0.25, 0.5, 0.75, 0.85, 0.9, 1].map((untouchedDiscount) => ({
        window: 0,
        untouchedDiscount,
        passingCredit,
        nonNounWeight,
        typoFloor,
      })),
    ),
  ),
);

/** Quality figures of a group of queries. */
export interface Figures {
  hitAt1: number;
  hitAt3: number;
  mrr: number;
  /** Share of answerable queries whose confidence fell below the threshold. */
  wronglyUnanswered: number;
  /** Share of unanswerable queries whose confidence fell below the threshold. */
  unanswerableRejected: number;
}

/** One fold: what was chosen on the other folds and how it did on this one. */
export interface FoldResult {
  fold: number;
  config: string;
  rule: AnswerRule;
  threshold: number;
  test: Figures;
}

/** The whole cross-validation. */
export interface CvReport {
  configs: number;
  folds: FoldResult[];
  mean: Figures;
  final: {
    config: string;
    rule: AnswerRule;
    threshold: number;
    bySet: Record<string, Figures>;
    /** The best point on all queries when it fails a ranking gate (and so is not shipped). */
    unconstrained?: string;
  };
}

/** Whether a point's ranking figures per set (hit@1/3, MRR; no threshold) may ship. */
export type Admissible = (bySet: ReadonlyMap<string, Figures>, config: string) => boolean;

// The answer threshold lets at most this share of the training queries (which all have an
// answer) come back unanswered: issue 11 allows 5 % of the dev set.
const MAX_WRONGLY_UNANSWERED = 0.05;

/** A stable fold key of a base query (FNV-1a). */
export function foldOf(base: string): number {
  let hash = 0x811c9dc5;
  for (const char of base.toLowerCase()) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * k-fold cross-validation: for each fold the parameter point with the best mean of hit@3 and
 * MRR@10 on the other folds is chosen; then the answer rule that rejects the most of those
 * folds' unanswerable queries, each rule with the largest threshold that leaves at most 5 %
 * of the folds' answerable queries unanswered. The fold's own queries (answerable and
 * unanswerable) then measure the choice. The final choice uses every query (that is what ships).
 */
export function crossValidation(outcomes: QueryOutcome[], k: number, admissible: Admissible = () => true): CvReport {
  const byConfig = new Map<string, QueryOutcome[]>();
  for (const outcome of outcomes) byConfig.set(outcome.config, [...(byConfig.get(outcome.config) ?? []), outcome]);
  const folds: FoldResult[] = [];
  for (let fold = 0; fold < k; fold++) {
    const inFold = (o: QueryOutcome) => o.fold % k === fold;
    const config = bestConfig(byConfig, (o) => o.answerable && !inFold(o));
    const chosen = byConfig.get(config) ?? [];
    const { rule, threshold } = answerRule(chosen.filter((o) => !inFold(o)));
    const test = chosen.filter(inFold);
    folds.push({ fold, config, rule: ANSWER_RULES[rule], threshold, test: testFigures(test, threshold, rule) });
  }
  // What ships is the best point on all queries that passes the ranking gates CI enforces
  // (acceptance.ts): the folds above measure how well choosing generalises; this only keeps a
  // near-tie from landing on a point the acceptance criteria refuse.
  const unconstrained = bestConfig(byConfig, (o) => o.answerable);
  const admitted = new Map([...byConfig].filter(([config, list]) => admissible(rankingFiguresBySet(list), config)));
  const finalConfig = admitted.size > 0 ? bestConfig(admitted, (o) => o.answerable) : unconstrained;
  const final = byConfig.get(finalConfig) ?? [];
  const chosenRule = answerRule(final);
  const sets = [...new Set(final.map((o) => o.set))];
  return {
    configs: byConfig.size,
    folds,
    mean: meanFigures(folds.map((f) => f.test)),
    final: {
      config: finalConfig,
      ...(finalConfig === unconstrained ? {} : { unconstrained }),
      rule: ANSWER_RULES[chosenRule.rule],
      threshold: chosenRule.threshold,
      bySet: Object.fromEntries(
        sets.map((set) => [
          set,
          figures(
            final.filter((o) => o.set === set && o.answerable),
            final.filter((o) => o.set === set && !o.answerable),
            chosenRule.threshold,
            chosenRule.rule,
          ),
        ]),
      ),
    },
  };
}

/**
 * The answer rule (index into ANSWER_RULES) and threshold that reject the most unanswerable
 * queries while leaving at most MAX_WRONGLY_UNANSWERED of the answerable ones unanswered. A rule
 * whose passing credit reaches its threshold is not admissible: with it, one word the best hit
 * only mentions in its body ("Essensgeld" in the Kita fees article: "nicht das Essensgeld") would
 * answer a search on its own — the claim issue 11 forbids, whatever the folds prefer.
 */
export function answerRule(train: QueryOutcome[]): { rule: number; threshold: number } {
  const answerable = train.filter((o) => o.answerable && o.calibrates);
  const unanswerable = train.filter((o) => !o.answerable);
  let best = { rule: 0, threshold: answerThreshold(answerable, 0), rejected: -1 };
  ANSWER_RULES.forEach(({ passingCredit }, rule) => {
    const threshold = answerThreshold(answerable, rule);
    if (passingCredit >= threshold) return;
    const rejected = unanswerable.filter((o) => o.confidences[rule] < threshold).length;
    if (rejected > best.rejected) best = { rule, threshold, rejected };
  });
  return { rule: best.rule, threshold: best.threshold };
}

function rankingFiguresBySet(list: QueryOutcome[]): Map<string, Figures> {
  const sets = [...new Set(list.filter((o) => o.answerable).map((o) => o.set))];
  return new Map(
    sets.map((set) => [
      set,
      figures(
        list.filter((o) => o.answerable && o.set === set),
        [],
        0,
        0,
      ),
    ]),
  );
}

function bestConfig(byConfig: Map<string, QueryOutcome[]>, train: (o: QueryOutcome) => boolean): string {
  let best = '';
  let bestScore = -1;
  for (const [config, outcomes] of [...byConfig].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const f = figures(outcomes.filter(train), [], 0, 0);
    const score = (f.hitAt3 + f.mrr) / 2;
    if (score > bestScore + 1e-9) {
      best = config;
      bestScore = score;
    }
  }
  return best;
}

/** The largest threshold that leaves at most MAX_WRONGLY_UNANSWERED of the queries below it. */
export function answerThreshold(answerable: QueryOutcome[], rule: number): number {
  if (answerable.length === 0) return 0;
  const sorted = answerable.map((o) => o.confidences[rule]).sort((a, b) => a - b);
  return sorted[Math.floor(MAX_WRONGLY_UNANSWERED * sorted.length)];
}

/** hit@1, hit@3, MRR@10 of the answerable queries, and both answer-threshold shares (one rule, by index). */
export function figures(answerable: QueryOutcome[], unanswerable: QueryOutcome[], threshold: number, rule: number): Figures {
  const share = (list: QueryOutcome[], predicate: (o: QueryOutcome) => boolean) =>
    list.length === 0 ? 0 : list.filter(predicate).length / list.length;
  return {
    ...rankFigures(answerable.map((o) => o.rank)),
    wronglyUnanswered: share(answerable, (o) => o.confidences[rule] < threshold),
    unanswerableRejected: share(unanswerable, (o) => o.confidences[rule] < threshold),
  };
}

/** hit@1, hit@3 and MRR@10 of the 1-based ranks of the first relevant hit (null: not in the top 10). */
export function rankFigures(ranks: readonly (number | null)[]): Pick<Figures, 'hitAt1' | 'hitAt3' | 'mrr'> {
  const share = (predicate: (rank: number | null) => boolean) => (ranks.length === 0 ? 0 : ranks.filter(predicate).length / ranks.length);
  return {
    hitAt1: share((rank) => rank === 1),
    hitAt3: share((rank) => rank !== null && rank <= 3),
    mrr: ranks.length === 0 ? 0 : ranks.reduce((sum: number, rank) => sum + (rank ? 1 / rank : 0), 0) / ranks.length,
  };
}

/** A fold's test figures: ranking over every answerable query, the wrongly unanswered share over those that calibrate. */
function testFigures(test: QueryOutcome[], threshold: number, rule: number): Figures {
  const unanswerable = test.filter((o) => !o.answerable);
  const ranking = figures(
    test.filter((o) => o.answerable),
    unanswerable,
    threshold,
    rule,
  );
  const calibrating = figures(
    test.filter((o) => o.answerable && o.calibrates),
    unanswerable,
    threshold,
    rule,
  );
  return { ...ranking, wronglyUnanswered: calibrating.wronglyUnanswered };
}

function meanFigures(list: Figures[]): Figures {
  const mean = (pick: (f: Figures) => number) => (list.length === 0 ? 0 : list.reduce((sum, f) => sum + pick(f), 0) / list.length);
  return {
    hitAt1: mean((f) => f.hitAt1),
    hitAt3: mean((f) => f.hitAt3),
    mrr: mean((f) => f.mrr),
    wronglyUnanswered: mean((f) => f.wronglyUnanswered),
    unanswerableRejected: mean((f) => f.unanswerableRejected),
  };
}
