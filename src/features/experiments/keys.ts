/** Store keys of the A/B tests. Counts per ward and for all wards (`*`), like the other statistics. */
export const experimentKeys = {
  /** Ended tests: experiment id → {@link EndedTest}. */
  ended: () => 'exp:ended',
  /** Counters of one test: `<arm>:<measure>` (see {@link MEASURES}). */
  counts: (ward: string, experimentId: string) => `exp:${ward}:${experimentId}:counts`,
  /** Marks that make each learner (and each first answer) count once. */
  marks: (ward: string, experimentId: string) => `exp:${ward}:${experimentId}:marks`,
  /** The lesson funnel per arm: `<arm>:reach:<step>` and `<arm>:miss:<question>`. */
  funnel: (ward: string, experimentId: string) => `exp:${ward}:${experimentId}:funnel`,
  /** Learners of a ward (or `*`) now at a step of an arm: a set. */
  atStep: (ward: string, experimentId: string, arm: string, stepId: string) =>
    `exp:${ward}:${experimentId}:at:${arm}:${stepId}`,
  /** The arms of the learner a rated answer went to, for its 👎 (expires with the rating). */
  rated: (ratingId: string) => `exp:rated:${ratingId}`,
} as const;

/** What is counted per arm: learners who started, finished, first-try quiz answers, rated answers shown. */
export const MEASURES = ['started', 'completed', 'answered', 'right', 'shown', 'down'] as const;
export type Measure = (typeof MEASURES)[number];

/** A test an admin ended: from then on everyone starting the lesson gets `winner`. */
export interface EndedTest {
  winner: string;
  at: string;
  /** Learner id of the admin who ended it. */
  by: string;
}
