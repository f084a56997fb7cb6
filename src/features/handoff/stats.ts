import { ALL_WARDS, statsKeys as k } from '../../core/stats/stats-keys.ts';
import type { Store } from '../../core/store.ts';
import type { HandoffQuestion } from './question.ts';

/** Answer times kept per ward for the median (the newest only). */
const MAX_ANSWER_TIMES = 2000;

const scopes = (q: Pick<HandoffQuestion, 'learnerWard'>) =>
  q.learnerWard === ALL_WARDS ? [ALL_WARDS] : [q.learnerWard, ALL_WARDS];

/** Counts a question handed to people, in the learner's ward and overall (`questionsAsked`). */
export async function countAsked(store: Store, q: HandoffQuestion): Promise<void> {
  await Promise.all(scopes(q).map((s) => store.incr(k.counters(s), 'questionsAsked')));
}

/** Counts a question's first answer (`questionsAnswered`) and how long the learner waited for it. */
export async function countAnswered(store: Store, q: HandoffQuestion, answeredAt: Date): Promise<void> {
  const minutes = Math.max(0, Math.round((answeredAt.getTime() - Date.parse(q.createdAt)) / 60_000));
  await Promise.all(
    scopes(q).flatMap((s) => [
      store.incr(k.counters(s), 'questionsAnswered'),
      store.append(k.answerMinutes(s), minutes, MAX_ANSWER_TIMES),
    ]),
  );
}
