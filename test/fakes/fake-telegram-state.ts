import type { ServerResponse } from 'node:http';
import type { Params, Upload } from './fake-telegram-body.ts';
import type { Update } from './fake-telegram-updates.ts';

/** One recorded Bot API call. */
export interface FakeCall {
  method: string;
  params: Params;
  status: number;
}

/** A message the bot sent, as it stands now (after edits). */
export interface FakeMessage {
  message_id: number;
  chat: Record<string, unknown> & { id: number };
  date: number;
  /** What the user sees (HTML parsed). */
  text: string;
  reply_markup?: Record<string, unknown>;
  kind: 'text' | 'photo' | 'document' | 'poll';
  document?: Upload;
  edits: number;
}

export const FAKE_TOKEN = '7012345678:AAHfakeTokenForTests-abcdefghijklmnop';
export const FAKE_BOT = {
  id: 7012345678,
  is_bot: true,
  first_name: 'Học vụ số',
  username: 'hocvuso_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
};

/** Everything the fake Telegram remembers. */
export interface FakeState {
  token: string;
  calls: FakeCall[];
  queue: Array<Update & { update_id: number }>;
  messages: Map<number, FakeMessage[]>;
  queries: Map<string, { answered: boolean; text?: string }>;
  files: Map<string, { path: string; content: Buffer }>;
  blocked: Set<number>;
  /** Called after every change; long polls and `until` wait on them. */
  listeners: Set<() => void>;
  limits: Array<{ retryAfter: number; methods?: Set<string> }>;
  scripted: Array<{ method: string; status: number; body: string }>;
  webhook?: { url: string; secret_token?: string; allowed_updates?: unknown };
  commands?: unknown;
  seq: { update: number; message: number; query: number };
  polling?: ServerResponse;
}

export function createState(token: string): FakeState {
  return {
    token,
    calls: [],
    queue: [],
    messages: new Map(),
    queries: new Map(),
    files: new Map(),
    blocked: new Set(),
    listeners: new Set(),
    limits: [],
    scripted: [],
    seq: { update: 100_000, message: 500, query: 9_000 },
  };
}

export const changed = (state: FakeState) => [...state.listeners].forEach((fn) => fn());

/** The Message object Telegram returns and puts in callback queries. */
export function apiMessage(m: FakeMessage): Record<string, unknown> {
  return {
    message_id: m.message_id,
    from: { id: FAKE_BOT.id, is_bot: true, first_name: FAKE_BOT.first_name, username: FAKE_BOT.username },
    chat: m.chat,
    date: m.date,
    ...(m.kind === 'text' ? { text: m.text } : { caption: m.text }),
    ...(m.reply_markup && 'inline_keyboard' in m.reply_markup ? { reply_markup: m.reply_markup } : {}),
  };
}

export function storeMessage(
  state: FakeState,
  chatId: number,
  message: Omit<FakeMessage, 'message_id' | 'chat' | 'date' | 'edits'>,
): FakeMessage {
  const stored: FakeMessage = {
    message_id: ++state.seq.message,
    chat: { id: chatId, type: chatId > 0 ? 'private' : 'supergroup' },
    date: Math.floor(Date.now() / 1000),
    edits: 0,
    ...message,
  };
  state.messages.set(chatId, [...(state.messages.get(chatId) ?? []), stored]);
  return stored;
}
