import type { Store } from '../../core/store.ts';
import { broadcastKeys as k, DELIVERED_WITH_QUOTA, OUTCOMES, type Broadcast, type Outcome } from './broadcast.ts';

/** Outcome counters of a broadcast; `settled` is their sum; `deliveredWithQuota` is part of `delivered`. */
export type OutcomeCounts = Record<Outcome, number> & { settled: number; deliveredWithQuota: number };

/** Broadcast records and their per-recipient outcomes, on top of the {@link Store}. */
export interface BroadcastRepo {
  get(id: string): Promise<Broadcast | undefined>;
  /** Saves a new record; false when the id exists (a repeated confirmation). */
  create(broadcast: Broadcast): Promise<boolean>;
  /**
   * Atomically changes a record. `change` must be pure and returns undefined to leave it as is;
   * `changed` tells whether this call made the change. Undefined when the id is unknown.
   */
  transition(
    id: string,
    change: (b: Broadcast) => Broadcast | undefined,
  ): Promise<{ before: Broadcast; after: Broadcast; changed: boolean } | undefined>;
  /**
   * Records one recipient's outcome; only the first outcome per recipient counts (true). `withQuota`: delivered using
   * the Zalo OA quota.
   */
  settle(id: string, learnerId: string, outcome: Outcome, withQuota?: boolean): Promise<boolean>;
  isSettled(id: string, learnerId: string): Promise<boolean>;
  /** Counts `n` recipients whose jobs were lost as failed (after the queue was given time to recover). */
  writeOff(id: string, n: number): Promise<void>;
  counts(id: string): Promise<OutcomeCounts>;
  /** Newest first. */
  list(limit: number): Promise<Broadcast[]>;
}

export function createBroadcastRepo(store: Store): BroadcastRepo {
  return {
    get: (id) => store.get<Broadcast>(k.record(id)),
    async create(b) {
      if (!(await store.setIfAbsent(k.record(b.id), b))) return false;
      await store.zadd(k.all(), [{ member: b.id, score: Date.parse(b.createdAt) }]);
      return true;
    },
    async transition(id, change) {
      const existing = await store.get<Broadcast>(k.record(id));
      if (!existing) return undefined;
      let before = existing;
      let changed = false;
      const after = await store.update<Broadcast>(k.record(id), (current) => {
        // Records are never deleted, so `current` is only undefined in theory.
        before = current ?? existing;
        const next = change(before);
        changed = next !== undefined;
        return next ?? before;
      });
      return { before, after, changed };
    },
    // One atomic step: a crash cannot leave a recipient settled but uncounted (stuck at 99%, later written off as
    // failed).
    async settle(id, learnerId, outcome, withQuota) {
      if (!(await store.markAndCount(k.settled(id), learnerId, k.counts(id), outcome))) return false;
      if (withQuota && outcome === 'delivered') await store.incr(k.counts(id), DELIVERED_WITH_QUOTA);
      return true;
    },
    // Adding 0 reads one field without fetching the whole hash.
    isSettled: async (id, learnerId) => (await store.incr(k.settled(id), learnerId, 0)) > 0,
    writeOff: async (id, n) => void (n > 0 && (await store.incr(k.counts(id), 'failed', n))),
    async counts(id) {
      const raw = await store.counters(k.counts(id));
      const counts = Object.fromEntries(OUTCOMES.map((o) => [o, raw[o] ?? 0])) as Record<Outcome, number>;
      return {
        ...counts,
        settled: OUTCOMES.reduce((n, o) => n + counts[o], 0),
        deliveredWithQuota: raw[DELIVERED_WITH_QUOTA] ?? 0,
      };
    },
    async list(limit) {
      // The sorted set is oldest first; ids are few compared to learners, so read and reverse.
      const ids = (await store.zrangeByScore(k.all(), 0, Number.MAX_SAFE_INTEGER)).slice(-limit).reverse();
      const records = await Promise.all(ids.map((id) => store.get<Broadcast>(k.record(id))));
      return records.filter((b): b is Broadcast => b !== undefined);
    },
  };
}
