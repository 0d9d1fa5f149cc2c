import { ANSWER_RULES, answerRule, crossValidation, type QueryOutcome } from './cv-selection';

/** An outcome whose confidence is `whole` under the first rule (no discount, no non-noun weight) and `narrow` under every other rule. */
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
    calibrates: answerable,
    rank: answerable ? rank : null,
    confidences: ANSWER_RULES.map((rule) =>
      rule.untouchedDiscount === 0 && rule.passingCredit === 0.5 && rule.nonNounWeight === 1 ? whole : narrow,
    ),
  };
}

describe(answerRule.name, () => {
  it('keeps the first rule when no other rule rejects more unanswerable queries', () => {
    const train = [
      ...Array.from({ length: 20 }, (_, i) => outcome(`a${i}`, true, 0.5 + i / 100, 0.9)),
      outcome('u1', false, 0.2, 0.95),
      outcome('u2', false, 0.3, 0.95),
    ];
    // 5 % of 20 answerable queries may fall below: the threshold is the second lowest confidence.
    expect(answerRule(train)).toEqual({ rule: 0, threshold: 0.51 });
    expect(ANSWER_RULES[0]).toEqual({ window: 0, untouchedDiscount: 0, passingCredit: 0.5, nonNounWeight: 1, typoFloor: 0 });
  });

  it('never chooses a rule whose passing credit reaches its threshold (one word found in passing is no answer)', () => {
    // Under the first rule (passing credit 0.5) the answerable queries sit at 0.3–0.5: its
    // threshold would be below its passing credit, however many unanswerable queries it rejects.
    const train = [
      ...Array.from({ length: 20 }, (_, i) => outcome(`a${i}`, true, 0.3 + i / 100, 0.6 + i / 100)),
      outcome('u1', false, 0.1, 0.9),
      outcome('u2', false, 0.2, 0.9),
    ];
    const chosen = answerRule(train);
    expect(chosen.rule).toBeGreaterThan(0);
    expect(ANSWER_RULES[chosen.rule].passingCredit).toBeLessThan(chosen.threshold);
    expect(chosen.threshold).toBeCloseTo(0.61);
  });

  it('takes another rule when it separates answerable from unanswerable queries better', () => {
    // Answerable queries low under the first rule, high under the others.
    const train = [
      ...Array.from({ length: 20 }, (_, i) => outcome(`a${i}`, true, 0.1 + i / 100, 0.8 + i / 200)),
      outcome('u1', false, 0.3, 0.4),
      outcome('u2', false, 0.35, 0.45),
    ];
    const rule = answerRule(train);
    expect(rule.rule).toBeGreaterThan(0);
    expect(rule.threshold).toBeCloseTo(0.805);
  });

  it('sets the threshold on the calibrating answerable queries only (colloquial paraphrases rank, they do not calibrate)', () => {
    const calibrating = Array.from({ length: 20 }, (_, i) => outcome(`a${i}`, true, 0.5 + i / 100, 0.9));
    const paraphrases = Array.from({ length: 20 }, (_, i) => ({
      ...outcome(`p${i}`, true, 0.05, 0.05),
      set: 'paraphrase-a',
      calibrates: false,
    }));
    expect(answerRule([...calibrating, ...paraphrases])).toEqual(answerRule(calibrating));
    expect(answerRule([...calibrating, ...paraphrases.map((p) => ({ ...p, calibrates: true }))]).threshold).toBeLessThan(0.5);
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

  it('ships the best point a gate admits (by its figures or by its name, as the learning gates do) and names the one passed over', () => {
    const outcomes = [
      ...Array.from({ length: 10 }, (_, i) => outcome(`q${i}`, true, 0.5, 0.5, i % 2, 'best', 1)),
      ...Array.from({ length: 10 }, (_, i) => outcome(`q${i}`, true, 0.5, 0.5, i % 2, 'second', 2)),
      ...Array.from({ length: 10 }, (_, i) => outcome(`q${i}`, true, 0.5, 0.5, i % 2, 'worst', 5)),
    ];
    const report = crossValidation(outcomes, 2, (_bySet, config) => config !== 'best');
    // The folds measure choosing without the gates; what ships passes them.
    expect(report.folds.map((f) => f.config)).toEqual(['best', 'best']);
    expect(report.final).toMatchObject({ config: 'second', unconstrained: 'best' });
    expect(crossValidation(outcomes, 2, (bySet) => (bySet.get('dev')?.hitAt1 ?? 0) < 1).final.config).toBe('second');
  });

  it('measures ranking on every answerable query of a fold but the wrongly unanswered share on the calibrating ones', () => {
    const outcomes = [
      ...Array.from({ length: 20 }, (_, i) => outcome(`a${i}`, true, 0.6, 0.6, i % 2)),
      ...Array.from({ length: 10 }, (_, i) => ({ ...outcome(`p${i}`, true, 0.1, 0.1, i % 2, 'a', 5), calibrates: false })),
    ];
    const report = crossValidation(outcomes, 2);
    for (const fold of report.folds) {
      expect(fold.test.hitAt1).toBeCloseTo(10 / 15);
      expect(fold.test.wronglyUnanswered).toBe(0);
    }
  });

  it('ships the best point that passes the ranking gates, and names the better one it refused', () => {
    const outcomes = [
      // 'bold' ranks the paraphrases better but drops one dev query out of the top 3.
      ...Array.from({ length: 10 }, (_, i) => outcome(`d${i}`, true, 0.5, 0.5, i % 2, 'bold', i === 0 ? 5 : 1)),
      ...Array.from({ length: 10 }, (_, i) => ({ ...outcome(`p${i}`, true, 0.5, 0.5, i % 2, 'bold', 1), set: 'paraphrase-a' })),
      ...Array.from({ length: 10 }, (_, i) => outcome(`d${i}`, true, 0.5, 0.5, i % 2, 'safe', 1)),
      ...Array.from({ length: 10 }, (_, i) => ({ ...outcome(`p${i}`, true, 0.5, 0.5, i % 2, 'safe', i < 3 ? 5 : 1), set: 'paraphrase-a' })),
    ];
    const devAtLeast95 = (bySet: ReadonlyMap<string, { hitAt3: number }>) => (bySet.get('dev')?.hitAt3 ?? 0) >= 0.95;
    const report = crossValidation(outcomes, 2, devAtLeast95);
    expect(report.final.config).toBe('safe');
    expect(report.final.unconstrained).toBe('bold');
    expect(crossValidation(outcomes, 2).final).toMatchObject({ config: 'bold' });
    expect(crossValidation(outcomes, 2).final.unconstrained).toBeUndefined();
  });
});
