import { describe } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { createBullmqOutbound, outboundQueueName } from '../../src/queue/bullmq-outbound.ts';
import { createRedisStore } from '../../src/store/redis/redis-store.ts';
import { cleanupQueues, queuesSettled, uniqueQueuePrefix } from '../support/bullmq.ts';
import { cleanupPrefix, redisAvailable, TEST_REDIS_URL, uniquePrefix } from '../support/redis.ts';
import { outboundContract } from './outbound.contract.ts';

const hasRedis = await redisAvailable();

describe.runIf(hasRedis)('BullMQ outbound queue', () => {
  outboundContract('bullmq', async ({ attempts, perChatMs }) => {
    const prefix = uniqueQueuePrefix('outbound');
    const storePrefix = uniquePrefix('outbound');
    const store = createRedisStore({ url: TEST_REDIS_URL, prefix: storePrefix });
    const outbound = createBullmqOutbound({ url: TEST_REDIS_URL, prefix, logger: silentLogger, attempts, backoffMs: 20, limits: { telegram: { perChatMs, concurrency: 1 } } });
    const names = [outboundQueueName('outbound', 'telegram')];
    return {
      outbound,
      store,
      settled: () => queuesSettled(prefix, names),
      cleanup: async () => {
        await outbound.close();
        await cleanupQueues(prefix, names);
        await store.close();
        await cleanupPrefix(storePrefix);
      },
    };
  });
});
