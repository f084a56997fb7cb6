import type { InboxFactory } from '../channels/inbox.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../core/logger.ts';
import type { Store } from '../core/store.ts';
import { createMemoryInbox } from '../queue/memory-inbox.ts';
import { createRedisInbox } from '../queue/redis-inbox.ts';

/**
 * Each channel's inbox: a Redis stream shared by every `serve` process when `REDIS_URL` is set
 * (updates survive a crash and any process answers them), in memory otherwise.
 */
export function createInboxFactory(config: Config, store: Store, logger: Logger): InboxFactory {
  const url = config.REDIS_URL;
  if (!url) return () => createMemoryInbox({ store, logger });
  return (name) =>
    createRedisInbox({ url, prefix: config.REDIS_KEY_PREFIX, name, lockMs: config.QUEUE_LOCK_MS, logger });
}
