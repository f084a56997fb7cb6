import type { Logger } from '../../core/logger.ts';
import type { OutboundJob, OutboundQueue } from '../../core/outbound/outbound-job.ts';
import type { Store } from '../../core/store.ts';
import { BROADCAST_KIND, broadcastJobId, broadcastKeys as k, type Broadcast } from './broadcast.ts';
import type { BroadcastRepo } from './repo.ts';

export interface PagerDeps {
  store: Store;
  repo: BroadcastRepo;
  queue: Pick<OutboundQueue, 'enqueue'>;
  logger: Logger;
  /** Recipients enqueued at once. A new page goes in when fewer than half a page are still unsent. */
  pageSize: number;
  /** How long one process may hold a broadcast's pump before another takes over. */
  lockMs: number;
}

/** Feeds a broadcast's recipients to the queue a page at a time, from a persisted cursor. */
export interface Pager {
  /** Stores the recipients snapshot (replacing a half-written one). */
  snapshot(id: string, ids: readonly string[]): Promise<void>;
  /** Enqueues the next pages while the broadcast has few messages in flight; returns how many were enqueued. */
  pump(id: string): Promise<number>;
  /** Enqueues the last two pages again: queued jobs are deduplicated by id, sent ones skipped at render. */
  requeueRecent(b: Broadcast): Promise<void>;
}

const CHUNK = 1000;

const jobsFor = (id: string, ids: readonly string[]): OutboundJob[] =>
  // `background`: queues with priorities send reminders and notices before broadcast messages.
  ids.map((to) => ({ id: broadcastJobId(id, to), to, kind: BROADCAST_KIND, ref: { b: id }, background: true }));

export function createPager(deps: PagerDeps): Pager {
  const lowWater = Math.max(1, Math.floor(deps.pageSize / 2));

  async function page(id: string, from: number): Promise<string[]> {
    return deps.store.zrangeByScore(k.recipients(id), from, from + deps.pageSize - 1);
  }

  return {
    async snapshot(id, ids) {
      await deps.store.delete(k.recipients(id));
      for (let i = 0; i < ids.length; i += CHUNK) {
        await deps.store.zadd(
          k.recipients(id),
          ids.slice(i, i + CHUNK).map((member, j) => ({ member, score: i + j })),
        );
      }
    },
    async pump(id) {
      const token = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
      if (!(await deps.store.setIfAbsent(k.pump(id), token, { ttlMs: deps.lockMs }))) return 0;
      let enqueued = 0;
      try {
        for (;;) {
          const b = await deps.repo.get(id);
          if (!b || b.status !== 'sending' || b.total === undefined || b.cursor >= b.total) return enqueued;
          const { settled } = await deps.repo.counts(id);
          if (b.cursor - settled > lowWater) return enqueued;
          const ids = await page(id, b.cursor);
          // Enqueue, then move the cursor: a crash in between enqueues the page again, and job ids dedupe it.
          await deps.queue.enqueue(jobsFor(id, ids));
          const next = ids.length === 0 ? b.total : b.cursor + ids.length;
          await deps.repo.transition(id, (cur) => (cur.cursor < next ? { ...cur, cursor: next } : undefined));
          enqueued += ids.length;
        }
      } finally {
        await deps.store.deleteIfEquals(k.pump(id), token).catch(() => false);
      }
    },
    async requeueRecent(b) {
      const from = Math.max(0, b.cursor - 2 * deps.pageSize);
      for (let at = from; at < b.cursor; at += deps.pageSize) {
        const ids = (await page(b.id, at)).slice(0, b.cursor - at);
        await deps.queue.enqueue(jobsFor(b.id, ids));
      }
      deps.logger.warn({ broadcast: b.id, from, to: b.cursor }, 'broadcast stalled; recent pages enqueued again');
    },
  };
}
