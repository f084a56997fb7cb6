import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTelegramChannel } from '../../src/channels/telegram/telegram-channel.ts';
import { ConfigError, RecipientUnreachableError, TransientChannelError } from '../../src/core/errors.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import { FAKE_TOKEN, startFakeTelegram } from '../fakes/fake-telegram.ts';
import type { FakeMessage } from '../fakes/fake-telegram.ts';
import { LAN, MINH, recordingLogger, startHarness, type Harness } from './harness.ts';

const harnesses: Harness[] = [];
afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((h) => h.stop()));
});
async function harness(...args: Parameters<typeof startHarness>): Promise<Harness> {
  const h = await startHarness(...args);
  harnesses.push(h);
  return h;
}

const buttons = (m: FakeMessage | undefined) =>
  ((m?.reply_markup?.['inline_keyboard'] as Array<Array<{ text: string }>> | undefined) ?? []).flat();
const lastWithButtons = (h: Harness, chatId: number) =>
  [...h.fake.messages(chatId)].reverse().find((m) => buttons(m).length > 0)!;

/** Two people onboarding and opening a lesson at the same time; `before` runs before each step. */
async function script(h: Harness, before: (step: number) => void): Promise<void> {
  const steps: Array<() => Promise<void>> = [
    () => h.deliver(h.fake.text(LAN, '/start'), h.fake.text(MINH, '/start')),
    () =>
      h.deliver(
        h.fake.press(LAN, lastWithButtons(h, LAN.id), 'Bà'),
        h.fake.press(MINH, lastWithButtons(h, MINH.id), 'Chú'),
      ),
    () => h.deliver(h.fake.press(LAN, lastWithButtons(h, LAN.id), 'Bỏ qua'), h.fake.text(MINH, 'Xã Bát Tràng')),
    () => h.deliver(h.fake.press(LAN, lastWithButtons(h, LAN.id), 'VNeID'), h.fake.text(MINH, '/tiendo')),
    () => h.deliver(h.fake.press(LAN, lastWithButtons(h, LAN.id), 'Tiếp tục')),
  ];
  for (const [i, step] of steps.entries()) {
    before(i);
    await step();
  }
}

