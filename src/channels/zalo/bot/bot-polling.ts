import type { Logger } from '../../../core/logger.ts';
import { throttledLog } from '../../../core/throttled-log.ts';
import type { ZaloBotApi } from './bot-api.ts';
import type { BotUpdate } from './bot-schemas.ts';

/** A running `getUpdates` loop. */
export interface BotPoller {
  /** Consecutive failed polls (0 when healthy). */
  readonly failures: number;
  /** Aborts the current poll and resolves when the loop has ended. */
  stop(): Promise<void>;
}

const MAX_BACKOFF_MS = 30_000;

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const aborted = () => {
      clearTimeout(timer);
      resolve();
    };
    // Removed when the time is up: a listener per back-off would pile up on the loop's one signal.
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', aborted);
      resolve();
    }, ms);
    signal.addEventListener('abort', aborted, { once: true });
  });
}

/**
 * Long-polls `getUpdates` until stopped. "Nothing new" (408) just polls again; failures back
 * off exponentially up to 30 s and are logged without the token.
 */
export function startBotPolling(options: {
  api: ZaloBotApi;
  timeoutSeconds: number;
  logger: Logger;
  onUpdates: (updates: BotUpdate[]) => Promise<unknown>;
}): BotPoller {
  const controller = new AbortController();
  let failures = 0;
  const unkept = throttledLog(options.logger, 'warn');
  const loop = (async () => {
    while (!controller.signal.aborted) {
      try {
        const updates = await options.api.getUpdates(options.timeoutSeconds, controller.signal);
        failures = 0;
        // getUpdates has no offset to hold back: fetched updates are kept before the next poll,
        // retrying every second while they cannot be (Redis unreachable).
        while (updates.length > 0 && !controller.signal.aborted) {
          const kept = await options.onUpdates(updates).then(
            () => true,
            (error: Error) => (unkept({ err: error.message }, 'zalo bot updates not kept; retrying'), false),
          );
          if (kept) break;
          await sleep(1000, controller.signal);
        }
      } catch (error) {
        if (controller.signal.aborted) break;
        failures += 1;
        options.logger.warn(
          { err: (error as Error).message, code: (error as { code?: string }).code, failures },
          'zalo bot poll failed',
        );
        await sleep(Math.min(MAX_BACKOFF_MS, 500 * 2 ** Math.min(failures, 6)), controller.signal);
      }
    }
  })();
  return {
    get failures() {
      return failures;
    },
    async stop() {
      controller.abort();
      await loop;
    },
  };
}
