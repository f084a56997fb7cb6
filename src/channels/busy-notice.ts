import type { Logger } from '../core/logger.ts';
import type { ConversationId } from '../core/message.ts';

/** How often one conversation is told "busy" while its messages cannot be kept. */
const WINDOW_MS = 60_000;

/**
 * While an update cannot be kept (Redis unreachable), the platform is asked to deliver it again
 * (503, or the polling offset stays), and the learner is told at once that the bot is busy, at
 * most once a minute per conversation: the real answer follows once the update is kept.
 */
export function createBusyNotice(
  send: (to: ConversationId) => Promise<void>,
  logger: Logger,
  now: () => number = Date.now,
): (to: ConversationId) => void {
  const told = new Map<ConversationId, number>();
  return (to) => {
    const t = now();
    if ((told.get(to) ?? -Infinity) > t - WINDOW_MS) return;
    told.set(to, t);
    if (told.size > 10_000) for (const [id, at] of told) if (at <= t - WINDOW_MS) told.delete(id);
    send(to).catch((error: Error) => logger.debug({ err: error.message }, 'busy notice not sent'));
  };
}
