import { localTime } from '../core/time/local-day.ts';

/** "2026-11-25" → "25/11/2026", the way dates are written in Vietnam. */
export function viDate(isoDay: string): string {
  const m = isoDay.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : isoDay;
}

/** "9:05 ngày 25/11/2026" in the deployment's timezone. */
export function viDateTime(at: Date | string, timeZone: string): string {
  const { day, minute } = localTime(typeof at === 'string' ? new Date(at) : at, timeZone);
  return `${Math.floor(minute / 60)}:${String(minute % 60).padStart(2, '0')} ngày ${viDate(day)}`;
}

/** "5 phút trước", "3 giờ trước", "2 ngày trước". */
export function viAgo(at: string, now: Date): string {
  const minutes = Math.max(0, Math.round((now.getTime() - Date.parse(at)) / 60_000));
  if (minutes < 1) return 'vừa xong';
  if (minutes < 60) return `${minutes} phút trước`;
  if (minutes < 48 * 60) return `${Math.round(minutes / 60)} giờ trước`;
  return `${Math.round(minutes / 1440)} ngày trước`;
}
