import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readParams } from './fake-telegram-body.ts';
import { answerOf, fail } from './fake-telegram-methods.ts';
import {
  apiMessage,
  changed,
  createState,
  FAKE_BOT,
  FAKE_TOKEN,
  type FakeCall,
  type FakeMessage,
} from './fake-telegram-state.ts';
import {
  callbackUpdate,
  chatObject,
  messageUpdate,
  textContent,
  type FakeChat,
  type FakeUser,
  type Update,
} from './fake-telegram-updates.ts';
import { ApiFailure, type InlineButton } from './fake-telegram-validate.ts';

export { FAKE_BOT, FAKE_TOKEN, type FakeCall, type FakeMessage };

const SENDING = new Set([
  'sendMessage',
  'editMessageText',
  'editMessageReplyMarkup',
  'sendPhoto',
  'sendDocument',
  'sendPoll',
  'sendChatAction',
  'answerCallbackQuery',
]);

/**
 * A fake Telegram Bot API on loopback: `/bot<token>/<method>` and `/file/bot<token>/<path>`,
 * with Telegram's validation (HTML entities, 4096 characters, 64-byte callback data, known
 * callback queries), long-polled getUpdates, webhooks, scripted 429s and blocked chats.
 * Every call is recorded; tests read what a user would see with `texts(chatId)`.
 */
export async function startFakeTelegram(token = FAKE_TOKEN) {
  const state = createState(token);
  const { calls, queue, messages, queries, files, blocked, limits, scripted, seq, listeners } = state;

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://fake');
    const file = url.pathname.match(/^\/file\/bot([^/]+)\/(.+)$/);
    if (file) {
      const found = file[1] === token ? [...files.values()].find((f) => f.path === file[2]) : undefined;
      calls.push({ method: 'file', params: { path: file[2] }, status: found ? 200 : 404 });
      changed(state);
      if (!found) return void res.writeHead(404).end('Not Found');
      return void res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(found.content);
    }
    const route = url.pathname.match(/^\/bot([^/]+)\/([A-Za-z]+)$/);
    const params = await readParams(req, url);
    const method = route?.[2] ?? 'unknown';
    const call: FakeCall = { method, params, status: 200 };
    calls.push(call);
    changed(state);
    try {
      if (!route || route[1] !== token) throw new ApiFailure(route ? 401 : 404, route ? 'Unauthorized' : 'Not Found');
      const script = scripted.findIndex((x) => x.method === method);
      if (script >= 0) {
        const { status, body } = scripted.splice(script, 1)[0]!;
        call.status = status;
        res.writeHead(status, { 'content-type': body.startsWith('{') ? 'application/json' : 'text/html' }).end(body);
        changed(state);
        return;
      }
      const limit = SENDING.has(method) ? limits.findIndex((l) => !l.methods || l.methods.has(method)) : -1;
      if (limit >= 0) {
        const { retryAfter } = limits.splice(limit, 1)[0]!;
        throw new ApiFailure(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });
      }
      const result = await answerOf(state, method, params, res);
      if (!res.writableEnded)
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result }));
    } catch (error) {
      const failure =
        error instanceof ApiFailure ? error : new ApiFailure(400, `Bad Request: ${(error as Error).message}`);
      call.status = failure.code;
      if (!res.writableEnded) fail(res, failure);
    }
    changed(state);
  }

  const server = createServer((req, res) => void handle(req, res));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  const stamp = (update: Update) => ({ ...update, update_id: ++seq.update });
  const push = (update: Update) => {
    const stamped = stamp(update);
    queue.push(stamped);
    changed(state);
    return stamped;
  };

  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    bot: FAKE_BOT,
    calls,
    get webhook() {
      return state.webhook;
    },
    get commands() {
      return state.commands;
    },
    /** Queues an update for getUpdates; returns it with its update_id. */
    push,
    /** Queues an already stamped update again, as Telegram redelivers one it thinks was lost. */
    redeliver(update: Update & { update_id: number }) {
      queue.push(update);
      changed(state);
    },
    /** Gives an update its update_id without queueing it (to post it to a webhook). */
    stamp,
    /** A text message from `user` (in a private chat unless `chat` is given). */
    text(user: FakeUser, text: string, chat?: FakeChat, extra: Record<string, unknown> = {}): Update {
      return messageUpdate(++seq.message, user, { ...textContent(text), ...extra }, chat);
    },
    /** Any other message content (voice, sticker, photo…). */
    message(user: FakeUser, content: Record<string, unknown>, chat?: FakeChat): Update {
      return messageUpdate(++seq.message, user, content, chat);
    },
    /** Presses the button whose label contains `label` on a message the bot sent (it may be old). */
    press(user: FakeUser, message: FakeMessage, label: string): Update {
      const buttons = ((message.reply_markup?.['inline_keyboard'] as InlineButton[][] | undefined) ?? []).flat();
      const button = buttons.find((b) => b.text === label) ?? buttons.find((b) => b.text.includes(label));
      if (!button?.callback_data)
        throw new Error(
          `no button "${label}" on message ${message.message_id}: ${buttons.map((b) => b.text).join(' | ')}`,
        );
      const id = String(++seq.query) + '4521';
      queries.set(id, { answered: false });
      return callbackUpdate(id, user, apiMessage(message), button.callback_data);
    },
    /** A callback query with arbitrary data on a message (stale or forged buttons). */
    callback(user: FakeUser, message: FakeMessage | undefined, data: string): Update {
      const id = String(++seq.query) + '4521';
      queries.set(id, { answered: false });
      return callbackUpdate(
        id,
        user,
        message ? apiMessage(message) : { message_id: 1, chat: chatObject(user), date: 0 },
        data,
      );
    },
    query: (id: string) => queries.get(id),
    registerQuery: (id: string) => void queries.set(id, { answered: false }),
    addFile: (fileId: string, path: string, content: Buffer) => void files.set(fileId, { path, content }),
    block: (chatId: number) => void blocked.add(chatId),
    unblock: (chatId: number) => void blocked.delete(chatId),
    /** The next call of `method` gets this raw response (a proxy's HTML page, a 502, a 409…). */
    failNext: (method: string, status: number, body: string | Record<string, unknown>) =>
      void scripted.push({ method, status, body: typeof body === 'string' ? body : JSON.stringify(body) }),
    /** The next `count` sending calls (optionally only `methods`) answer 429 with retry_after. */
    rateLimit(count: number, retryAfter: number, methods?: string[]) {
      for (let i = 0; i < count; i += 1) limits.push({ retryAfter, ...(methods ? { methods: new Set(methods) } : {}) });
    },
    messages: (chatId: number) => messages.get(chatId) ?? [],
    texts: (chatId: number) => (messages.get(chatId) ?? []).map((m) => m.text),
    last: (chatId: number) => (messages.get(chatId) ?? []).at(-1),
    callsOf: (method: string) => calls.filter((c) => c.method === method),
    /** Resolves once `predicate` holds (re-checked after every API call), failing after 10 s. */
    until(predicate: () => boolean, what: string): Promise<void> {
      if (predicate()) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => (listeners.delete(check), reject(new Error(`fake telegram: timed out waiting for ${what}`))),
          10_000,
        );
        function check() {
          if (!predicate()) return;
          clearTimeout(timer);
          listeners.delete(check);
          resolve();
        }
        listeners.add(check);
      });
    },
    async close() {
      server.closeAllConnections();
      server.close();
    },
  };
}

export type FakeTelegram = Awaited<ReturnType<typeof startFakeTelegram>>;
