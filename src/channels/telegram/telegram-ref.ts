import type { Inbound } from '../../core/message.ts';
import type { CallbackLedger } from './callback-ledger.ts';

/** A pressed inline button and the bot message it sits on. */
export interface CallbackContext {
  /** callback_query id; answered exactly once (answerCallbackQuery, see {@link CallbackLedger}). */
  readonly id: string;
  /** The bot message holding the button; absent when Telegram no longer shows it to the bot. */
  readonly message?: { readonly id: number; readonly text: string; readonly hasKeyboard: boolean };
  /** Label of the pressed button, found by its callback data. */
  readonly chosenLabel?: string;
}

/**
 * Channel-private context carried in `Inbound.ref` and handed back on send, so a reply can
 * answer the callback query and edit the quiz message in place. The core never reads it, and
 * nobody changes it: what was done about the press is kept in the adapter's {@link CallbackLedger}.
 */
export interface TelegramRef {
  readonly channel: 'telegram';
  readonly chatId: number;
  /** The user's own message (replies in groups are threaded to it). */
  readonly messageId?: number;
  readonly group: boolean;
  readonly callback?: CallbackContext;
}

export function telegramRefOf(inbound: Inbound | undefined): TelegramRef | undefined {
  const ref = inbound?.ref;
  if (typeof ref !== 'object' || ref === null || !('channel' in ref) || ref.channel !== 'telegram') return undefined;
  return ref as TelegramRef;
}
