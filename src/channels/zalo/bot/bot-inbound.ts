import { conversationId, type Inbound, type InboundKind } from '../../../core/message.ts';
import type { BotUpdate } from './bot-schemas.ts';

const KINDS: Record<string, InboundKind> = {
  'message.text.received': 'text',
  'message.image.received': 'image',
  'message.sticker.received': 'sticker',
  'message.unsupported.received': 'unknown',
};

/** Where a Bot API message came from; handed back to the channel as `Inbound.ref`. */
export interface BotRef {
  chatId: string;
  messageId?: string;
}

/**
 * Normalises a Bot API update. Returns undefined for what the tutor must not answer:
 * events that are not messages, group chats, other bots.
 */
export function botInbound(update: BotUpdate, receivedAt: Date): Inbound | undefined {
  const message = update.message;
  if (!message || !/^message\..+\.received$/.test(update.event_name)) return undefined;
  if (message.chat.chat_type !== undefined && message.chat.chat_type.toUpperCase() !== 'PRIVATE') return undefined;
  if (message.from?.is_bot === true) return undefined;
  const kind = KINDS[update.event_name] ?? 'unknown';
  const ref: BotRef = {
    chatId: message.chat.id,
    ...(message.message_id !== undefined ? { messageId: message.message_id } : {}),
  };
  const inbound: Inbound = {
    conversationId: conversationId('zalo', message.chat.id),
    kind,
    receivedAt,
    ref,
    ...(message.from?.display_name ? { displayName: message.from.display_name } : {}),
  };
  if (kind !== 'text') return inbound;
  const text = message.text ?? '';
  const start = text.trim().match(/^\/start(?:\s+(\S{1,64}))?$/i);
  if (start) return { ...inbound, text: '/start', ...(start[1] ? { startPayload: start[1] } : {}) };
  return { ...inbound, text };
}
