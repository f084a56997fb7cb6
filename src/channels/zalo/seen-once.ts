import type { Logger } from '../../core/logger.ts';
import type { Store } from '../../core/store.ts';

/** How long a delivered event id is remembered (Zalo retries webhooks it thinks failed). */
const SEEN_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * True the first time an event id is seen, across processes. When the store is down the
 * event is handled anyway: a rare duplicate beats a lost message.
 */
export async function firstDelivery(store: Store, key: string, logger: Logger): Promise<boolean> {
  try {
    return await store.setIfAbsent(key, 1, { ttlMs: SEEN_TTL_MS });
  } catch (error) {
    logger.warn({ err: (error as Error).message }, 'could not check for a duplicate event');
    return true;
  }
}
