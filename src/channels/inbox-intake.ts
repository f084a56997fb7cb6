import type { Logger } from '../core/logger.ts';
import type { ConversationId, Inbound } from '../core/message.ts';
import { createBusyNotice } from './busy-notice.ts';
import type { InboundHandler } from './channel.ts';
import type { Inbox } from './inbox.ts';
import { createKeyedQueue } from './keyed-queue.ts';

export interface InboxIntakeDeps {
  inbox: Inbox;
  logger: Logger;
  /** The core's message for a kept platform event, or undefined for events the tutor ignores. */
  toInbound(body: unknown): Inbound | undefined;
  /** Tells a learner the bot is busy while their event cannot be kept. */
  sendBusy(to: ConversationId): Promise<void>;
}

/** A channel's side of its {@link Inbox}: keep events first, then hand them to the core in per-conversation order. */
export interface InboxIntake {
  open(handler: InboundHandler): Promise<void>;
  close(): Promise<void>;
  /**
   * Keeps one event under its idempotency key: 'stopped' while not running; rejects when it could
   * not be kept (the platform must deliver it again), after telling the learner the bot is busy.
   */
  accept(key: string, body: unknown): Promise<'kept' | 'duplicate' | 'stopped'>;
  /** Resolves once every event handed over so far was handled. */
  idle(): Promise<void>;
}

export function createInboxIntake(deps: InboxIntakeDeps): InboxIntake {
  const work = createKeyedQueue((error) => deps.logger.error({ err: (error as Error).message }, 'message failed'));
  const busy = createBusyNotice((to) => deps.sendBusy(to), deps.logger);
  let handler: InboundHandler | undefined;

  const handle = (deliver: InboundHandler) => async (entry: { key: string; body: unknown }) => {
    const inbound = deps.toInbound(entry.body);
    if (!inbound) return;
    // Done (removed from the inbox) only once the reply went out.
    await new Promise<void>((resolve) =>
      work.run(inbound.conversationId, () => deliver({ ...inbound, updateKey: entry.key }).finally(resolve)),
    );
  };

  return {
    async open(onInbound) {
      handler = onInbound;
      await deps.inbox.start(handle(onInbound));
    },
    async close() {
      handler = undefined;
      await deps.inbox.stop();
      await work.drain();
    },
    async accept(key, body) {
      if (!handler) return 'stopped';
      try {
        return (await deps.inbox.add(key, body)) ? 'kept' : 'duplicate';
      } catch (error) {
        const inbound = deps.toInbound(body);
        if (inbound) busy(inbound.conversationId);
        throw error;
      }
    },
    idle: () => work.drain(),
  };
}
