import type { Logger } from './logger.ts';

/** Logs a recurring error at most once per window, with how many were left out. */
export type ThrottledLog = (obj: object, msg: string) => void;

/**
 * During an outage the same error repeats many times a second (every reconnect, every queue
 * poll). This writes the first line at once, then at most one line per `windowMs` per message,
 * saying how many were suppressed since the last one (`{"repeated": 42}`).
 */
export function throttledLog(
  logger: Logger,
  level: 'warn' | 'error',
  windowMs = 10_000,
  now: () => number = Date.now,
): ThrottledLog {
  const last = new Map<string, { at: number; suppressed: number }>();
  return (obj, msg) => {
    const seen = last.get(msg);
    const t = now();
    if (seen && t - seen.at < windowMs) {
      seen.suppressed += 1;
      return;
    }
    logger[level](seen && seen.suppressed > 0 ? { ...obj, repeated: seen.suppressed, windowMs } : obj, msg);
    last.set(msg, { at: t, suppressed: 0 });
  };
}
