import type { RecentMessages } from '../core/learners/recent-messages.ts';
import type { Logger } from '../core/logger.ts';
import type { Tutor } from '../core/router/tutor.ts';
import { StoreError } from '../core/errors.ts';
import { redact } from '../features/answers/redact.ts';

/** A typed number, a greeting, "bác", "menu": one or two words say nothing to a volunteer. */
const SHORT = /^\S+(\s+\S+)?$/;

/**
 * The tutor, keeping each learner's last typed messages (redacted) for the volunteer who may
 * take their question. Button presses, voice notes and replies of one or two words are not kept.
 */
export function keepingRecent(tutor: Tutor, recent: RecentMessages, clock: () => Date, logger: Logger): Tutor {
  return {
    async handle(inbound, hooks) {
      const text = inbound.kind === 'text' && inbound.payload === undefined ? (inbound.text ?? '').trim() : '';
      // Kept while the tutor answers, not before: the reply does not wait for two more round trips.
      const keeping =
        text !== '' && !SHORT.test(text)
          ? recent.add(inbound.conversationId, redact(text).text, clock()).catch((error: unknown) => {
              // Losing one message of context never costs the learner the reply. A store outage is
              // logged (throttled) by the tutor itself, which needs the same store.
              if (!(error instanceof StoreError))
                logger.warn({ err: (error as Error).message }, 'recent messages not kept');
            })
          : undefined;
      try {
        return await tutor.handle(inbound, hooks);
      } finally {
        await keeping;
      }
    },
  };
}
