import type { Choice } from '../../core/message.ts';
import type { Learner } from '../../core/learners/learner.ts';
import { UNKNOWN_WARD } from '../../core/stats/stats-keys.ts';
import { pseudonym, ratingId, voteChoices } from './payloads.ts';
import type { FeedbackService } from './service.ts';

/** Longer answers are cut in the rating record. */
const KEPT_ANSWER = 400;

/** What the answers feature tells about an answer it gave (its own `Answer`, reduced). */
export interface GivenAnswer {
  kind: string;
  text: string;
  entry?: string;
}

/**
 * The hook the answers feature calls: a 👍/👎 row for each answer, and, once the answer was
 * given, what that row rates. Wired in the composition root, so answers never import this slice.
 */
export interface AnswerRating {
  /** The rating id of an answer given to `learner` at `now`; the same on every call (pure). */
  id(learner: Pick<Learner, 'id'>, now: Date): string;
  choices(id: string): Choice[];
  /** Called once, after the answer was given, with the redacted question. */
  given(id: string, answer: GivenAnswer, learner: Learner, question: string, now: Date): Promise<void>;
}

export function createAnswerRating(service: FeedbackService): AnswerRating {
  return {
    id: (learner, now) => ratingId(learner.id, now),
    choices: voteChoices,
    async given(id, answer, learner, question, now) {
      await service.remember({
        id,
        learner: pseudonym(learner.id),
        ward: learner.wardCode ?? UNKNOWN_WARD,
        kind: answer.kind,
        ...(answer.entry ? { entry: answer.entry } : {}),
        question,
        answer: answer.text.slice(0, KEPT_ANSWER),
        at: now.toISOString(),
      });
    },
  };
}
