import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A lean Bot API for load runs: answers every method at once and notes when each chat got a
 * message; `GET /stats` gives the counts as JSON. With `perSecond`, a sendMessage beyond that
 * many in any sliding second gets a 429, as Telegram does. (The test fake in test/fakes
 * validates and records everything; too slow to measure with.)
 */
export async function startLeanBotApi(options: { perSecond?: number } = {}) {
  const waiters = new Map<number, Array<() => void>>();
  let messageId = 0;
  let sends = 0;
  let tooMany = 0;
  const recent: number[] = [];
  const texts = new Map<string, number>();
  const sendTimes: number[] = [];
  const duplicates = () => [...texts.values()].filter((n) => n > 1).length;
  const server = createServer((req, res) => {
    if (req.url === '/stats') {
      // For a parent process: counts, and the send rate over this process's own clock.
      const window = sendTimes.length > 1 ? (sendTimes[sendTimes.length - 1]! - sendTimes[0]!) / 1000 : 0;
      const n = options.perSecond ?? 30;
      let tightest = Infinity;
      for (let i = n; i < sendTimes.length; i++) tightest = Math.min(tightest, sendTimes[i]! - sendTimes[i - n]!);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ sends, tooMany, duplicates: duplicates(), perSecond: window > 0 ? (sendTimes.length - 1) / window : 0, tightestMs: tightest }));
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const method = (req.url ?? '').split('/').pop() ?? '';
      let params: Record<string, unknown> = {};
      try {
        params = chunks.length > 0 ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
      } catch {
        params = {};
      }
      let result: unknown = true;
      if (method === 'getMe') result = { id: 1, is_bot: true, first_name: 'Bench', username: 'bench_bot' };
      if (method === 'sendMessage' && options.perSecond !== undefined) {
        const now = performance.now();
        while (recent.length > 0 && recent[0]! <= now - 1000) recent.shift();
        if (recent.length >= options.perSecond) {
          tooMany += 1;
          res.writeHead(429, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } }));
          return;
        }
        recent.push(now);
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
