// The gates of the learning simulation (issue 12), one definition for eval:learning and eval:cv.

/** What issue 12 asks of the learning: hit@3 on the other callers' phrasings `c` rises by this much. */
export const MIN_LIFT = 0.1;

/** hit@3 and MRR@10 of a set, before or after the learning. */
export interface LearningFigures {
  hitAt3: number;
  mrrAt10: number;
}

/** One gate of the learning (eval:learning fails on it; eval:cv ships no point that misses it). */
export interface LearningGate {
  name: string;
  ok: boolean;
  value: number;
}

/** The learning's gates: `c` lifted by ≥ MIN_LIFT, dev neither hit@3 nor MRR@10 lower after it. */
export function learningGates(
  c: { before: LearningFigures; after: LearningFigures },
  dev: { before: LearningFigures; after: LearningFigures },
): LearningGate[] {
  const lift = c.after.hitAt3 - c.before.hitAt3;
  const devDrop = dev.before.hitAt3 - dev.after.hitAt3;
  const devMrrDrop = dev.before.mrrAt10 - dev.after.mrrAt10;
  return [
    { name: `hit@3 auf c steigt um ≥ ${MIN_LIFT}`, ok: lift >= MIN_LIFT - 1e-9, value: lift },
    { name: 'hit@3 auf dev fällt nicht', ok: devDrop <= 1e-9, value: -devDrop },
    { name: 'MRR@10 auf dev fällt nicht', ok: devMrrDrop <= 1e-9, value: -devMrrDrop },
  ];
}
