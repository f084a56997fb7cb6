import type { Learner } from '../../core/learners/learner.ts';
import type { Choice } from '../../core/message.ts';

/** Where the learner last said "không hiểu" and was answered: the step again, or an apology. */
interface SaidAgain {
  /** The lesson position said again, as JSON; absent after an apology for an answer. */
  where?: string;
  /** The learner's local day it was said. */
  day: string;
  /** The payloads of the options shown with it; still the last ones: nothing came between. */
  shown: string[];
  /** How many times in a row it was said here (absent: once). */
  times?: number;
}

const KEY = 'explained';
const payloads = (choices: readonly Choice[] | undefined) => (choices ?? []).map((c) => c.payload);

/**
 * Marks that the step or answer was just explained again, with the options it showed; `times`
 * counts how many times in a row at this place.
 */
export function markSaidAgain(learner: Learner, today: string, choices: readonly Choice[], times = 1): Learner {
  const mark: SaidAgain = { day: today, shown: payloads(choices) };
  if (times > 1) mark.times = times;
  if (learner.position) mark.where = JSON.stringify(learner.position);
  return { ...learner, ext: { ...learner.ext, [KEY]: mark } };
}

/**
 * Whether the learner's last reply was "không hiểu" said again at this very place, today, with
 * nothing shown since: a second "không hiểu" then gets other help, never the same words again.
 */
export function justSaidAgain(learner: Learner, today: string): boolean {
  return timesSaidAgain(learner, today) > 0;
}

/** How many times in a row "không hiểu" was just answered at this very place (0: not just now). */
export function timesSaidAgain(learner: Learner, today: string): number {
  const mark = learner.ext?.[KEY] as SaidAgain | undefined;
  if (!mark || mark.day !== today) return 0;
  const where = learner.position ? JSON.stringify(learner.position) : undefined;
  const now = payloads(learner.lastChoices);
  const same = mark.where === where && mark.shown.length === now.length && mark.shown.every((p, i) => p === now[i]);
  return same ? (mark.times ?? 1) : 0;
}
