import type { Learner } from '../../core/learners/learner.ts';
import type { ConversationId } from '../../core/message.ts';
import type { Store } from '../../core/store.ts';
import { localTime } from '../../core/time/local-day.ts';
import { reminderSettings, reminderZone } from './settings.ts';
import { epochMinute, minuteDate, nextOccurrence } from './time.ts';

/**
 * Where learners' reminders are kept, per timezone: one set of learner ids per local minute of
 * the day (`reminders:at:<zone>:<minute>`, about 75 bytes a learner in Redis, against 118 for a
 * sorted set), the minutes in use, and a small sorted set of paused learners scored by the
 * minute their pause ends. A bucket never changes while its learners keep their time, so the
 * minute tick only reads it; setting, changing, pausing or stopping a reminder moves one id.
 */
export interface ReminderIndex {
  /**
   * Puts the learner in the bucket of their time (or with the paused), or takes them out when reminders are off.
   * Returns the next reminder's epoch minute.
   */
  schedule(learner: Learner, now: Date): Promise<number | undefined>;
  unschedule(id: ConversationId): Promise<void>;
  /** The epoch minute of the learner's next reminder not yet fanned out, if indexed. */
  nextDue(id: ConversationId): Promise<number | undefined>;
  zones(): Promise<string[]>;
  /** Local minutes of the day that have (or had) learners in a zone. */
  minutes(zone: string): Promise<number[]>;
  bucketKey(zone: string, minuteOfDay: number): string;
  /** Puts learners whose pause ends at or before `until` back in their bucket; returns how many. */
  resumePaused(zone: string, until: number): Promise<number>;
  /** The last epoch minute fanned out in a zone (set when the zone gets its first learner). */
  cursorKey(zone: string): string;
}

export const ZONES_KEY = 'reminders:zones';

const PAGE = 1000;

export function createReminderIndex(store: Store, defaultTimezone: string): ReminderIndex {
  const bucketKey = (zone: string, minute: number) => `reminders:at:${zone}:${minute}`;
  const minutesKey = (zone: string) => `reminders:minutes:${zone}`;
  const pausedKey = (zone: string) => `reminders:paused:${zone}`;
  const cursorKey = (zone: string) => `reminders:ticked:${zone}`;
  const zones = () => store.smembers(ZONES_KEY);
  const minutes = async (zone: string) => (await store.smembers(minutesKey(zone))).map(Number).sort((a, b) => a - b);

  /** Takes the id out of every bucket and paused set except the one it now belongs to. */
  async function removeFrom(id: ConversationId, keep?: { zone: string; minute?: number }): Promise<void> {
    for (const zone of await zones()) {
      const ops = (await minutes(zone))
        .filter((m) => !(keep?.zone === zone && keep.minute === m))
        .map((m) => store.srem(bucketKey(zone, m), [id]));
      if (!(keep?.zone === zone && keep.minute === undefined)) ops.push(store.zrem(pausedKey(zone), [id]));
      await Promise.all(ops);
    }
  }

  return {
    zones,
    minutes,
    bucketKey,
    cursorKey,
    async schedule(learner, now) {
      const settings = reminderSettings(learner);
      if (!settings?.enabled) {
        await removeFrom(learner.id);
        return undefined;
      }
      const zone = reminderZone(learner, defaultTimezone);
      const current = epochMinute(now);
      const next = nextOccurrence(settings.minute, zone, current, settings.pausedUntil);
      await store.sadd(ZONES_KEY, [zone]);
      // A zone's first learner starts its tick horizon: nothing before now is owed.
      await store.setIfAbsent(cursorKey(zone), current);
      if (next === nextOccurrence(settings.minute, zone, current)) {
        await store.sadd(minutesKey(zone), [String(settings.minute)]);
        await store.sadd(bucketKey(zone, settings.minute), [learner.id]);
        await removeFrom(learner.id, { zone, minute: settings.minute });
      } else {
        await store.zadd(pausedKey(zone), [{ member: learner.id, score: next }]);
        await removeFrom(learner.id, { zone });
      }
      return next;
    },
    unschedule: (id) => removeFrom(id),
    async nextDue(id) {
      const all = await zones();
      for (const zone of all) {
        const resumes = await store.zscore(pausedKey(zone), id);
        if (resumes !== undefined) return resumes;
      }
      for (const zone of all) {
        for (const minute of await minutes(zone)) {
          if (!(await store.sismember(bucketKey(zone, minute), id))) continue;
          const after = (await store.get<number>(cursorKey(zone))) ?? epochMinute(new Date());
          return nextOccurrence(minute, zone, after);
        }
      }
      return undefined;
    },
    async resumePaused(zone, until) {
      let total = 0;
      for (;;) {
        const ids = await store.zrangeByScore(pausedKey(zone), 0, until, PAGE);
        if (ids.length === 0) return total;
        const scores = await Promise.all(ids.map((id) => store.zscore(pausedKey(zone), id)));
        for (const [i, id] of ids.entries()) {
          const resumes = scores[i];
          // Gone meanwhile (rescheduled or turned off): nothing to put back.
          if (resumes === undefined) continue;
          const { minute } = localTime(minuteDate(resumes), zone);
          await store.sadd(minutesKey(zone), [String(minute)]);
          await store.sadd(bucketKey(zone, minute), [id]);
        }
        await store.zrem(pausedKey(zone), ids);
        total += ids.length;
      }
    },
  };
}
