import type { Channel } from '../channels/channel.ts';
import { HocvusoError, RecipientUnreachableError } from '../core/errors.ts';
import type { LearnerRepo } from '../core/learners/learner-repo.ts';
import { markUnreachable } from '../core/learners/reachability.ts';
import { lazyChild, type Logger } from '../core/logger.ts';
import type { Inbound } from '../core/message.ts';
import { noMetrics, type Metrics } from '../core/metrics.ts';
import type { Tutor } from '../core/router/tutor.ts';
import type { Store } from '../core/store.ts';
import { createReplyLedger } from './reply-ledger.ts';

export interface PipelineDeps {
  tutor: Tutor;
  learners: LearnerRepo;
  logger: Logger;
  clock: () => Date;
  metrics?: Metrics;
  /** Records replies by update (exactly-once replies for updates handled again after a crash). */
  store?: Store;
}

/**
 * Connects a channel to the tutor: inbound → tutor → reply through the same channel.
 * A failed send is logged (with a per-update child logger), never thrown back into the
 * channel's intake loop.
 */
export function connect(channel: Channel, deps: PipelineDeps): (inbound: Inbound) => Promise<void> {
  const metrics = deps.metrics ?? noMetrics;
  const ledger = deps.store ? createReplyLedger(deps.store) : undefined;
  return async (inbound) => {
    const started = performance.now();
    const log = lazyChild(deps.logger, { channel: channel.name, kind: inbound.kind });
    const key = ledger && inbound.updateKey;
    const already = key ? await ledger.sent(key) : 0;
    const full = await deps.tutor.handle(inbound, {
      slow: () =>
        void channel.typing?.(inbound.conversationId).catch(() => {
          /* the typing indicator is a nicety; the reply goes out without it */
        }),
    });
    // Handled again after a crash: the parts that went out before it are not sent twice.
    const reply = full.slice(already);
    if (already > 0)
      log.info({ skipped: Math.min(already, full.length) }, 'update handled again; parts already sent skipped');
    if (reply.length > 0) {
      try {
        let recorded = already;
        const onPartSent = key ? (i: number) => ledger.record(key, (recorded = already + i + 1)) : undefined;
        await channel.send(inbound.conversationId, reply, {
          inReplyTo: inbound,
          ...(onPartSent ? { onPartSent } : {}),
        });
        if (key && recorded < full.length) await ledger.record(key, full.length);
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
