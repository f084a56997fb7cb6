import type { Config } from '../config.ts';
import type { Store } from '../core/store.ts';
import { createMemoryStore } from '../store/memory/memory-store.ts';
import { createRedisStore } from '../store/redis/redis-store.ts';

/** Redis when `REDIS_URL` is set, memory otherwise (the no-setup default). */
export function createStore(config: Config): Store {
  return config.REDIS_URL
    ? createRedisStore({ url: config.REDIS_URL, prefix: config.REDIS_KEY_PREFIX })
    : createMemoryStore();
}
