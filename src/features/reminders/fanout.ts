import type { Logger } from '../../core/logger.ts';
import type { OutboundJob, OutboundQueue } from '../../core/outbound/outbound-job.ts';
import type { Store } from '../../core/store.ts';
import { addDays, localTime } from '../../core/time/local-day.ts';
import type { ReminderIndex } from './minute-index.ts';
import { epochMinute, minuteDate, zonedEpochMinute } from './time.ts';

export interface FanoutDeps {
  store: Store;
  index: ReminderIndex;
  queue: Pick<OutboundQueue, 'enqueue'>;
  logger: Logger;
  /** Jobs handed to the queue per call (the queue adds them in parallel chunks). Default 5000. */
  pageSize?: number;
  /** Minutes a missed tick is made up for (the scheduler was down); older reminders are skipped. Default 180. */
  catchUpMinutes?: number;
  /** How long one scheduler may hold a timezone before another takes over. Default 120 000 ms. */
  lockMs?: number;
}

/** What one tick did. */
export interface FanoutReport {
  /** Reminder jobs handed to the queue (a job already queued by another scheduler counts again). */
  fannedOut: number;
  /** Reminders overdue beyond the catch-up window: not sent; the learners get the next one. */
  missed: number;
  /** Timezones left to a scheduler that was already fanning them out. */
  busy: number;
}

export const REMINDER_COUNTS_KEY = 'reminders:counts';

/** Job id of one reminder occurrence: the same learner, day and minute always give the same id. */
export const reminderJobId = (learnerId: string, day: string, minuteOfDay: number): string =>
  `rem:${learnerId}:${day}:${minuteOfDay}`;

/** One bucket's reminder on one local day. */
interface Occurrence {
  day: string;
  minute: number;
  /** The epoch minute the sender checks (`zonedEpochMinute`). */
  due: number;
  /** The tick minute that reached it. */
  at: number;
}

/** Local minutes a clock change forward jumps over between two consecutive epoch minutes. */
function skipped(
  previous: { day: string; minute: number },
  local: { day: string; minute: number },
): Array<{ day: string; minute: number }> {
  const ahead = local.day > previous.day || (local.day === previous.day && local.minute > previous.minute + 1);
  const gap: Array<{ day: string; minute: number }> = [];
  for (let { day, minute } = previous; ahead && gap.length < 180; ) {
    minute += 1;
    if (minute === 1440) [day, minute] = [addDays(day, 1), 0];
    if (day === local.day && minute === local.minute) break;
    gap.push({ day, minute });
  }
  return gap;
}

/**
 * The buckets reached by each epoch minute in `after < minute ≤ until`, oldest first; minutes skipped by a DST change
 * go out at the first minute after it.
 */
function occurrences(inUse: ReadonlySet<number>, zone: string, after: number, until: number): Occurrence[] {
  const found = new Map<string, Occurrence>();
  let previous = localTime(minuteDate(after), zone);
  for (let at = after + 1; at <= until; at++) {
    const local = localTime(minuteDate(at), zone);
    for (const { day, minute } of [...skipped(previous, local), local]) {
      const key = `${day} ${minute}`;
      if (inUse.has(minute) && !found.has(key))
        found.set(key, { day, minute, due: zonedEpochMinute(day, minute, zone), at });
    }
    previous = local;
  }
  return [...found.values()];
}

/**
 * The minute tick: every bucket whose local minute came since the last tick becomes one
 * outbound job per learner in it. Buckets are only read, so a tick writes nothing per learner.
 * Safe to run from several schedulers at once and to repeat: job ids are deterministic, so a
 * second enqueue is a no-op, and the sender's day guard allows one reminder per learner per day.
 */
export function createReminderFanout(deps: FanoutDeps): { tick(now: Date): Promise<FanoutReport> } {
  const pageSize = deps.pageSize ?? 5000;
  const catchUp = deps.catchUpMinutes ?? 180;
  const lockMs = deps.lockMs ?? 120_000;
  const lockKey = (zone: string) => `reminders:fanning:${zone}`;

  async function fanOut(zone: string, at: Occurrence): Promise<number> {
    const ids = await deps.store.smembers(deps.index.bucketKey(zone, at.minute));
    for (let i = 0; i < ids.length; i += pageSize) {
      const jobs: OutboundJob[] = ids.slice(i, i + pageSize).map((id) => ({
        id: reminderJobId(id, at.day, at.minute),
        to: id,
        kind: 'reminder',
        ref: { day: at.day, due: at.due },
      }));
      await deps.queue.enqueue(jobs);
    }
    return ids.length;
  }

  async function tickZone(zone: string, current: number, report: FanoutReport): Promise<void> {
    await deps.index.resumePaused(zone, current);
    const oldest = current - catchUp;
    const cursor = (await deps.store.get<number>(deps.index.cursorKey(zone))) ?? oldest - 1;
    // Missed reminders are counted over one day at most, however long the scheduler was down.
    const after = Math.max(cursor, oldest - 1440);
    for (const at of occurrences(new Set(await deps.index.minutes(zone)), zone, after, current)) {
      if (at.at < oldest) report.missed += await deps.store.scard(deps.index.bucketKey(zone, at.minute));
      else report.fannedOut += await fanOut(zone, at);
    }
    // Moved only once everything up to `current` is queued: a crash before it makes the next tick redo the work,
    // deduplicated.
    await deps.store.update<number>(deps.index.cursorKey(zone), (c) => Math.max(c ?? current, current));
  }

  return {
    async tick(now) {
      const current = epochMinute(now);
      const report: FanoutReport = { fannedOut: 0, missed: 0, busy: 0 };
      const token = `${now.getTime()}-${Math.random().toString(36).slice(2)}`;
      for (const zone of await deps.index.zones()) {
        // Fan-out is idempotent without the lock; the lock only saves a second scheduler redoing the work.
        if (!(await deps.store.setIfAbsent(lockKey(zone), token, { ttlMs: lockMs }))) {
          report.busy += 1;
          continue;
        }
        try {
          await tickZone(zone, current, report);
        } finally {
          await deps.store.deleteIfEquals(lockKey(zone), token).catch(() => false);
        }
      }
      if (report.fannedOut > 0) await deps.store.incr(REMINDER_COUNTS_KEY, 'fanned_out', report.fannedOut);
      if (report.missed > 0) {
        await deps.store.incr(REMINDER_COUNTS_KEY, 'missed', report.missed);
        deps.logger.warn(
          { missed: report.missed },
          'reminders overdue beyond the catch-up window were skipped; those learners get the next one',
        );
      }
      return report;
    },
  };
}
