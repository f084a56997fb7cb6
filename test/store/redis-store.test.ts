import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/core/errors.ts';
import { createRedisStore } from '../../src/store/redis/redis-store.ts';
import { storeContract } from '../contract/store.contract.ts';
import { cleanupPrefix, redisAvailable, TEST_REDIS_URL, uniquePrefix } from '../support/redis.ts';

const hasRedis = await redisAvailable();

describe.runIf(hasRedis)('Redis store', () => {
  storeContract('redis', async () => {
    const prefix = uniquePrefix('store');
    const store = createRedisStore({ url: TEST_REDIS_URL, prefix });
    return {
      store,
      cleanup: async () => {
        await store.close();
        await cleanupPrefix(prefix);
      },
    };
  });

  it('reports an unreachable Redis as a StoreError instead of hanging', async () => {
    const store = createRedisStore({ url: 'redis://127.0.0.1:1', prefix: 'x:' });
    await expect(store.get('k')).rejects.toBeInstanceOf(StoreError);
    expect(await store.ping()).toBe(false);
    await store.close();
  });
});
