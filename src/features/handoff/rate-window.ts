import type { Store } from '../../core/store.ts';

/** A limit of `max` events per rolling `windowMs`. */
export interface RateLimit {
  max: number;
  windowMs: number;
}

/**
 * Counts one event against a rolling window kept in the store (a short list of timestamps per
 * key, trimmed on every use), atomically: of concurrent attempts at the limit, only those that
 * fit get through. Returns false, recording nothing, when the limit is reached.
 */
export async function takeRate(store: Store, key: string, limit: RateLimit, now: Date): Promise<boolean> {
  const t = now.getTime();
  let allowed = false;
  await store.update<number[]>(key, (cur) => {
    const recent = (cur ?? []).filter((at) => at > t - limit.windowMs);
    allowed = recent.length < limit.max;
    return allowed ? [...recent, t] : recent;
  });
  return allowed;
}

/** Gives back an event that did not happen after all (e.g. nobody could receive the question). */
export async function returnRate(store: Store, key: string, now: Date): Promise<void> {
  const t = now.getTime();
  await store.update<number[]>(key, (cur) => {
    const list = cur ?? [];
    const i = list.lastIndexOf(t);
    return i < 0 ? list : [...list.slice(0, i), ...list.slice(i + 1)];
  });
}
