import { conversationId } from '../../core/message.ts';
import { normalizeMessage, type NormalizeDeps, type Normalized } from './normalize-message.ts';
import type { TelegramRef } from './telegram-ref.ts';
import { callbackQuerySchema, messageSchema, type TgCallbackQuery, type UpdateEnvelope } from './update-schema.ts';

function normalizeCallback(query: TgCallbackQuery, deps: NormalizeDeps): Normalized {
  const message = query.message;
  if (query.data === undefined || message === undefined)
    return { action: 'ignore', reason: 'callback without data or message', callbackId: query.id };
  const buttons = message.reply_markup?.inline_keyboard.flat() ?? [];
  const chosen = buttons.find((b) => b.callback_data === query.data);
  const group = message.chat.type === 'group' || message.chat.type === 'supergroup';
  const ref: TelegramRef = {
    channel: 'telegram',
    chatId: message.chat.id,
    group,
    callback: {
      id: query.id,
      // date 0 marks an "inaccessible" message (too old): nothing there to edit.
      ...(message.date !== 0
        ? { message: { id: message.message_id, text: message.text ?? '', hasKeyboard: buttons.length > 0 } }
        : {}),
      ...(chosen ? { chosenLabel: chosen.text } : {}),
    },
  };
  const name = [query.from.first_name, query.from.last_name].filter(Boolean).join(' ').trim();
  return {
    action: 'handle',
    ref,
    inbound: {
      conversationId: conversationId('telegram', message.chat.id),
      kind: 'button',
      payload: query.data,
      receivedAt: deps.now(),
      ref,
      ...(name ? { displayName: name } : {}),
    },
  };
}

/**
 * Turns one update into the core's Inbound, or says why it is dropped: membership changes,
 * channel posts, group chatter not meant for the bot, and anything malformed.
 */
export function normalizeUpdate(update: UpdateEnvelope, deps: NormalizeDeps): Normalized {
  if (update['message'] !== undefined || update['edited_message'] !== undefined) {
    const edited = update['message'] === undefined;
    const parsed = messageSchema.safeParse(edited ? update['edited_message'] : update['message']);
    return parsed.success
      ? normalizeMessage(parsed.data, deps, edited)
      : { action: 'ignore', reason: 'malformed message' };
  }
  if (update['callback_query'] !== undefined) {
    const parsed = callbackQuerySchema.safeParse(update['callback_query']);
    if (parsed.success) return normalizeCallback(parsed.data, deps);
    const raw = update['callback_query'];
    const id =
      typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' ? raw.id : undefined;
    return { action: 'ignore', reason: 'malformed callback', ...(id ? { callbackId: id } : {}) };
  }
  if (update['my_chat_member'] !== undefined) return { action: 'ignore', reason: 'membership change' };
  return { action: 'ignore', reason: 'unsupported update' };
}
