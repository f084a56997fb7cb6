import { pino } from 'pino';
import type { Logger } from '../core/logger.ts';

/** Fields whose values never reach a log line. */
export const REDACTED_PATHS = [
  'token',
  '*.token',
  'text',
  '*.text',
  'phone',
  '*.phone',
  'password',
  '*.password',
  'headers.authorization',
];

/** Structured JSON logs on stderr (stdout belongs to the terminal chat and `ask`). */
export function createLogger(level: string): Logger {
  return pino(
    { level, base: { app: 'hocvuso' }, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
    pino.destination(2),
  );
}
