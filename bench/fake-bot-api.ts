import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A lean Bot API for load runs: answers every method at once and notes when each chat got a
 * message. (The test fake in test/fakes validates and records everything; too slow to measure with.)
 */
export async function startLeanBotApi() {
  const waiters = new Map<number, Array<() => void>>();
  let messageId = 0;
  let sends = 0;
  const server = createServer((req, res) => {
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
      if (method === 'sendMessage') {
        sends += 1;
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
