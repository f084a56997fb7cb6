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
}

const KEY = 'explained';
const payloads = (choices: readonly Choice[] | undefined) => (choices ?? []).map((c) => c.payload);

/** Marks that the step or answer was just explained again, with the options it showed. */
export function markSaidAgain(learner: Learner, today: string, choices: readonly Choice[]): Learner {
  const mark: SaidAgain = { day: today, shown: payloads(choices) };
  if (learner.position) mark.where = JSON.stringify(learner.position);
  return { ...learner, ext: { ...learner.ext, [KEY]: mark } };
}

/**
 * Whether the learner's last reply was "không hiểu" said again at this very place, today, with
 * nothing shown since: a second "không hiểu" then gets other help, never the same words again.
 */
export function justSaidAgain(learner: Learner, today: string): boolean {
  const mark = learner.ext?.[KEY] as SaidAgain | undefined;
  if (!mark || mark.day !== today) return false;
  const where = learner.position ? JSON.stringify(learner.position) : undefined;
  const now = payloads(learner.lastChoices);
  return mark.where === where && mark.shown.length === now.length && mark.shown.every((p, i) => p === now[i]);
}
