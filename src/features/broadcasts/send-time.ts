import { parseClock } from '../reminders/parse-reminder-text.ts';
import { formatClock, minuteDate, zonedEpochMinute } from '../reminders/time.ts';
import { fold } from '../../core/text/fold.ts';
import { addDays, localTime } from '../../core/time/local-day.ts';

/** A start time read from chat text, or why it could not be used. */
export type SendTime = { at: Date } | { error: 'unreadable' | 'past' };

const DAY_WORDS: Array<[RegExp, number]> = [
  [/\b(?:ngay kia|ngay mot)\b/, 2],
  [/\b(?:ngay mai|mai)\b/, 1],
  [/\b(?:hom nay|nay)\b/, 0],
];
const PERIOD = /\b(sang|trua|chieu|toi|dem)\b/;

/**
 * Reads "gửi lúc 19:00", "19h", "ngày mai 8:00", "8 giờ sáng mai", "tối nay 8 giờ", "20/11 7:30"
 * in the sender's timezone. A bare time already past today means tomorrow; an explicit day in
 * the past is an error. Undefined when the text holds no time at all.
 */
export function parseSendTime(raw: string, now: Date, timeZone: string): SendTime | undefined {
  const today = localTime(now, timeZone).day;
  let day: string | undefined;
  let text = raw;
  const date = text.match(/(?:ngày\s+|ngay\s+)?\b(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?\b/i);
  if (date) {
    const year = date[3] ? Number(date[3]) : Number(today.slice(0, 4));
    const [d, m] = [Number(date[1]), Number(date[2])];
    let candidate = `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (Number.isNaN(Date.parse(`${candidate}T00:00:00Z`)) || addDays(candidate, 0) !== candidate)
      return { error: 'unreadable' };
    if (!date[3] && candidate < today) candidate = `${year + 1}${candidate.slice(4)}`;
    day = candidate;
    text = text.replace(date[0], ' ');
  }
  let s = ` ${fold(text)} `;
  if (!/\d/.test(s)) return undefined;
  for (const [pattern, offset] of DAY_WORDS) {
    if (pattern.test(s)) {
      day ??= addDays(today, offset);
      s = s.replace(pattern, ' ');
      break;
    }
  }
  s = s.replace(/\b(?:gui|hen gio|hen|luc|vao|ngay)\b/g, ' ');
  // parseClock wants the part of day last: "8 gio sang", not "sang 8 gio".
  const period = s.match(PERIOD)?.[1];
  if (period) s = s.replace(PERIOD, ' ');
  const minute = parseClock(`${s.replace(/\s+/g, ' ').trim()}${period ? ` ${period}` : ''}`);
  if (minute === undefined) return { error: 'unreadable' };
  const explicit = day !== undefined;
  let at = minuteDate(zonedEpochMinute(day ?? today, minute, timeZone));
  if (at.getTime() <= now.getTime()) {
    if (explicit) return { error: 'past' };
    at = minuteDate(zonedEpochMinute(addDays(today, 1), minute, timeZone));
  }
  return { at };
}

/** "19:00 hôm nay (25/11)", "8:00 ngày mai (26/11)", "7:30 ngày 30/11". */
export function sayWhen(at: Date, now: Date, timeZone: string): string {
  const local = localTime(at, timeZone);
  const today = localTime(now, timeZone).day;
  const dm = `${Number(local.day.slice(8, 10))}/${Number(local.day.slice(5, 7))}`;
  const clock = formatClock(local.minute);
  if (local.day === today) return `${clock} hôm nay (${dm})`;
  if (local.day === addDays(today, 1)) return `${clock} ngày mai (${dm})`;
  return `${clock} ngày ${dm}`;
}
