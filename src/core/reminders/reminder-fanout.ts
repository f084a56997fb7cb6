import type { Logger } from '../logger.ts';
import type { OutboundJob, OutboundQueue } from '../outbound/outbound-job.ts';
import type { Store } from '../store.ts';
import { addDays, localTime } from '../time/local-day.ts';
import type { ReminderIndex } from './reminder-index.ts';
import { epochMinute, minuteDate, zonedEpochMinute } from './reminder-time.ts';

export interface FanoutDeps {
  store: Store;
  index: ReminderIndex;
  queue: Pick<OutboundQueue, 'enqueue'>;
  logger: Logger;
  /** Learners read, enqueued and rescheduled per round trip. Default 1000. */
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
  /** Reminders overdue beyond the catch-up window: moved to their next day without sending. */
  missed: number;
  /** Timezones left to a scheduler that was already fanning them out. */
  busy: number;
}

export const REMINDER_COUNTS_KEY = 'reminders:counts';

/** Job id of one reminder occurrence: the same learner, day and minute always give the same id. */
export const reminderJobId = (learnerId: string, day: string, minuteOfDay: number): string => `rem:${learnerId}:${day}:${minuteOfDay}`;

/**
 * The minute tick: turns every reminder due up to `now` into outbound jobs, a page at a time,
 * and moves those learners to the same minute tomorrow. Safe to run from several schedulers
 * at once and to repeat: job ids are deterministic, so a second enqueue is a no-op, and the
 * sender's day guard allows one reminder per learner per day.
 */
export function createReminderFanout(deps: FanoutDeps): { tick(now: Date): Promise<FanoutReport> } {
  const pageSize = deps.pageSize ?? 1000;
  const catchUp = deps.catchUpMinutes ?? 180;
  const lockMs = deps.lockMs ?? 120_000;
  const cursorKey = (zone: string) => `reminders:ticked:${zone}`;
  const lockKey = (zone: string) => `reminders:fanning:${zone}`;

  async function fanOutMinute(zone: string, minute: number): Promise<number> {
    const key = deps.index.dueKey(zone);
    const local = localTime(minuteDate(minute), zone);
    const tomorrow = zonedEpochMinute(addDays(local.day, 1), local.minute, zone);
    let total = 0;
    for (;;) {
      const ids = await deps.store.zrangeByScore(key, minute, minute, pageSize);
      if (ids.length === 0) return total;
      const jobs: OutboundJob[] = ids.map((id) => ({
        id: reminderJobId(id, local.day, local.minute),
        to: id,
        kind: 'reminder',
        ref: { day: local.day, due: minute },
      }));
      // Enqueue before moving on: a crash in between leaves them due, and the retry is deduplicated.
      await deps.queue.enqueue(jobs);
      await deps.store.zadd(key, ids.map((member) => ({ member, score: tomorrow })));
      total += ids.length;
    }
  }

  /** Reminders older than the catch-up window go to their next day unsent. */
  async function sweepOverdue(zone: string, before: number, now: number): Promise<number> {
    const key = deps.index.dueKey(zone);
    const today = localTime(minuteDate(now), zone).day;
    let total = 0;
    for (;;) {
      const ids = await deps.store.zrangeByScore(key, 0, before - 1, pageSize);
      if (ids.length === 0) return total;
      const scores = await Promise.all(ids.map((member) => deps.store.zscore(key, member)));
      const entries = ids.flatMap((member, i) => {
        const due = scores[i];
        // Gone meanwhile (reminders turned off): leave it out.
        if (due === undefined) return [];
        const { minute } = localTime(minuteDate(due), zone);
        const at = zonedEpochMinute(today, minute, zone);
        return [{ member, score: at > now ? at : zonedEpochMinute(addDays(today, 1), minute, zone) }];
      });
      await deps.store.zadd(key, entries);
      total += ids.length;
    }
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
          const oldest = current - catchUp;
          const cursor = await deps.store.get<number>(cursorKey(zone));
          // The cursor only saves empty range queries; the minute it names is checked again.
          const from = Math.max(cursor ?? oldest, oldest);
          report.missed += await sweepOverdue(zone, oldest, current);
          for (let minute = from; minute <= current; minute++) report.fannedOut += await fanOutMinute(zone, minute);
          await deps.store.update<number>(cursorKey(zone), (c) => Math.max(c ?? current, current));
        } finally {
          await deps.store.deleteIfEquals(lockKey(zone), token).catch(() => false);
        }
      }
      if (report.fannedOut > 0) await deps.store.incr(REMINDER_COUNTS_KEY, 'fanned_out', report.fannedOut);
      if (report.missed > 0) {
        await deps.store.incr(REMINDER_COUNTS_KEY, 'missed', report.missed);
        deps.logger.warn({ missed: report.missed }, 'reminders overdue beyond the catch-up window were moved to their next day');
      }
      return report;
    },
  };
}
