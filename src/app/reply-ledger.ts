import type { Store } from '../core/store.ts';
import { SEEN_TTL_MS } from '../channels/inbox.ts';

/**
 * How many parts of the reply to one platform update went out (`reply:<update key>` → count):
 * an update handled again after a crash skips the parts already sent, so the learner is not
 * answered twice. Only a crash between a part leaving and its record repeats that one part.
 */
export interface ReplyLedger {
  /** Parts already sent for this update (0 when none or unknown). */
  sent(updateKey: string): Promise<number>;
  record(updateKey: string, count: number): Promise<void>;
}

export function createReplyLedger(store: Store): ReplyLedger {
  const key = (updateKey: string) => `reply:${updateKey}`;
  return {
    // A store that cannot answer counts as nothing sent: a rare repeat beats no answer.
    sent: async (updateKey) => (await store.get<number>(key(updateKey)).catch(() => undefined)) ?? 0,
    record: (updateKey, count) =>
      store.set(key(updateKey), count, { ttlMs: SEEN_TTL_MS }).catch(() => {
        /* without the record a crash may repeat this part; the reply itself went out */
      }),
  };
}
