import type { Store } from '../../src/core/store.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import { createRedisStore } from '../../src/store/redis/redis-store.ts';
import { cleanupPrefix, TEST_REDIS_URL, uniquePrefix } from './redis.ts';

/** A store to run a test on, and how to remove what the test left in it. */
export type StoreKind = [name: string, available: boolean, open: () => { store: Store; cleanup: () => Promise<void> }];

/**
 * Both stores, for `describe.each`: the in-memory one always, the Redis one (keys under a
 * fresh `<label>` prefix) when `hasRedis`.
 */
export function bothStores(label: string, hasRedis: boolean): StoreKind[] {
  return [
    ['memory', true, () => ({ store: createMemoryStore(), cleanup: async () => undefined })],
    [
      'Redis',
      hasRedis,
      () => {
        const prefix = uniquePrefix(label);
        const store = createRedisStore({ url: TEST_REDIS_URL, prefix });
        return { store, cleanup: async () => (await store.close(), await cleanupPrefix(prefix)) };
      },
    ],
  ];
}
