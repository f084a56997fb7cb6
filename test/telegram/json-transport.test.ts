import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createJsonTransport } from '../../src/channels/telegram/json-transport.ts';

const TOKEN = '4242:transport-secret-token';

interface Seen {
  path: string;
  body: unknown;
}

/** A Bot API stand-in on loopback that records each call and answers ok. */
async function startApi(): Promise<{ url: string; seen: Seen[]; server: Server }> {
  const seen: Seen[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ path: req.url ?? '', body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown });
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ ok: true, result: { message_id: seen.length } }));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, seen, server };
}

describe('Telegram JSON transport', () => {
  const closing: Array<() => void> = [];
  afterEach(() => {
    for (const close of closing.splice(0)) close();
  });

  it('sends the payload as JSON to <root>/bot<token>/<method>, leaving out null fields at any depth like Telegraf', async () => {
    const api = await startApi();
    const transport = createJsonTransport(TOKEN, `${api.url}/custom-root/`);
    closing.push(() => api.server.close(), transport.close);

    const plain = {
      chat_id: 7,
      text: 'Chào bác',
      reply_markup: { inline_keyboard: [[{ text: 'Bài học', callback_data: 'm' }]] },
    };
    expect(await transport.call('sendMessage', plain)).toEqual({ message_id: 1 });
    await transport.call('sendMessage', {
      chat_id: 7,
      text: 'Có null',
      reply_parameters: null,
      reply_markup: { inline_keyboard: [[{ text: 'A', url: null, callback_data: 'a' }]] },
    });

    expect(api.seen.map((s) => s.path)).toEqual([
      `/custom-root/bot${TOKEN}/sendMessage`,
      `/custom-root/bot${TOKEN}/sendMessage`,
    ]);
    expect(api.seen[0]!.body).toEqual(plain);
    expect(api.seen[1]!.body).toEqual({
      chat_id: 7,
      text: 'Có null',
      reply_markup: { inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] },
    });
  });

  it('fails with a network error that never shows the token when the API cannot be reached', async () => {
    const api = await startApi();
    const url = api.url;
    api.server.close();
    const transport = createJsonTransport(TOKEN, url);
    closing.push(transport.close);
    const error = (await transport.call('sendMessage', { chat_id: 7, text: 'x' }).catch((e: unknown) => e)) as Error & {
      code?: string;
    };
    expect(error.code).toBe('ECONNREFUSED');
    expect(error.message).not.toContain(TOKEN);
  });
});
