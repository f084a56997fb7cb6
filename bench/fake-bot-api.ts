import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBotApiCall } from '../test/fakes/bot-api-request.ts';

/** Sliding-second limits of the lean Bot API, as Telegram applies them. */
export interface LeanLimits {
  /** sendMessage calls allowed in any second (Telegram: about 30). */
  perSecond?: number;
  /** With `allow_paid_broadcast`, this many instead (Telegram: 1,000). */
  paidPerSecond?: number;
}

/**
 * A lean Bot API for load runs: answers every method at once and notes when each chat got a
 * message; `GET /stats` gives the counts as JSON. With limits, a sendMessage beyond them in any
 * sliding second gets a 429, as Telegram does. (The test fake in test/fakes validates and
 * records everything; too slow to measure with.)
 */
export async function startLeanBotApi(options: LeanLimits = {}) {
  const waiters = new Map<number, Array<() => void>>();
  let messageId = 0;
  let sends = 0;
  let tooMany = 0;
  const recent: number[] = [];
  const texts = new Map<string, number>();
  const sendTimes: number[] = [];
  /** Whether one more message now would break the limit that applies to it; counts it if not. */
  function tooFast(paid: boolean): boolean {
    const limit = paid ? options.paidPerSecond : options.perSecond;
    if (limit === undefined) return false;
    const now = performance.now();
    while (recent.length > 0 && recent[0]! <= now - 1000) recent.shift();
    if (recent.length >= limit) return true;
    recent.push(now);
    return false;
  }
  const duplicates = () => [...texts.values()].filter((n) => n > 1).length;
  const server = createServer((req, res) => {
    if (req.url === '/stats') {
      // For a parent process: counts, and the send rate over this process's own clock.
      const window = sendTimes.length > 1 ? (sendTimes[sendTimes.length - 1]! - sendTimes[0]!) / 1000 : 0;
      const n = options.paidPerSecond ?? options.perSecond ?? 30;
      let tightest = Infinity;
      for (let i = n; i < sendTimes.length; i++) tightest = Math.min(tightest, sendTimes[i]! - sendTimes[i - n]!);
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          sends,
          tooMany,
          duplicates: duplicates(),
          perSecond: window > 0 ? (sendTimes.length - 1) / window : 0,
          tightestMs: tightest,
        }),
      );
      return;
    }
    readBotApiCall(req, ({ method, params }) => {
      let result: unknown = true;
      if (method === 'getMe') result = { id: 1, is_bot: true, first_name: 'Bench', username: 'bench_bot' };
      if (method === 'sendMessage' && tooFast(params['allow_paid_broadcast'] === true)) {
        tooMany += 1;
        res.writeHead(429, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            ok: false,
            error_code: 429,
            description: 'Too Many Requests: retry after 1',
            parameters: { retry_after: 1 },
          }),
        );
        return;
      }
      if (method === 'sendMessage') {
        sends += 1;
        sendTimes.push(performance.now());
        const text = String(params['text']);
        texts.set(text, (texts.get(text) ?? 0) + 1);
        const chatId = Number(params['chat_id']);
        result = { message_id: ++messageId, date: 0, chat: { id: chatId, type: 'private' }, text: params['text'] };
        const list = waiters.get(chatId);
        const next = list?.shift();
        if (list && list.length === 0) waiters.delete(chatId);
        next?.();
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result }));
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    sends: () => sends,
    tooMany: () => tooMany,
    sendTimes: () => sendTimes,
    /** Texts that arrived more than once. */
    duplicates,
    /** Resolves when the chat receives its next sendMessage. */
    nextMessage(chatId: number): Promise<void> {
      return new Promise((resolve) => {
        const list = waiters.get(chatId) ?? [];
        list.push(resolve);
        waiters.set(chatId, list);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
