import type { Learner } from '../learners/learner.ts';
import type { ConversationId } from '../message.ts';
import type { Store } from '../store.ts';
import { reminderSettings, reminderZone } from './reminder-settings.ts';
import { epochMinute, nextOccurrence } from './reminder-time.ts';

/**
 * Where each learner's next reminder is kept: one sorted set per timezone (member = learner
 * id, score = epoch minute of the next reminder), plus the set of timezones in use. Setting,
 * changing, pausing or stopping a reminder is one ZADD/ZREM; the minute tick reads the
 * learners due at a minute with one range query per page.
 */
export interface ReminderIndex {
  /** Puts the learner's next reminder in the index, or takes it out when reminders are off. */
  schedule(learner: Learner, now: Date): Promise<number | undefined>;
  unschedule(id: ConversationId): Promise<void>;
  /** The epoch minute of the learner's next reminder, if indexed. */
  nextDue(id: ConversationId): Promise<number | undefined>;
  zones(): Promise<string[]>;
  dueKey(zone: string): string;
}

export const ZONES_KEY = 'reminders:zones';

export function createReminderIndex(store: Store, defaultTimezone: string): ReminderIndex {
  const dueKey = (zone: string) => `reminders:due:${zone}`;
  const zones = () => store.smembers(ZONES_KEY);
  const removeFrom = async (id: ConversationId, except?: string) => {
    for (const zone of await zones()) if (zone !== except) await store.zrem(dueKey(zone), [id]);
  };
  return {
    dueKey,
    zones,
    async schedule(learner, now) {
      const settings = reminderSettings(learner);
      if (!settings?.enabled) {
        await removeFrom(learner.id);
        return undefined;
      }
      const zone = reminderZone(learner, defaultTimezone);
      const next = nextOccurrence(settings.minute, zone, epochMinute(now), settings.pausedUntil);
      await store.sadd(ZONES_KEY, [zone]);
      await store.zadd(dueKey(zone), [{ member: learner.id, score: next }]);
      await removeFrom(learner.id, zone);
      return next;
    },
    unschedule: (id) => removeFrom(id),
    async nextDue(id) {
      for (const zone of await zones()) {
        const score = await store.zscore(dueKey(zone), id);
        if (score !== undefined) return score;
      }
      return undefined;
    },
  };
}
