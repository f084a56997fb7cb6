import type { Learner } from '../../core/learners/learner.ts';

const EXT = 'experiments';

/** The arm of each test a learner was given when starting its lesson: experiment id → arm id. */
export function pinsOf(learner: Learner): Readonly<Record<string, string>> {
  const pins = learner.ext?.[EXT];
  return pins !== null && typeof pins === 'object' ? (pins as Record<string, string>) : {};
}

export function withPins(learner: Learner, pins: Record<string, string>): Learner {
  return { ...learner, ext: { ...learner.ext, [EXT]: { ...pinsOf(learner), ...pins } } };
}
