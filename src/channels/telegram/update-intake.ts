import { lazyChild, type Logger } from '../../core/logger.ts';
import type { Store } from '../../core/store.ts';
import type { InboundHandler } from '../channel.ts';
import { createKeyedQueue } from '../keyed-queue.ts';
import type { BotIdentity, Normalized } from './normalize-message.ts';
import { normalizeUpdate } from './normalize-update.ts';
import { updateEnvelopeSchema, type UpdateEnvelope } from './update-schema.ts';

/** Telegram redelivers a webhook update it thinks failed; remember ids this long. */
const SEEN_TTL_MS = 24 * 60 * 60 * 1000;

export interface UpdateIntakeDeps {
  store: Store;
  logger: Logger;
  now: () => Date;
  fetchFile: (fileId: string) => Promise<Uint8Array>;
  /** Answers a button press the core never sees (malformed, from an inline message…). */
  answerCallback: (id: string) => Promise<void>;
}

/** Where updates from polling and the webhook meet: dedupe, normalise, hand to the core in per-chat order. */
export interface UpdateIntake {
  open(handler: InboundHandler, bot: BotIdentity): void;
  /** Refuses new updates and waits for the ones in flight. */
  close(): Promise<void>;
  /** Queues a validated update (the webhook validates its body); false when not running. */
  accept(update: UpdateEnvelope): boolean;
  /** Validates, then queues, an update as polling received it; false when not running or not an update at all. */
  acceptRaw(raw: unknown): boolean;
}

export function createUpdateIntake(deps: UpdateIntakeDeps): UpdateIntake {
  const queue = createKeyedQueue((error) =>
    deps.logger.error({ err: (error as Error).message }, 'telegram update failed'),
  );
  let running: { handler: InboundHandler; bot: BotIdentity } | undefined;

  async function firstDelivery(bot: BotIdentity, updateId: number, log: Logger): Promise<boolean> {
    try {
      return await deps.store.setIfAbsent(`telegram:update:${bot.id}:${updateId}`, 1, { ttlMs: SEEN_TTL_MS });
    } catch (error) {
      log.warn({ err: (error as Error).message }, 'update dedupe unavailable; handling anyway');
      return true;
    }
  }

  async function handleUpdate(
    update: UpdateEnvelope,
    normalized: Normalized,
    target: NonNullable<typeof running>,
  ): Promise<void> {
    const log = lazyChild(deps.logger, { update_id: update.update_id });
    if (!(await firstDelivery(target.bot, update.update_id, log))) {
      log.debug({}, 'duplicate update skipped');
      return;
    }
    if (normalized.action === 'ignore') {
      log.debug({ reason: normalized.reason }, 'update ignored');
      if (normalized.callbackId !== undefined) await deps.answerCallback(normalized.callbackId);
      return;
    }
    const callback = normalized.ref.callback;
    const started = performance.now();
    try {
      await target.handler(normalized.inbound);
      log.debug({ kind: normalized.inbound.kind, ms: Math.round(performance.now() - started) }, 'update handled');
    } catch (error) {
      log.error({ err: (error as Error).message, kind: normalized.inbound.kind }, 'handler failed');
    } finally {
      // Every button press is answered, even when the core had nothing to say.
      if (callback && !callback.answered) {
        callback.answered = true;
        await deps.answerCallback(callback.id);
      }
    }
  }

  function accept(update: UpdateEnvelope): boolean {
    const target = running;
    if (!target) return false;
    const normalized = normalizeUpdate(update, { bot: target.bot, fetchFile: deps.fetchFile, now: deps.now });
    const key = normalized.action === 'handle' ? normalized.inbound.conversationId : 'ignored';
    queue.run(key, () => handleUpdate(update, normalized, target));
    return true;
  }

  return {
    open(handler, bot) {
      running = { handler, bot };
    },
    async close() {
      running = undefined;
      await queue.drain();
    },
    accept,
    acceptRaw(raw) {
      const update = updateEnvelopeSchema.safeParse(raw);
      return update.success && accept(update.data);
    },
  };
}
