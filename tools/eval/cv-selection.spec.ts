import { ANSWER_RULES, answerRule, crossValidation, type QueryOutcome } from './cv-selection';

/** An outcome whose confidence is `whole` under the plain whole-query rule and `narrow` under every other rule. */
function outcome(
  q: string,
  answerable: boolean,
  whole: number,
  narrow: number,
  fold = 0,
  config = 'a',
  rank: number | null = 1,
): QueryOutcome {
  return {
    config,
    set: answerable ? 'dev' : 'unanswerable',
    q,
    fold,
    answerable,
    rank: answerable ? rank : null,
    confidences: ANSWER_RULES.map((rule) => (rule.window === 0 && rule.untouchedDiscount === 0 ? whole : narrow)),
  };
}

describe(answerRule.name, () => {
  it('keeps the plain whole query when no other rule rejects more unanswerable queries', () => {
    const train = [
      ...Array.from({ length: 20 }, (_, i) => outcome(`a${i}`, true, 0.5 + i / 100, 0.9)),
      outcome('u1', false, 0.2, 0.95),
      outcome('u2', false, 0.3, 0.95),
    ];
    // 5 % of 20 answerable queries may fall below: the threshold is the second lowest confidence.
    expect(answerRule(train)).toEqual({ rule: 0, threshold: 0.51 });
    expect(ANSWER_RULES[0]).toEqual({ window: 0, untouchedDiscount: 0 });
  });

  it('takes another rule when it separates answerable from unanswerable queries better', () => {
    // Diluted answerable queries: low over the whole query, high in their best window.
    const train = [
      ...Array.from({ length: 20 }, (_, i) => outcome(`a${i}`, true, 0.1 + i / 100, 0.8 + i / 200)),
      outcome('u1', false, 0.3, 0.4),
      outcome('u2', false, 0.35, 0.45),
    ];
    const rule = answerRule(train);
    expect(rule.rule).toBeGreaterThan(0);
    expect(rule.threshold).toBeCloseTo(0.805);
  });
});

describe(crossValidation.name, () => {
  it('tests each fold on its own answerable and unanswerable queries only', () => {
    const outcomes = [
      ...Array.from({ length: 20 }, (_, i) => outcome(`a${i}`, true, 0.6, 0.6, i % 2)),
      outcome('u-fold0', false, 0.1, 0.1, 0),
      outcome('u-fold1', false, 0.9, 0.9, 1),
    ];
    const report = crossValidation(outcomes, 2);
    expect(report.folds.map((f) => f.test.unanswerableRejected)).toEqual([1, 0]);
    expect(report.mean.unanswerableRejected).toBeCloseTo(0.5);
  });

  it('chooses the ranking point on the other folds', () => {
    const outcomes = [
      ...Array.from({ length: 10 }, (_, i) => outcome(`good${i}`, true, 0.5, 0.5, i % 2, 'good', 1)),
      ...Array.from({ length: 10 }, (_, i) => outcome(`good${i}`, true, 0.5, 0.5, i % 2, 'bad', 5)),
    ];
    const report = crossValidation(outcomes, 2);
    expect(report.folds.map((f) => f.config)).toEqual(['good', 'good']);
    expect(report.final.config).toBe('good');
  });
});
