import type { Config } from '../config.ts';
import type { Logger } from '../core/logger.ts';
import type { OutboundQueue } from '../core/outbound/outbound-job.ts';
import { createBullmqOutbound } from '../queue/bullmq-outbound.ts';
import { BROADCAST_KIND } from '../features/broadcasts/broadcast.ts';
import { CHANNEL_LIMITS, withPaidBroadcasts } from '../queue/channel-limits.ts';
import { createMemoryOutbound } from '../queue/memory-outbound.ts';

/** BullMQ on Redis when `REDIS_URL` is set (survives restarts, scales out), in-process otherwise. */
export function createOutbound(config: Config, logger: Logger): OutboundQueue {
  // Broadcasts to learners on a paid pace of their own; reminders and the rest stay free at 30/s.
  const limits =
    config.TELEGRAM_PAID_BROADCAST === 'on'
      ? { telegram: withPaidBroadcasts(CHANNEL_LIMITS.telegram, [BROADCAST_KIND]) }
      : {};
  return config.REDIS_URL
    ? createBullmqOutbound({
        url: config.REDIS_URL,
        prefix: config.QUEUE_PREFIX,
        logger,
        lockMs: config.QUEUE_LOCK_MS,
        limits,
      })
    : createMemoryOutbound({ logger, limits });
}
