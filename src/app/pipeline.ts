import type { Channel } from '../channels/channel.ts';
import { RecipientUnreachableError } from '../core/errors.ts';
import type { LearnerRepo } from '../core/learners/learner-repo.ts';
import { markUnreachable } from '../core/learners/reachability.ts';
import type { Logger } from '../core/logger.ts';
import type { Inbound } from '../core/message.ts';
import type { Tutor } from '../core/router/tutor.ts';

/**
 * Connects a channel to the tutor: inbound → tutor → reply through the same channel.
 * A failed send is logged, never thrown back into the channel's intake loop.
 */
export function connect(channel: Channel, deps: { tutor: Tutor; learners: LearnerRepo; logger: Logger; clock: () => Date }): (inbound: Inbound) => Promise<void> {
  return async (inbound) => {
    const log = deps.logger.child({ channel: channel.name, kind: inbound.kind });
    const reply = await deps.tutor.handle(inbound, {
      slow: () => void channel.typing?.(inbound.conversationId).catch(() => {}),
    });
    if (reply.length === 0) return;
    try {
      await channel.send(inbound.conversationId, reply, { inReplyTo: inbound });
    } catch (error) {
      if (error instanceof RecipientUnreachableError) {
        await markUnreachable(deps.learners, inbound.conversationId, error.reason, deps.clock()).catch(() => {});
      }
      log.warn({ err: (error as Error).message, code: (error as { code?: string }).code }, 'reply not delivered');
    }
  };
}
