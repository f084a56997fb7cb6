import type { Channel } from '../channels/channel.ts';
import { HocvusoError, RecipientUnreachableError } from '../core/errors.ts';
import type { LearnerRepo } from '../core/learners/learner-repo.ts';
import { markUnreachable } from '../core/learners/reachability.ts';
import { lazyChild, type Logger } from '../core/logger.ts';
import type { Inbound } from '../core/message.ts';
import { noMetrics, type Metrics } from '../core/metrics.ts';
import type { Tutor } from '../core/router/tutor.ts';

export interface PipelineDeps {
  tutor: Tutor;
  learners: LearnerRepo;
  logger: Logger;
  clock: () => Date;
  metrics?: Metrics;
}

/**
 * Connects a channel to the tutor: inbound → tutor → reply through the same channel.
 * A failed send is logged (with a per-update child logger), never thrown back into the
 * channel's intake loop.
 */
export function connect(channel: Channel, deps: PipelineDeps): (inbound: Inbound) => Promise<void> {
  const metrics = deps.metrics ?? noMetrics;
  return async (inbound) => {
    const started = performance.now();
    const log = lazyChild(deps.logger, { channel: channel.name, kind: inbound.kind });
    const reply = await deps.tutor.handle(inbound, {
      slow: () =>
        void channel.typing?.(inbound.conversationId).catch(() => {
          /* the typing indicator is a nicety; the reply goes out without it */
        }),
    });
    if (reply.length > 0) {
      try {
        await channel.send(inbound.conversationId, reply, { inReplyTo: inbound });
        metrics.messageSent(channel.name, 'sent');
      } catch (error) {
        const code = error instanceof HocvusoError ? error.code : 'error';
        metrics.messageSent(channel.name, code);
        if (error instanceof RecipientUnreachableError) {
          await markUnreachable(deps.learners, inbound.conversationId, error.reason, deps.clock()).catch(() => {
            /* best effort: the warning below is logged either way */
          });
        }
        log.warn({ err: (error as Error).message, code }, 'reply not delivered');
      }
    }
    metrics.updateHandled(channel.name, inbound.kind, (performance.now() - started) / 1000);
  };
}
