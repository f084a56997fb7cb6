import { afterAll, describe, expect, it } from 'vitest';
import { createTelegramChannel } from '../../src/channels/telegram/telegram-channel.ts';
import { startServe, type Running } from '../../src/cli/serve-command.ts';
import { createConfig } from '../../src/config.ts';
import { createLearnerRepo } from '../../src/core/learners/learner-repo.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import { createRedisStore } from '../../src/store/redis/redis-store.ts';
import { startFakeTelegram, type FakeTelegram } from '../fakes/fake-telegram.ts';
import type { Update } from '../fakes/fake-telegram-updates.ts';
import { cleanupPrefix, redisAvailable, TEST_REDIS_URL, uniquePrefix } from '../support/redis.ts';
import { LAN } from './harness.ts';

const SECRET = 'hocvuso-test_secret-42';
const HOOK = 'https://hocvuso.example.org/telegram/webhook';

function serveConfig(fake: FakeTelegram, extra: Record<string, string> = {}) {
  return createConfig({
    TELEGRAM_BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.url,
    TELEGRAM_WEBHOOK_URL: HOOK,
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    PORT: '0',
    LOG_LEVEL: 'silent',
    WORKERS: 'off',
    ...extra,
  });
}

/** Posts like Telegram does (or like an attacker would). */
function post(running: Running, body: string | Update, secret: string | null = SECRET) {
  return fetch(`http://127.0.0.1:${running.port}/telegram/webhook`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(secret !== null ? { 'x-telegram-bot-api-secret-token': secret } : {}),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const buttonsOf = (fake: FakeTelegram) =>
  [...fake.messages(LAN.id)].reverse().find((m) => m.reply_markup?.['inline_keyboard'])!;

describe('Telegram webhook on the app server', () => {
  it('registers the webhook, rejects forged and malformed requests, and answers real updates', async () => {
    const fake = await startFakeTelegram();
    const running = await startServe(serveConfig(fake));
    try {
      expect(fake.webhook).toEqual({
        url: HOOK,
        secret_token: SECRET,
        allowed_updates: ['message', 'edited_message', 'callback_query', 'my_chat_member'],
      });
      expect(fake.callsOf('getUpdates')).toEqual([]);
      const update = fake.stamp(fake.text(LAN, '/start ward-phuong-yen-hoa'));

      expect((await post(running, update, 'wrong-secret')).status).toBe(401);
      expect((await post(running, update, null)).status).toBe(401);
      expect((await post(running, update, `${SECRET}x`)).status).toBe(401);
      for (const garbage of [
        'null',
        '',
        '{"update_id":',
        '[]',
        '"text"',
        '{"update_id":"1"}',
        '{"message":{"text":"hi"}}',
        `{"update_id":1,"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
      ]) {
        const res = await post(running, garbage);
        expect(res.status, garbage).toBe(400);
      }
      // An update whose message is malformed is acknowledged (Telegram must not retry it) and ignored.
      expect((await post(running, { update_id: 42, message: 'hello' })).status).toBe(200);
      expect(fake.texts(LAN.id)).toEqual([]);

      const res = await post(running, update);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('ok');
      await fake.until(() => fake.texts(LAN.id).length >= 2, 'the welcome');
      await post(running, fake.stamp(fake.press(LAN, buttonsOf(fake), 'Cô')));
      await fake.until(() => fake.texts(LAN.id).some((t) => t.includes('Dạ, cháu chào cô!')), 'the menu');

      const health = await fetch(`http://127.0.0.1:${running.port}/healthz`);
      expect(await health.json()).toMatchObject({ channels: { telegram: true } });
    } finally {
      await running.stop();
      await fake.close();
    }
  });

  it('acknowledges at once, finishes in-flight updates on stop and refuses new ones meanwhile', async () => {
    const fake = await startFakeTelegram();
    const channel = createTelegramChannel({
      token: fake.token,
      apiRoot: fake.url,
      webhook: { url: HOOK, secret: SECRET },
      store: createMemoryStore(),
      logger: silentLogger,
    });
    let release = () => {
      /* replaced by the gate's resolve below */
    };
    const gate = new Promise<void>((resolve) => (release = resolve));
    const handled: string[] = [];
    const route = channel.routes!()[0]!;
    const headers = { 'x-telegram-bot-api-secret-token': SECRET };
    const body = (text: string) => Buffer.from(JSON.stringify(fake.stamp(fake.text(LAN, text))));

    expect((await route.handle(headers, body('too early'))).status).toBe(503);
    await channel.start(async (inbound) => {
      await gate; // an LLM call taking its time
      handled.push(inbound.text ?? '');
    });
    expect(await route.handle(headers, body('câu hỏi dài'))).toEqual({ status: 200, body: 'ok' });
    expect(handled).toEqual([]);
    expect((await route.handle({ 'x-telegram-bot-api-secret-token': [SECRET, SECRET] }, body('x'))).status).toBe(401);

    let stopped = false;
    const stopping = channel.stop().then(() => void (stopped = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);
    expect((await route.handle(headers, body('sau khi dừng'))).status).toBe(503);
    release();
    await stopping;
    expect(handled).toEqual(['câu hỏi dài']);
    await fake.close();
  });
});

const hasRedis = await redisAvailable();

describe.runIf(hasRedis)('Telegram webhook with the Redis store', () => {
  const prefix = uniquePrefix('telegram');
  afterAll(() => cleanupPrefix(prefix));

  it('behaves as one bot across two processes, and handles a redelivered update once', async () => {
    const fake = await startFakeTelegram();
    const config = serveConfig(fake, {
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      QUEUE_PREFIX: `${prefix}q`,
    });
    const a = await startServe(config);
    const b = await startServe(config);
    try {
      const start = fake.stamp(fake.text(LAN, '/start ward-phuong-yen-hoa'));
      await post(a, start);
      await fake.until(() => fake.texts(LAN.id).length >= 2, 'the welcome');
      await post(b, start); // Telegram retrying: the other process must not answer again
      await post(b, fake.stamp(fake.press(LAN, buttonsOf(fake), 'Bác')));
      await fake.until(() => fake.texts(LAN.id).some((t) => t.includes('Dạ, cháu chào bác!')), 'the menu');
      await post(a, fake.stamp(fake.press(LAN, buttonsOf(fake), 'VNeID')));
      await fake.until(() => fake.texts(LAN.id).some((t) => t.includes('📘 VNeID')), 'the lesson');

      expect(fake.texts(LAN.id).filter((t) => t.includes('Kính chào!'))).toHaveLength(1);
      const store = createRedisStore({ url: TEST_REDIS_URL, prefix });
      const learner = await createLearnerRepo(store).get(`telegram:${LAN.id}`);
      await store.close();
      expect(learner).toMatchObject({
        honorific: 'bác',
        wardCode: 'phuong-yen-hoa',
        position: { mode: 'lesson', lessonId: 'vneid' },
      });
    } finally {
      await Promise.all([a.stop(), b.stop()]);
      await fake.close();
    }
  });
});
