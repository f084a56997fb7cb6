import { RateLimitedError } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import type { Sleep } from './sleep.ts';
import { mapTelegramError } from './telegram-errors.ts';

/** Runs one Bot API call; failures come out as the core's channel errors. */
export type ApiCaller = <T>(method: string, call: () => Promise<T>) => Promise<T>;

export interface ApiCallerOptions {
  token: string;
  sleep: Sleep;
  logger: Logger;
  /** Attempts per call when Telegram answers 429 (default 5). */
  maxAttempts?: number;
  /** Longest `retry_after` waited for inline; longer waits are left to the caller (default 30 s). */
  maxWaitMs?: number;
}

/**
 * Honours 429 `retry_after` by waiting and trying again, a bounded number of times, so a
 * burst of rate limiting delays replies instead of losing them. Other errors are mapped and
 * thrown at once: retrying a send that may have arrived would duplicate messages.
 */
export function createApiCaller(options: ApiCallerOptions): ApiCaller {
  const maxAttempts = options.maxAttempts ?? 5;
  const maxWaitMs = options.maxWaitMs ?? 30_000;
  return async function call<T>(method: string, run: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await run();
      } catch (error) {
        const mapped = mapTelegramError(error, method, options.token);
        if (!(mapped instanceof RateLimitedError) || attempt >= maxAttempts || mapped.retryAfterMs > maxWaitMs)
          throw mapped;
        options.logger.warn({ method, retryAfterMs: mapped.retryAfterMs, attempt }, 'telegram rate limited; waiting');
        await options.sleep(mapped.retryAfterMs);
      }
    }
  };
}
