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

/** The learner without the arms of `experimentIds`: they are no longer in those tests. */
export function withoutPins(learner: Learner, experimentIds: readonly string[]): Learner {
  const pins = { ...pinsOf(learner) };
  for (const id of experimentIds) delete pins[id];
  return { ...learner, ext: { ...learner.ext, [EXT]: pins } };
}
