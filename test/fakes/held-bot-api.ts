import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readBotApiCall } from './bot-api-request.ts';

/** One message the bot sent, as the Bot API recorded it. */
export interface HeldMessage {
  chatId: number;
  text: string;
}

/**
 * A small Bot API for tests with several bot processes: answers the setup calls, records every
 * sendMessage, and can hold sends (`hold()`): a held request is neither answered nor recorded,
 * so a process killed meanwhile has not delivered it, exactly as with a request that never
 * reached Telegram. `release()` lets held and new requests through.
 */
export async function startHeldBotApi() {
  const sent: HeldMessage[] = [];
  const held: Array<() => void> = [];
  const sockets = new Set<Socket>();
  let holding = false;
  let messageId = 0;
  const waiters: Array<() => void> = [];
  // getUpdates: updates not yet confirmed (an offset above their id drops them, as Telegram does).
  let updates: Array<{ update_id: number }> = [];
  let confirmed = 0;

  function answer(res: ServerResponse, method: string, params: Record<string, unknown>): void {
    let result: unknown = true;
    if (method === 'getMe') result = { id: 4242, is_bot: true, first_name: 'Học vụ số', username: 'hocvuso_test_bot' };
    if (method === 'sendMessage') {
      const chatId = Number(params['chat_id']);
      sent.push({ chatId, text: String(params['text']) });
      result = {
        message_id: ++messageId,
        date: Math.floor(Date.now() / 1000),
        chat: { id: chatId, type: 'private' },
        text: params['text'],
      };
      for (const wake of waiters.splice(0)) wake();
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result }));
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    readBotApiCall(req, ({ method, params }) => {
      if (method === 'getUpdates') return void getUpdates(res, params);
      const go = () => {
        // The sender may have died while held: then nothing was delivered.
        if (!req.socket.destroyed) answer(res, method, params);
      };
      if (holding && method === 'sendMessage') held.push(go);
      else go();
    });
  }

  async function getUpdates(res: ServerResponse, params: Record<string, unknown>): Promise<void> {
    const offset = Number(params['offset'] ?? 0);
    confirmed = Math.max(confirmed, offset);
    updates = updates.filter((u) => u.update_id >= offset);
    // A short long-poll: wait up to 200 ms for something to arrive.
    for (let i = 0; i < 4 && updates.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    const limit = Number(params['limit'] ?? 100);
    if (!res.destroyed)
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ ok: true, result: updates.slice(0, limit) }));
  }

  const server = createServer(handle);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sent,
    /** Messages each chat received. */
    countsByChat(): Map<number, number> {
      const counts = new Map<number, number>();
      for (const m of sent) counts.set(m.chatId, (counts.get(m.chatId) ?? 0) + 1);
      return counts;
    },
    hold(): void {
      holding = true;
    },
    release(): void {
      holding = false;
      for (const go of held.splice(0)) go();
    },
    heldCount: () => held.length,
    /** Queues updates for getUpdates (polling mode). */
    queueUpdates(more: Array<{ update_id: number }>): void {
      updates.push(...more);
    },
    /** The highest offset the bot confirmed with getUpdates: updates below it are gone for Telegram. */
    confirmedOffset: () => confirmed,
    /** Resolves once `n` messages were sent in all (or rejects after `timeoutMs`). */
    async untilSent(n: number, timeoutMs = 15_000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (sent.length < n) {
        if (Date.now() > deadline) throw new Error(`only ${sent.length} of ${n} messages were sent`);
        await Promise.race([
          new Promise<void>((resolve) => waiters.push(resolve)),
          new Promise((resolve) => setTimeout(resolve, 100)),
        ]);
      }
    },
    async close(): Promise<void> {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type HeldBotApi = Awaited<ReturnType<typeof startHeldBotApi>>;
