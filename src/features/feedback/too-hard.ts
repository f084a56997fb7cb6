import { decodePayload } from '../../core/flows/payload.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { Choice } from '../../core/message.ts';
import { FB, parseArg, pseudonym } from './payloads.ts';
import type { FeedbackService } from './service.ts';

/** The rating id of the answer whose 👍/👎 (or 👎 reasons) are among `choices`. */
function ratedIn(choices: readonly Choice[]): string | undefined {
  for (const c of choices) {
    const p = decodePayload(c.payload);
    if (p?.kind === 'command' && (p.name === FB.up || p.name === FB.down || p.name === FB.why))
      return parseArg(p.arg)?.id;
  }
  return undefined;
}

/**
 * "Không hiểu" right after an answer, stored as if the learner had pressed 👎 and then
 * "📖 Khó đọc, khó hiểu": the same one vote and one reason per answer, so it never counts twice
 * and never overrides a 👍 already given. True when the reason was recorded.
 */
export function tooHardVote(
  service: FeedbackService,
): (choices: readonly Choice[], learner: Learner, now: Date) => Promise<boolean> {
  return async (choices, learner, now) => {
    const id = ratedIn(choices);
    if (!id) return false;
    const who = pseudonym(learner.id);
    const vote = await service.vote(id, who, 'down', now);
    if (!vote.ok && vote.reason === 'stale') return false;
    return (await service.why(id, who, 'hard')).ok;
  };
}
