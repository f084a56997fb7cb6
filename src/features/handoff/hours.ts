import { formatClock, minuteDate, zonedEpochMinute } from '../reminders/time.ts';
import { addDays, localTime } from '../../core/time/local-day.ts';

/** When the teams answer, as local minutes of the day (`HANDOFF_HOURS`, e.g. 07:30-21:00). */
export interface HandoffHours {
  from: number;
  to: number;
  timezone: string;
}

const RANGE = /^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$/;

/** Reads "07:30-21:00"; undefined when malformed or empty. */
export function parseHours(text: string, timezone: string): HandoffHours | undefined {
  const m = text.trim().match(RANGE);
  if (!m) return undefined;
  const from = Number(m[1]) * 60 + Number(m[2]);
  const to = Number(m[3]) * 60 + Number(m[4]);
  if (Number(m[2]) > 59 || Number(m[4]) > 59 || from >= to || to > 24 * 60) return undefined;
  return { from, to, timezone };
}

export function inHours(now: Date, hours: HandoffHours): boolean {
  const { minute } = localTime(now, hours.timezone);
  return minute >= hours.from && minute < hours.to;
}

/** The next time the hours begin (later today or tomorrow); `now` itself when within them. */
export function nextOpening(now: Date, hours: HandoffHours): Date {
  if (inHours(now, hours)) return now;
  const local = localTime(now, hours.timezone);
  const day = local.minute < hours.from ? local.day : addDays(local.day, 1);
  return minuteDate(zonedEpochMinute(day, hours.from, hours.timezone));
}

/** "7:30 đến 21:00". */
export const hoursText = (hours: HandoffHours): string => `${formatClock(hours.from)} đến ${formatClock(hours.to)}`;

/**
 * Tells the learner honestly when to expect an answer: during the hours "usually within a few
 * hours", outside them from the next opening ("7:30 sáng mai").
 */
export function etaText(now: Date, hours: HandoffHours): string {
  const span = hoursText(hours);
  if (inHours(now, hours)) return `Tổ trực từ ${span} hằng ngày, thường sẽ có người trả lời trong vài giờ.`;
  const opens = nextOpening(now, hours);
  const sameDay = localTime(opens, hours.timezone).day === localTime(now, hours.timezone).day;
  const part = hours.from < 11 * 60 ? 'sáng' : hours.from < 13 * 60 ? 'trưa' : 'chiều';
  return `Bây giờ đã ngoài giờ trực của tổ (${span}), nên tổ sẽ xem câu hỏi từ ${formatClock(hours.from)} ${part} ${sameDay ? 'nay' : 'mai'}.`;
}
