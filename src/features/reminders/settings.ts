import type { Learner } from '../../core/learners/learner.ts';

/** A learner's daily reminder, kept in `learner.ext.reminder`. */
export interface ReminderSettings {
  /** Local minute of the day, 0..1439 (7:00 = 420). */
  minute: number;
  /** IANA timezone; absent: the learner's timezone, else the app default (Asia/Ho_Chi_Minh). */
  timezone?: string;
  /** Local day (YYYY-MM-DD) up to and including which no reminder is sent. */
  pausedUntil?: string;
  enabled: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The learner's reminder settings, or undefined when never set or malformed. */
export function reminderSettings(learner: Pick<Learner, 'ext'>): ReminderSettings | undefined {
  const raw = learner.ext?.['reminder'];
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  if (typeof r['minute'] !== 'number' || !Number.isInteger(r['minute']) || r['minute'] < 0 || r['minute'] > 1439)
    return undefined;
  return {
    minute: r['minute'],
    enabled: r['enabled'] !== false,
    ...(typeof r['timezone'] === 'string' ? { timezone: r['timezone'] } : {}),
    ...(typeof r['pausedUntil'] === 'string' && DAY.test(r['pausedUntil']) ? { pausedUntil: r['pausedUntil'] } : {}),
  };
}

export function withReminder(learner: Learner, settings: ReminderSettings): Learner {
  return { ...learner, ext: { ...learner.ext, reminder: { ...settings } } };
}

/** The timezone reminders follow for this learner. */
export function reminderZone(learner: Pick<Learner, 'timezone' | 'ext'>, fallback: string): string {
  return reminderSettings(learner)?.timezone ?? learner.timezone ?? fallback;
}

/** The canonical spelling of a timezone this runtime knows ("asia/bangkok" → "Asia/Bangkok"), or undefined. */
export function canonicalTimezone(name: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}
