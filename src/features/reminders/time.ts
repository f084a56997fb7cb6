import { partOfDay } from '../../core/time/part-of-day.ts';
import { addDays, localTime } from '../../core/time/local-day.ts';

/** Reminder times are whole minutes since the Unix epoch (UTC): the index scores. */
export const MINUTE_MS = 60_000;

export const epochMinute = (at: Date): number => Math.floor(at.getTime() / MINUTE_MS);

export const minuteDate = (minute: number): Date => new Date(minute * MINUTE_MS);

/** No reminders from 21:30 to 06:30 local time, unless the learner chose a time inside it. */
export const QUIET_FROM = 21 * 60 + 30;
export const QUIET_UNTIL = 6 * 60 + 30;

export function inQuietHours(minuteOfDay: number): boolean {
  return minuteOfDay >= QUIET_FROM || minuteOfDay < QUIET_UNTIL;
}

/** Epoch minute of a local day and minute of day in a timezone (DST-aware). */
export function zonedEpochMinute(day: string, minuteOfDay: number, timeZone: string): number {
  const naive = Date.parse(`${day}T00:00:00Z`) / MINUTE_MS + minuteOfDay;
  let guess = naive;
  // Converges in one step without DST; a second step settles a DST change between guesses.
  for (let i = 0; i < 3; i++) {
    const local = localTime(minuteDate(guess), timeZone);
    const diff = Date.parse(`${local.day}T00:00:00Z`) / MINUTE_MS + local.minute - naive;
    if (diff === 0) break;
    guess -= diff;
  }
  return guess;
}

/**
 * The first reminder strictly after `after` (epoch minute) at `minuteOfDay` local time,
 * skipping days up to and including `pausedUntil`.
 */
export function nextOccurrence(minuteOfDay: number, timeZone: string, after: number, pausedUntil?: string): number {
  let day = localTime(minuteDate(after), timeZone).day;
  if (pausedUntil !== undefined && pausedUntil >= day) day = addDays(pausedUntil, 1);
  for (let i = 0; i < 3; i++, day = addDays(day, 1)) {
    const at = zonedEpochMinute(day, minuteOfDay, timeZone);
    if (at > after) return at;
  }
  return zonedEpochMinute(day, minuteOfDay, timeZone);
}

/** "7:00", "19:30". */
export function formatClock(minuteOfDay: number): string {
  return `${Math.floor(minuteOfDay / 60)}:${String(minuteOfDay % 60).padStart(2, '0')}`;
}

/** "7:00 sáng", "11:30 trưa", "19:30 tối": the way people say a time. */
export function sayClock(minuteOfDay: number): string {
  return `${formatClock(minuteOfDay)} ${partOfDay(Math.floor(minuteOfDay / 60))}`;
}
