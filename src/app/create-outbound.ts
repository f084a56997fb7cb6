import type { Config } from '../config.ts';
import type { Logger } from '../core/logger.ts';
import type { OutboundQueue } from '../core/outbound/outbound-job.ts';
import { createBullmqOutbound } from '../queue/bullmq-outbound.ts';
import { createMemoryOutbound } from '../queue/memory-outbound.ts';

/** BullMQ on Redis when `REDIS_URL` is set (survives restarts, scales out), in-process otherwise. */
export function createOutbound(config: Config, logger: Logger): OutboundQueue {
  return config.REDIS_URL
    ? createBullmqOutbound({ url: config.REDIS_URL, prefix: config.QUEUE_PREFIX, logger, lockMs: config.QUEUE_LOCK_MS })
    : createMemoryOutbound({ logger });
}