describe('Telegram: rate limits, blocked users and secrets', () => {
  it('survives a storm of 429s without losing or reordering a reply, waiting as long as Telegram asks', async () => {
    const calm = await harness();
    await script(calm, () => undefined);
    const stormy = await harness();
    await script(stormy, (step) => stormy.fake.rateLimit(3, step + 1));

    expect(stormy.fake.calls.filter((c) => c.status === 429)).toHaveLength(15);
    expect(stormy.fake.texts(LAN.id)).toEqual(calm.fake.texts(LAN.id));
    expect(stormy.fake.texts(MINH.id)).toEqual(calm.fake.texts(MINH.id));
    expect(stormy.fake.texts(LAN.id).at(-1)).toContain('📘 VNeID');
    expect(stormy.waits.filter((ms) => ms >= 1000).sort((a, b) => a - b)).toEqual([
      1000, 1000, 1000, 2000, 2000, 2000, 3000, 3000, 3000, 4000, 4000, 4000, 5000, 5000, 5000,
    ]);
  });

  it('gives up on a reply when Telegram asks to wait too long, and the next reply goes through', async () => {
    const h = await harness();
    h.fake.rateLimit(1, 600);
    await h.deliver(h.fake.text(LAN, 'menu'));
    expect(h.fake.texts(LAN.id)).toEqual([]);
    await expect(h.channel.send(`telegram:${LAN.id}`, [{ type: 'text', text: 'x' }])).resolves.toBeUndefined();
    h.fake.rateLimit(1, 600);
    await expect(h.channel.send(`telegram:${LAN.id}`, [{ type: 'text', text: 'y' }])).rejects.toEqual(
      expect.objectContaining({ retryAfterMs: 600_000 }),
    );
    await expect(h.channel.send(`telegram:${LAN.id}`, [{ type: 'text', text: 'z' }])).resolves.toBeUndefined();
    expect(h.waits).not.toContain(600_000);
  });

  it('marks a learner who blocked the bot unreachable, until they write again', async () => {
    const h = await harness();
    await h.deliver(h.fake.text(LAN, 'menu'));
    h.fake.block(LAN.id);
    await expect(h.channel.send(`telegram:${LAN.id}`, [{ type: 'text', text: 'Nhắc học' }])).rejects.toBeInstanceOf(
      RecipientUnreachableError,
    );
    await h.deliver(h.fake.text(LAN, 'tiến độ'));
    expect((await h.app.learners.get(`telegram:${LAN.id}`))?.unreachable).toMatchObject({ reason: 'blocked' });

    h.fake.unblock(LAN.id);
    await h.deliver(h.fake.text(LAN, 'tiến độ'));
    expect((await h.app.learners.get(`telegram:${LAN.id}`))?.unreachable).toBeUndefined();
    // Still onboarding (it began with "menu"): the progress, then the first question again.
    expect(h.fake.texts(LAN.id).slice(-2).join('\n')).toContain('📊 Kết quả học');
  });

  it('stops polling and reports unhealthy when the token is revoked while running', async () => {
    const { logger, lines } = recordingLogger();
    const h = await harness({ logger });
    expect(await h.channel.healthy!()).toBe(true);
    await h.fake.until(() => h.fake.callsOf('getUpdates').length > 0, 'the first poll');
    h.fake.failNext('getUpdates', 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    await h.deliver(h.fake.text(LAN, 'menu')); // answers the pending poll; the next one is refused
    await vi.waitFor(() => expect(lines.some((l) => l.includes('polling stopped'))).toBe(true), {
      timeout: 10_000,
      interval: 5,
    });
    expect(await h.channel.healthy!()).toBe(false);
  });

  it('never lets the bot token reach an error or a log line', async () => {
    const secretPart = FAKE_TOKEN.split(':')[1]!;
    const { logger, lines } = recordingLogger();
    const h = await harness({ logger });
    // A proxy answering an HTML page (node-fetch's JSON error would quote the whole URL).
    h.fake.failNext('sendMessage', 404, '<html>Not Found</html>');
    const proxyError = await h.channel.send(`telegram:${LAN.id}`, [{ type: 'text', text: 'a' }]).catch((e: Error) => e);
    expect(proxyError).toBeInstanceOf(TransientChannelError);
    // Polling hits a conflict and a gateway error, logs them and carries on.
    h.fake.failNext('getUpdates', 409, {
      ok: false,
      error_code: 409,
      description: 'Conflict: terminated by other getUpdates request',
    });
    h.fake.failNext('getUpdates', 502, '<html>Bad Gateway</html>');
    await h.deliver(h.fake.text(LAN, 'menu'));
    expect(lines.some((l) => l.includes('another process is polling'))).toBe(true);

    const unreachable = createTelegramChannel({
      token: FAKE_TOKEN,
      apiRoot: 'http://127.0.0.1:9/',
      store: createMemoryStore(),
      logger,
      sleep: async () => undefined,
    });
    const networkError = await unreachable
      .send(`telegram:${LAN.id}`, [{ type: 'text', text: 'b' }])
      .catch((e: Error) => e);
    expect(networkError).toBeInstanceOf(TransientChannelError);
    const startError = await unreachable.start(async () => undefined).catch((e: Error) => e);
    expect(startError).toBeInstanceOf(TransientChannelError);

    const fake = await startFakeTelegram('111111:AAother-token-that-is-not-the-one-in-use');
    const rejected = createTelegramChannel({
      token: FAKE_TOKEN,
      apiRoot: fake.url,
      store: createMemoryStore(),
      logger,
      sleep: async () => undefined,
    });
    const tokenError = await rejected.start(async () => undefined).catch((e: Error) => e);
    expect(tokenError).toBeInstanceOf(ConfigError);
    await fake.close();

    const everything =
      [proxyError, networkError, startError, tokenError]
        .map((e) => `${(e as Error).message} ${(e as Error).stack}`)
        .join('\n') + lines.join('\n');
    expect(everything).toContain('127.0.0.1:9'); // the errors say where, without the token
    expect(everything).not.toContain(secretPart);
    expect(everything).not.toContain(FAKE_TOKEN);
  });

  it('gives up on a Bot API that accepts the connection but never answers, without the token in the error', async () => {
    const silent = createServer(() => undefined); // reads the request, never answers
    silent.listen(0, '127.0.0.1');
    await once(silent, 'listening');
    const channel = createTelegramChannel({
      token: FAKE_TOKEN,
      apiRoot: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`,
      store: createMemoryStore(),
      logger: silentLogger,
      sleep: async () => undefined,
      requestTimeoutMs: 300,
    });
    const error = await channel.send(`telegram:${LAN.id}`, [{ type: 'text', text: 'Chào bác' }]).catch((e: Error) => e);
    expect(error).toBeInstanceOf(TransientChannelError); // the queue sends it again later
    expect((error as Error).message).toContain('no answer within');
    expect((error as Error).message).not.toContain(FAKE_TOKEN.split(':')[1]!);
    silent.closeAllConnections();
    silent.close();
  });
});
