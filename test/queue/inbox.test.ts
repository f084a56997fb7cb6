import { silentLogger } from '../../src/core/logger.ts';
import { createMemoryInbox } from '../../src/queue/memory-inbox.ts';
import { createRedisInbox } from '../../src/queue/redis-inbox.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import { inboxContract } from '../contract/inbox.contract.ts';
import { cleanupPrefix, redisAvailable, TEST_REDIS_URL, uniquePrefix } from '../support/redis.ts';

inboxContract('memory', async () => ({
  inbox: createMemoryInbox({ store: createMemoryStore(), logger: silentLogger }),
  cleanup: async () => undefined,
}));

if (await redisAvailable()) {
  inboxContract('redis', async () => {
    const prefix = uniquePrefix('inbox');
    return {
      inbox: createRedisInbox({ url: TEST_REDIS_URL, prefix, name: 'telegram', lockMs: 2000, logger: silentLogger }),
      cleanup: () => cleanupPrefix(prefix),
    };
  });
}
