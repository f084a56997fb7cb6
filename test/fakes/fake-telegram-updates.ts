/**
 * Real-shaped Telegram updates (as the Bot API sends them), built for the fake's users.
 * They carry no update_id; the fake stamps one when the update is queued or posted.
 */
export interface FakeUser {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

export interface FakeChat {
  id: number;
  type: 'private' | 'group' | 'supergroup';
  title?: string;
}

export type Update = Record<string, unknown>;

const now = () => Math.floor(Date.now() / 1000);

export function userObject(user: FakeUser): Record<string, unknown> {
  return { is_bot: false, language_code: 'vi', ...user };
}

export function chatObject(user: FakeUser, chat?: FakeChat): Record<string, unknown> {
  if (chat) return { ...chat, ...(chat.type !== 'private' ? { title: chat.title ?? 'Tổ công nghệ số' } : {}) };
  return {
    id: user.id,
    first_name: user.first_name,
    ...(user.last_name ? { last_name: user.last_name } : {}),
    type: 'private',
  };
}

/** Entities Telegram adds: bot_command at the start, @mentions anywhere. */
function entities(text: string): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = [];
  const command = text.match(/^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/);
  if (command) found.push({ offset: 0, length: command[0].length, type: 'bot_command' });
  for (const m of text.matchAll(/@[A-Za-z0-9_]{5,}/g)) {
    if (m.index !== 0 || !command) found.push({ offset: m.index, length: m[0].length, type: 'mention' });
  }
  return found;
}

export function messageUpdate(
  messageId: number,
  user: FakeUser,
  content: Record<string, unknown>,
  chat?: FakeChat,
): Update {
  return {
    message: { message_id: messageId, from: userObject(user), chat: chatObject(user, chat), date: now(), ...content },
  };
}

export function textContent(text: string): Record<string, unknown> {
  const found = entities(text);
  return { text, ...(found.length > 0 ? { entities: found } : {}) };
}

export function callbackUpdate(
  queryId: string,
  user: FakeUser,
  message: Record<string, unknown>,
  data: string,
): Update {
  return { callback_query: { id: queryId, from: userObject(user), message, chat_instance: `-${user.id}77`, data } };
}
