import { learningGates, MIN_LIFT } from './learning-gates';

describe(learningGates.name, () => {
  const dev = { before: { hitAt3: 1, mrrAt10: 0.96 }, after: { hitAt3: 1, mrrAt10: 0.96 } };

  it('passes a lift of MIN_LIFT on c with dev unchanged', () => {
    const gates = learningGates({ before: { hitAt3: 0.7, mrrAt10: 0.6 }, after: { hitAt3: 0.7 + MIN_LIFT, mrrAt10: 0.7 } }, dev);
    expect(gates.map((gate) => gate.ok)).toEqual([true, true, true]);
  });

  it('fails a smaller lift, and a dev set that drops in hit@3 or in MRR@10 alone', () => {
    const c = { before: { hitAt3: 0.806, mrrAt10: 0.7 }, after: { hitAt3: 0.836, mrrAt10: 0.72 } };
    expect(learningGates(c, dev)[0]).toMatchObject({ ok: false, value: expect.closeTo(0.03, 5) });
    const lifted = { before: c.before, after: { hitAt3: 0.95, mrrAt10: 0.8 } };
    const mrrDrop = { before: dev.before, after: { hitAt3: 1, mrrAt10: 0.95 } };
    expect(learningGates(lifted, mrrDrop).map((gate) => gate.ok)).toEqual([true, true, false]);
    const hitDrop = { before: dev.before, after: { hitAt3: 0.969, mrrAt10: 0.96 } };
    expect(learningGates(lifted, hitDrop).map((gate) => gate.ok)).toEqual([true, false, true]);
  });
});
