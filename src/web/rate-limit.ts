import type { Store } from '../core/store.ts';

/** Counts attempts per key in fixed windows kept in the store, so every replica shares them. */
export interface RateLimiter {
  /** Counts one attempt; `allowed` is false once the window's limit is passed. */
  hit(key: string): Promise<{ allowed: boolean; retryAfterMs: number }>;
  /** Whether the key has used up its window, without counting anything. */
  peek(key: string): Promise<{ allowed: boolean; retryAfterMs: number }>;
}

export interface RateLimitOptions {
  store: Store;
  clock: () => Date;
  /** Store key prefix, e.g. `web:login-rate`. */
  name: string;
  limit: number;
  windowMs: number;
}

export function createRateLimiter(o: RateLimitOptions): RateLimiter {
  const slot = (key: string) => {
    const now = o.clock().getTime();
    const window = Math.floor(now / o.windowMs);
    return { k: `${o.name}:${window}:${key}`, now, window };
  };
  return {
    async peek(key) {
      const { k, now, window } = slot(key);
      const count = (await o.store.get<number>(k)) ?? 0;
      return { allowed: count < o.limit, retryAfterMs: (window + 1) * o.windowMs - now };
    },
    async hit(key) {
      const { k, now, window } = slot(key);
      // The TTL only cleans up; the window number decides, so an injected clock moves it.
      await o.store.setIfAbsent(k, 0, { ttlMs: o.windowMs * 2 });
      const count = await o.store.update<number>(k, (n) => (n ?? 0) + 1);
      return { allowed: count <= o.limit, retryAfterMs: (window + 1) * o.windowMs - now };
    },
  };
}
