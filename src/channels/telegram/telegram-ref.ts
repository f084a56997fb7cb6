import type { Inbound } from '../../core/message.ts';

/** A pressed inline button and the bot message it sits on. */
export interface CallbackContext {
  /** callback_query id; answered exactly once (answerCallbackQuery). */
  id: string;
  /** The bot message holding the button; absent when Telegram no longer shows it to the bot. */
  message?: { id: number; text: string; hasKeyboard: boolean };
  /** Label of the pressed button, found by its callback data. */
  chosenLabel?: string;
  answered: boolean;
}

/**
 * Channel-private context carried in `Inbound.ref` and handed back on send, so a reply can
 * answer the callback query and edit the quiz message in place. The core never reads it.
 */
export interface TelegramRef {
  readonly channel: 'telegram';
  chatId: number;
  /** The user's own message (replies in groups are threaded to it). */
  messageId?: number;
  group: boolean;
  callback?: CallbackContext;
}

export function telegramRefOf(inbound: Inbound | undefined): TelegramRef | undefined {
  const ref = inbound?.ref;
  if (typeof ref !== 'object' || ref === null || !('channel' in ref) || ref.channel !== 'telegram') return undefined;
  return ref as TelegramRef;
}
