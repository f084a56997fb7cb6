import type { Logger } from '../../core/logger.ts';
import type { Store } from '../../core/store.ts';
import type { AuditLog } from '../team/audit-log.ts';
import { broadcastKeys as k, type Broadcast } from './broadcast.ts';
import type { Pager } from './pager.ts';
import type { Progress } from './progress.ts';
import type { BroadcastRepo, OutcomeCounts } from './repo.ts';

export interface RunnerDeps {
  store: Store;
  repo: BroadcastRepo;
  pager: Pager;
  progress: Progress;
  audit: AuditLog;
  logger: Logger;
  pageSize: number;
  /** No outcome for this long: enqueue the recent pages again; twice as long: count the missing as failed. */
  stallMs: number;
}

/** Drives a started broadcast: next pages, progress, the end, and recovery from lost jobs. */
export interface Runner {
  /** After a recipient's outcome was counted (on the worker that sent it). */
  afterSettle(id: string, now: Date): Promise<void>;
  /** Finishes the broadcast once every queued recipient has an outcome; true when it is (or was) finished. */
  finishIfDrained(b: Broadcast, counts: OutcomeCounts, now: Date): Promise<boolean>;
  /** The minute tick's look at one active broadcast. */
  look(b: Broadcast, now: Date): Promise<void>;
}

export function createRunner(deps: RunnerDeps): Runner {
  const lowWater = Math.max(1, Math.floor(deps.pageSize / 2));
  const wantsPage = (b: Broadcast, settled: number) =>
    b.status === 'sending' && b.total !== undefined && b.cursor < b.total && b.cursor - settled <= lowWater;

  async function finishIfDrained(b: Broadcast, counts: OutcomeCounts, now: Date): Promise<boolean> {
    if (b.finishedAt !== undefined) return true;
    if (b.total === undefined) return false;
    const drained =
      (b.status === 'sending' && counts.settled >= b.total) || (b.status === 'cancelled' && counts.settled >= b.cursor);
    if (!drained) return false;
    // Re-checked on the current record: a page enqueued while the sender cancelled moves the
    // cursor, and the broadcast only ends once those messages have an outcome too.
    const t = await deps.repo.transition(b.id, (cur) =>
      cur.finishedAt === undefined &&
      ((cur.status === 'sending' && counts.settled >= (cur.total ?? Infinity)) ||
        (cur.status === 'cancelled' && counts.settled >= cur.cursor))
        ? { ...cur, status: cur.status === 'sending' ? 'done' : 'cancelled', finishedAt: now.toISOString() }
        : undefined,
    );
    if (!t?.changed) return t?.after.finishedAt !== undefined;
    await deps.store.srem(k.active(), [b.id]);
    const { settled: _sum, ...outcomes } = counts;
    await deps.audit.record({
      at: now.toISOString(),
      actor: b.sender,
      action: 'broadcast.finish',
      target: b.id,
      detail: { status: t.after.status, total: b.total, ...outcomes },
    });
    await deps.progress.finished(t.after, counts.settled, now);
    return true;
  }

  return {
    finishIfDrained,
    async afterSettle(id, now) {
      const b = await deps.repo.get(id);
      if (!b) return;
      const counts = await deps.repo.counts(id);
      if (await finishIfDrained(b, counts, now)) return;
      if (b.status !== 'sending') return;
      if (wantsPage(b, counts.settled)) await deps.pager.pump(id);
      await deps.progress.update(b, counts.settled, now);
    },
    async look(b, now) {
      const counts = await deps.repo.counts(b.id);
      if (await finishIfDrained(b, counts, now)) return;
      if (wantsPage(b, counts.settled)) await deps.pager.pump(b.id);
      const w = b.watch;
      if (!w || w.settled !== counts.settled) {
        await deps.repo.transition(b.id, (cur) => ({
          ...cur,
          watch: { settled: counts.settled, at: now.toISOString() },
        }));
        return;
      }
      if (now.getTime() - Date.parse(w.at) < deps.stallMs) return;
      if (!w.repaired) {
        await deps.pager.requeueRecent(b);
        await deps.repo.transition(b.id, (cur) => ({
          ...cur,
          watch: { settled: counts.settled, at: now.toISOString(), repaired: true },
        }));
        return;
      }
      // The queue had its chance twice (e.g. a job dropped after crashing workers repeatedly).
      const missing = b.cursor - counts.settled;
      deps.logger.warn({ broadcast: b.id, missing }, 'broadcast jobs lost; counted as failed');
      await deps.repo.writeOff(b.id, missing);
      await deps.repo.transition(b.id, (cur) => ({
        ...cur,
        watch: { settled: counts.settled + missing, at: now.toISOString() },
      }));
      const after = await deps.repo.get(b.id);
      if (after && !(await finishIfDrained(after, await deps.repo.counts(b.id), now))) await deps.pager.pump(b.id);
    },
  };
}
