import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oaWebhookRoute } from '../../src/channels/zalo/oa/oa-webhook.ts';
import { createWebhookRoute, SECRET_HEADER } from '../../src/channels/telegram/webhook-route.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { createHttpServer, type HttpRoute } from '../../src/server/http-server.ts';
import { postHead, rawClient } from './raw-http.ts';

const SECRET = 'telegram-test-secret';
/** A dashboard-like route: whoever posts, the body is read before anyone knows who it is. */
const echo: HttpRoute = {
  method: 'POST',
  path: '/echo',
  async handle(_req, res, body) {
    res.writeHead(200, { 'content-type': 'text/plain' }).end(`got ${body.length}`);
  },
};

describe('HTTP server: authentication before buffering, body budgets, 413 that arrives', () => {
  let server: Server;
  let port: number;
  const accepted: unknown[] = [];
  beforeAll(async () => {
    server = createHttpServer({
      logger: silentLogger,
      webhooks: [
        createWebhookRoute({ path: '/webhook/telegram', secret: SECRET, accept: async (u) => accepted.push(u) > 0 }),
        oaWebhookRoute({
          path: '/webhook/zalo-oa',
          appId: 'app',
          oaSecretKey: 'oa-key',
          clock: () => new Date(),
          accept: async () => true,
        }),
      ],
      routes: [echo],
      limits: { unverifiedPerClient: 4, inFlightBytes: 1_500_000, bodyTimeoutMs: 400, drainMs: 1000 },
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('answers 413 to a declared oversized body before reading it, and the client reads the answer', async () => {
    const client = await rawClient(port);
    await client.write(postHead('/echo', { 'content-length': 2 * 1024 * 1024 }));
    // The client goes on sending regardless; the answer must still reach it.
    for (let i = 0; i < 12 && !client.received(); i++) await client.write(Buffer.alloc(100_000, 0x61));
    const { text } = await client.closed;
    expect(text).toMatch(/^HTTP\/1\.1 413/);
    expect(text).toContain('payload too large');
  });

  it('answers 413 to a chunked body that grows past the limit, without resetting the connection', async () => {
    const client = await rawClient(port);
    await client.write(postHead('/echo', { 'transfer-encoding': 'chunked' }));
    for (let i = 0; i < 12; i++) await client.write(`186a0\r\n${'b'.repeat(100_000)}\r\n`);
    await client.write('0\r\n\r\n');
    const { text, reset } = await client.closed;
    expect(text).toMatch(/^HTTP\/1\.1 413/);
    expect(reset).toBe(false);
  });

  it('refuses a webhook with a wrong or missing secret from its headers, without waiting for the body', async () => {
    const wrong = await rawClient(port);
    await wrong.write(postHead('/webhook/telegram', { [SECRET_HEADER]: 'guess', 'content-length': 1_000_000 }));
    expect(await wrong.waitFor('\r\n\r\n')).toMatch(/^HTTP\/1\.1 401/);
    wrong.socket.destroy();

    const unsigned = await rawClient(port);
    await unsigned.write(postHead('/webhook/zalo-oa', { 'content-length': 1_000_000 }));
    expect(await unsigned.waitFor('\r\n\r\n')).toMatch(/^HTTP\/1\.1 401/);
    unsigned.socket.destroy();

    // A client that asks first is told no before it sends a byte of the body; the right secret is told to go on.
    const asking = await rawClient(port);
    await asking.write(postHead('/webhook/telegram', { 'content-length': 500, expect: '100-continue' }));
    const refused = await asking.waitFor('\r\n\r\n');
    expect(refused).toMatch(/^HTTP\/1\.1 401/);
    expect(refused).not.toContain('100 Continue');
    asking.socket.destroy();

    const update = JSON.stringify({
      update_id: 1,
      message: {
        message_id: 1,
        date: 1,
        chat: { id: 1, type: 'private' },
        from: { id: 1, is_bot: false, first_name: 'A' },
        text: 'hi',
      },
    });
    const genuine = await rawClient(port);
    await genuine.write(
      postHead('/webhook/telegram', {
        [SECRET_HEADER]: SECRET,
        'content-length': Buffer.byteLength(update),
        expect: '100-continue',
        'content-type': 'application/json',
      }),
    );
    expect(await genuine.waitFor('\r\n\r\n')).toMatch(/^HTTP\/1\.1 100 Continue/);
    await genuine.write(update);
    expect(await genuine.waitFor(' 200 ')).toContain('HTTP/1.1 200');
    genuine.socket.destroy();
    expect(accepted).toHaveLength(1);
  });

  it('lets one address send a few unauthenticated bodies at once, and frees them when clients stall or leave', async () => {
    const half = async () => {
      const c = await rawClient(port);
      await c.write(postHead('/echo', { 'content-length': 1000, expect: '100-continue' }));
      const head = await c.waitFor('\r\n\r\n');
      if (head.includes('100 Continue')) await c.write('x'.repeat(10));
      return { c, head };
    };
    const holders = [await half(), await half(), await half(), await half()];
    for (const h of holders) expect(h.head).toContain('100 Continue');
    const fifth = await half();
    expect(fifth.head).toMatch(/^HTTP\/1\.1 503/);
    // Stalled bodies are cut off (408) and forgotten; the address can send again.
    for (const h of holders.slice(0, 2)) expect((await h.c.closed).text).toContain('408');
    // Abandoned ones are forgotten as soon as the client goes away.
    for (const h of holders.slice(2)) h.c.socket.destroy();
    for (const h of holders.slice(2)) await h.c.closed;
    let status = '';
    for (let i = 0; i < 50 && !status.includes(' 200 '); i++) {
      const c = await rawClient(port);
      await c.write(postHead('/echo', { 'content-length': 5 }) + 'hello');
      status = (await c.waitFor('\r\n\r\n').catch(() => '')).split('\r\n')[0] ?? '';
      c.socket.destroy();
    }
    expect(status).toBe('HTTP/1.1 200 OK');
  });

  it('keeps all bodies in flight within one byte budget, even authenticated ones', async () => {
    const big = async () => {
      const c = await rawClient(port);
      await c.write(postHead('/webhook/telegram', { [SECRET_HEADER]: SECRET, 'content-length': 1_000_000 }));
      await c.write('x'.repeat(800_000));
      return c;
    };
    const first = await big();
    const second = await big();
    expect((await second.closed).text).toMatch(/^HTTP\/1\.1 503/);
    first.socket.destroy();
  });
});
