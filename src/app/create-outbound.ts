import type { Config } from '../config.ts';
import type { Logger } from '../core/logger.ts';
import type { OutboundQueue } from '../core/outbound/outbound-job.ts';
import { createBullmqOutbound } from '../queue/bullmq-outbound.ts';
import { PAID_BROADCAST_LIMITS } from '../queue/channel-limits.ts';
import { createMemoryOutbound } from '../queue/memory-outbound.ts';

/** BullMQ on Redis when `REDIS_URL` is set (survives restarts, scales out), in-process otherwise. */
export function createOutbound(config: Config, logger: Logger): OutboundQueue {
  // Paid broadcasts lift Telegram's limit for proactive messages, which are all queued here.
  const limits = config.TELEGRAM_PAID_BROADCAST === 'on' ? { telegram: PAID_BROADCAST_LIMITS } : {};
  return config.REDIS_URL
    ? createBullmqOutbound({ url: config.REDIS_URL, prefix: config.QUEUE_PREFIX, logger, lockMs: config.QUEUE_LOCK_MS, limits })
    : createMemoryOutbound({ logger, limits });
}
