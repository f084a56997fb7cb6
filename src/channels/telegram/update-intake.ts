import { lazyChild, type Logger } from '../../core/logger.ts';
import type { ConversationId } from '../../core/message.ts';
import { createBusyNotice } from '../busy-notice.ts';
import type { InboundHandler } from '../channel.ts';
import type { Inbox, InboxEntry } from '../inbox.ts';
import { createKeyedQueue } from '../keyed-queue.ts';
import type { CallbackLedger } from './callback-ledger.ts';
import type { BotIdentity } from './normalize-message.ts';
import { normalizeUpdate } from './normalize-update.ts';
import { updateEnvelopeSchema, type UpdateEnvelope } from './update-schema.ts';

export interface UpdateIntakeDeps {
  /** Keeps updates until answered (Redis stream, or memory without Redis). */
  inbox: Inbox;
  logger: Logger;
  now: () => Date;
  fetchFile: (fileId: string) => Promise<Uint8Array>;
  /** Answers a button press the core never sees (malformed, from an inline message…). */
  answerCallback: (id: string) => Promise<void>;
  /** Tells a learner the bot is busy (their update could not be kept and will come again). */
  sendBusy: (to: ConversationId) => Promise<void>;
  /** What the reply sender already did about a pressed button (shared with it). */
  callbacks: CallbackLedger;
}

/** What became of an update handed to the intake. */
export type Intake = 'kept' | 'duplicate' | 'stopped' | 'invalid';

/**
 * Where updates from polling and the webhook meet: kept durably (deduped) in the inbox first,
 * then normalised and handed to the core in per-chat order by whichever process takes them.
 */
export interface UpdateIntake {
  open(handler: InboundHandler, bot: BotIdentity): Promise<void>;
  /** Refuses new updates and waits for the ones in flight. */
  close(): Promise<void>;
  /** Keeps a validated update; rejects when it could not be kept (the platform must deliver it again). */
  accept(update: UpdateEnvelope): Promise<Intake>;
  /** Validates, then keeps, an update as polling received it. */
  acceptRaw(raw: unknown): Promise<Intake>;
}

export function createUpdateIntake(deps: UpdateIntakeDeps): UpdateIntake {
  const queue = createKeyedQueue((error) =>
    deps.logger.error({ err: (error as Error).message }, 'telegram update failed'),
  );
  const busy = createBusyNotice(deps.sendBusy, deps.logger);
  let running: { handler: InboundHandler; bot: BotIdentity } | undefined;

  async function handleEntry(target: NonNullable<typeof running>, entry: InboxEntry): Promise<void> {
    const update = updateEnvelopeSchema.safeParse(entry.body);
    if (!update.success) return;
    const log = lazyChild(deps.logger, { update_id: update.data.update_id });
    const normalized = normalizeUpdate(update.data, { bot: target.bot, fetchFile: deps.fetchFile, now: deps.now });
    if (normalized.action === 'ignore') {
      log.debug({ reason: normalized.reason }, 'update ignored');
      if (normalized.callbackId !== undefined) await deps.answerCallback(normalized.callbackId);
      return;
    }
    const callback = normalized.ref.callback;
    // One chat's updates in order; the entry is done when its reply went out.
    await new Promise<void>((resolve) =>
      queue.run(normalized.inbound.conversationId, async () => {
        const started = performance.now();
        try {
          await target.handler({ ...normalized.inbound, updateKey: entry.key });
          log.debug({ kind: normalized.inbound.kind, ms: Math.round(performance.now() - started) }, 'update handled');
        } catch (error) {
          log.error({ err: (error as Error).message, kind: normalized.inbound.kind }, 'handler failed');
        } finally {
          // Every button press is answered, even when the core had nothing to say.
          if (callback) {
            if (deps.callbacks.claimAnswer(callback.id)) await deps.answerCallback(callback.id);
            deps.callbacks.forget(callback.id);
          }
          resolve();
        }
      }),
    );
  }

  async function accept(update: UpdateEnvelope): Promise<Intake> {
    const target = running;
    if (!target) return 'stopped';
    try {
      return (await deps.inbox.add(`telegram:${target.bot.id}:${update.update_id}`, update)) ? 'kept' : 'duplicate';
    } catch (error) {
      const normalized = normalizeUpdate(update, { bot: target.bot, fetchFile: deps.fetchFile, now: deps.now });
      if (normalized.action === 'handle') busy(normalized.inbound.conversationId);
      throw error;
    }
  }

  return {
    async open(handler, bot) {
      const target = { handler, bot };
      running = target;
      await deps.inbox.start((entry) => handleEntry(target, entry));
    },
    async close() {
      running = undefined;
      await deps.inbox.stop();
      await queue.drain();
    },
    accept,
    async acceptRaw(raw) {
      const update = updateEnvelopeSchema.safeParse(raw);
      return update.success ? accept(update.data) : 'invalid';
    },
  };
}
