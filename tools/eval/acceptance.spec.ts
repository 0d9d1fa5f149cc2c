import { ACCEPTANCE_GATES, checkGates, fileGates, ruleFor, type SetFigures } from './acceptance';

const figures = (overrides: Partial<SetFigures>): SetFigures => ({
  hitAt1: 1,
  hitAt3: 1,
  mrrAt10: 1,
  unanswered: 0,
  p50Ms: 10,
  p95Ms: 20,
  ...overrides,
});

describe(checkGates.name, () => {
  it('passes at the threshold, fails beyond it, in both directions', () => {
    const results = checkGates(
      ACCEPTANCE_GATES,
      new Map([
        ['dev', figures({ hitAt3: 0.95, mrrAt10: 0.89, unanswered: 0.05 })],
        ['typo', figures({ hitAt3: 0.9 })],
        ['spoken', figures({ hitAt3: 0.5 })],
        ['unanswerable', figures({ unanswered: 0.8 })],
      ]),
    );
    expect(results.map((r) => [r.set, r.metric, r.passed])).toEqual([
      ['dev', 'hitAt3', true],
      ['dev', 'mrrAt10', false],
      ['dev', 'unanswered', true],
      ['typo', 'hitAt3', true],
      ['spoken', 'hitAt3', false],
      ['unanswerable', 'unanswered', true],
    ]);
  });

  it('fails a gate whose set was not measured', () => {
    const [result] = checkGates(fileGates('set1.json'), new Map([['dev', figures({})]]));
    expect(result).toMatchObject({ set: 'set1.json', value: null, passed: false });
  });
});

describe(ruleFor.name, () => {
  it('finds the threshold to print next to a figure', () => {
    expect(ruleFor(ACCEPTANCE_GATES, 'unanswerable', 'unanswered')?.threshold).toBe(0.8);
    expect(ruleFor(ACCEPTANCE_GATES, 'holdout', 'hitAt3')).toBeUndefined();
  });
});
