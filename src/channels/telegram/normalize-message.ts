import { conversationId, type Inbound, type InboundKind } from '../../core/message.ts';
import type { TelegramRef } from './telegram-ref.ts';
import type { TgMessage, TgUser } from './update-schema.ts';

/** Who the bot is (from getMe): needed to tell commands and mentions meant for it in groups. */
export interface BotIdentity {
  id: number;
  username: string;
}

export interface NormalizeDeps {
  bot: BotIdentity;
  /** Downloads a file by file_id (voice notes); called only if the core wants the audio. */
  fetchFile: (fileId: string) => Promise<Uint8Array>;
  now: () => Date;
}

/** What to do with one update: hand a message to the core, or drop it (and still answer a button). */
export type Normalized =
  | { action: 'handle'; inbound: Inbound; ref: TelegramRef }
  | { action: 'ignore'; reason: string; callbackId?: string };

const COMMAND = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{3,64}))?(?=\s|$)([\s\S]*)$/;
const START = /^\/start(?:\s+([\s\S]*))?$/i;
/** Telegram allows 1–64 characters of A-Z, a-z, 0-9, _ and - in a deep-link payload; anything else is dropped. */
const START_PAYLOAD = /^[A-Za-z0-9_-]{1,64}$/;

function displayName(from: TgUser | undefined): string | undefined {
  const name = [from?.first_name, from?.last_name].filter(Boolean).join(' ').trim();
  return name === '' ? undefined : name;
}

function repliesToBot(msg: TgMessage, bot: BotIdentity): boolean {
  return msg.reply_to_message?.from?.id === bot.id;
}

/** The bot's message that this one replies to (quotes), for the core: `{ quoted }` or nothing. */
function quotedBot(msg: TgMessage, bot: BotIdentity): { quoted?: string } {
  const text = repliesToBot(msg, bot) ? (msg.reply_to_message?.text ?? msg.reply_to_message?.caption) : undefined;
  return text ? { quoted: text.slice(0, 4096) } : {};
}

/**
 * The text meant for the bot, or undefined when the message is not addressed to it. In groups
 * that means a command (for this bot), a mention, or a reply to the bot; "@botname" is removed
 * so "/tiendo@bot" reaches the core as "/tiendo".
 */
function addressedText(msg: TgMessage, text: string, bot: BotIdentity, group: boolean): string | undefined {
  const command = text.match(COMMAND);
  if (command) {
    const target = command[2];
    if (target !== undefined && target.toLowerCase() !== bot.username.toLowerCase()) return undefined;
    return `/${command[1]}${command[3] ?? ''}`;
  }
  if (!group) return text;
  const mention = new RegExp(`@${bot.username}\\b`, 'gi');
  const textMention = msg.entities?.some((e) => e.type === 'text_mention' && e.user?.id === bot.id) ?? false;
  if (mention.test(text) || textMention) return text.replace(mention, ' ').replace(/\s+/g, ' ').trim();
  return repliesToBot(msg, bot) ? text : undefined;
}

function mediaKind(msg: TgMessage): InboundKind {
  if (msg.photo !== undefined) return 'image';
  if (msg.sticker !== undefined || msg.animation !== undefined || msg.dice !== undefined) return 'sticker';
  if (msg.document !== undefined || msg.video !== undefined || msg.video_note !== undefined || msg.audio !== undefined)
    return 'file';
  if (msg.location !== undefined || msg.venue !== undefined) return 'location';
  return 'unknown';
}

/** A message (or an edited one) from a private chat or a group, as the core's Inbound. */
export function normalizeMessage(msg: TgMessage, deps: NormalizeDeps, edited = false): Normalized {
  const group = msg.chat.type === 'group' || msg.chat.type === 'supergroup';
  if (msg.chat.type !== 'private' && !group) return { action: 'ignore', reason: 'channel post' };
  if (msg.from?.is_bot) return { action: 'ignore', reason: 'from a bot' };
  const ref: TelegramRef = { channel: 'telegram', chatId: msg.chat.id, messageId: msg.message_id, group };
  const name = displayName(msg.from);
  const base = {
    conversationId: conversationId('telegram', msg.chat.id),
    receivedAt: deps.now(),
    ref,
    ...(name ? { displayName: name } : {}),
  };
  const handle = (inbound: Omit<Inbound, keyof typeof base>): Normalized => ({
    action: 'handle',
    inbound: { ...base, ...inbound },
    ref,
  });

  if (edited) return group ? { action: 'ignore', reason: 'edited in a group' } : handle({ kind: 'unknown' });
  if (msg.text !== undefined) {
    const text = addressedText(msg, msg.text, deps.bot, group);
    if (text === undefined) return { action: 'ignore', reason: 'group chatter' };
    const start = text.match(START);
    if (start) {
      const payload = start[1]?.trim() ?? '';
      return handle({
        kind: 'text',
        text: '/start',
        ...(START_PAYLOAD.test(payload) ? { startPayload: payload } : {}),
      });
    }
    return handle({ kind: 'text', text, ...quotedBot(msg, deps.bot) });
  }
  if (group && !repliesToBot(msg, deps.bot)) return { action: 'ignore', reason: 'group media' };
  const voice = msg.voice;
  if (voice) {
    return handle({
      kind: 'voice',
      voice: {
        fetch: () => deps.fetchFile(voice.file_id),
        mimeType: voice.mime_type ?? 'audio/ogg',
        ...(voice.duration !== undefined ? { durationSeconds: voice.duration } : {}),
      },
    });
  }
  return handle({ kind: mediaKind(msg) });
}
