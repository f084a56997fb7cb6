import { TelegramError, type Telegram } from 'telegraf';
import { RateLimitedError } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import { throttledLog } from '../../core/throttled-log.ts';
import type { Sleep } from './sleep.ts';
import { mapTelegramError } from './telegram-errors.ts';

export const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'my_chat_member'] as const;

export interface PollerDeps {
  telegram: Telegram;
  token: string;
  logger: Logger;
  sleep: Sleep;
  /**
   * Keeps each fetched update (durably, quickly); rejects when it could not be kept. The offset
   * moves past an update only once it is kept, so Telegram sends the others again.
   */
  accept(update: unknown): Promise<unknown>;
  /** Long-poll timeout in seconds. */
  timeoutSeconds: number;
}

export interface Poller {
  start(): void;
  /** Aborts the pending getUpdates and waits for the loop to end. */
  stop(): Promise<void>;
  /** Confirms every update fetched so far, so a restart does not see them again. */
  confirm(): Promise<void>;
  readonly healthy: boolean;
}

/** Telegraf types the signal as the abort-controller polyfill; node-fetch accepts the native one. */
type ShimSignal = NonNullable<NonNullable<Parameters<Telegram['callApi']>[2]>['signal']>;

/** Updates that could not be kept (Redis unreachable) are fetched again after this long. */
const UNKEPT_RETRY_MS = 1000;

const backoffMs = (failures: number) => Math.min(30_000, 1000 * 2 ** Math.min(failures - 1, 5));

/** Our own getUpdates loop: abortable, backs off on errors, honours 429, survives 409 and network loss. */
export function createPoller(deps: PollerDeps): Poller {
  const controller = new AbortController();
  let offset = 0;
  let healthy = true;
  let loop: Promise<void> | undefined;
  const unkept = throttledLog(deps.logger, 'warn');

  async function poll(): Promise<void> {
    let failures = 0;
    while (!controller.signal.aborted) {
      try {
        const updates = await deps.telegram.callApi(
          'getUpdates',
          { offset, timeout: deps.timeoutSeconds, allowed_updates: [...ALLOWED_UPDATES] },
          { signal: controller.signal as unknown as ShimSignal },
        );
        failures = 0;
        healthy = true;
        const kept = await Promise.allSettled(updates.map((update) => deps.accept(update)));
        const lost = kept.findIndex((r) => r.status === 'rejected');
        for (const update of lost < 0 ? updates : updates.slice(0, lost))
          offset = Math.max(offset, update.update_id + 1);
        if (lost >= 0) {
          healthy = false;
          unkept(
            { err: ((kept[lost] as PromiseRejectedResult).reason as Error).message },
            'updates not kept; fetching them again',
          );
          await deps.sleep(UNKEPT_RETRY_MS, controller.signal);
        }
      } catch (error) {
        if (controller.signal.aborted) return;
        failures += 1;
        healthy = false;
        const mapped = mapTelegramError(error, 'getUpdates', deps.token);
        const status = error instanceof TelegramError ? error.code : undefined;
        if (status === 401 || status === 404) {
          deps.logger.error({ err: mapped.message }, 'telegram rejected the bot token; polling stopped');
          return;
        }
        const wait = mapped instanceof RateLimitedError ? mapped.retryAfterMs : backoffMs(failures);
        const hint = status === 409 ? 'another process is polling with this token, or a webhook is set' : undefined;
        deps.logger.warn(
          { err: mapped.message, code: mapped.code, waitMs: wait, ...(hint ? { hint } : {}) },
          'telegram getUpdates failed',
        );
        await deps.sleep(wait, controller.signal);
      }
    }
  }

  return {
    start() {
      loop ??= poll();
    },
    async stop() {
      controller.abort();
      await loop;
    },
    async confirm() {
      if (offset === 0) return;
      await deps.telegram.callApi('getUpdates', { offset, limit: 1, timeout: 0 }).catch(() => undefined);
    },
    get healthy() {
      return healthy;
    },
  };
}
