import { afterEach, describe, expect, it } from 'vitest';
import { loadEvalSet } from '../../src/cli/eval-set.ts';
import { startServe, type Running } from '../../src/cli/serve-command.ts';
import { createConfig } from '../../src/config.ts';
import { startFakeOpenAi, type FakeOpenAi } from '../fakes/fake-openai.ts';
import { startFakeTelegram, type FakeTelegram } from '../fakes/fake-telegram.ts';
import { cleanupQueues, queuesSettled, uniqueQueuePrefix } from '../support/bullmq.ts';
import { cleanupPrefix, redisAvailable, TEST_REDIS_URL, uniquePrefix } from '../support/redis.ts';
import { LAN } from '../telegram/harness.ts';
import { seedDueNow } from './cluster.ts';
import { createStatsObserver } from '../../src/core/stats/stats-observer.ts';

const hasRedis = await redisAvailable();
const SECRET = 'observability_secret';

function config(fake: FakeTelegram, extra: Record<string, string>) {
  return createConfig({
    TELEGRAM_BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.url,
    TELEGRAM_WEBHOOK_URL: 'https://hocvuso.example.org/telegram/webhook',
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    PORT: '0',
    LOG_LEVEL: 'silent',
    ...extra,
  });
}

const get = async (running: Running, path: string) => {
  const res = await fetch(`http://127.0.0.1:${running.port}${path}`);
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
};

/** The value of one sample line of the Prometheus text format, or undefined when absent. */
function sample(metrics: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of metrics.split('\n')) {
    const m = line.match(/^([a-z_]+)(?:\{(.*)\})? (\S+)$/);
    if (!m || m[1] !== name) continue;
    const have = (m[2] ?? '').split(',').filter(Boolean);
    if (wanted.every((w) => have.includes(w)) && have.length === wanted.length) return Number(m[3]);
  }
  return undefined;
}

describe.runIf(hasRedis)('/healthz and /metrics', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse())
      await c().catch(() => {
        /* cleanup: run the rest even if one fails */
      });
  });

  it('/healthz answers 200 only while Redis and every channel are reachable, with the detail in JSON', async () => {
    const fake = await startFakeTelegram();
    cleanups.push(() => fake.close());
    const prefix = uniquePrefix('health');
    const up = await startServe(
      config(fake, {
        REDIS_URL: TEST_REDIS_URL,
        REDIS_KEY_PREFIX: prefix,
        QUEUE_PREFIX: uniqueQueuePrefix('health'),
        WORKERS: 'off',
      }),
    );
    cleanups.push(
      () => cleanupPrefix(prefix),
      () => up.stop(),
    );
    const healthy = await get(up, '/healthz');
    expect(healthy.status).toBe(200);
    expect(healthy.type).toBe('application/json');
    expect(JSON.parse(healthy.body)).toEqual({
      ok: true,
      store: true,
      channels: { telegram: true },
      tick: { ok: true, ageSeconds: null },
    });

    const noRedis = await startServe(config(fake, { REDIS_URL: 'redis://127.0.0.1:1', WORKERS: 'off' }));
    cleanups.push(() => noRedis.stop());
    const down = await get(noRedis, '/healthz');
    expect(down.status).toBe(503);
    expect(JSON.parse(down.body)).toEqual({
      ok: false,
      store: false,
      channels: { telegram: true },
      tick: { ok: false, ageSeconds: null },
    });

    // A channel that stopped is down too.
    await up.channels[0]!.stop();
    const stopped = await get(up, '/healthz');
    expect(stopped.status).toBe(503);
    expect(JSON.parse(stopped.body)).toEqual({
      ok: false,
      store: true,
      channels: { telegram: false },
      tick: { ok: true, ageSeconds: null },
    });
  });

  it('/metrics shows updates handled, answers by kind, LLM calls, queue depths, messages sent, reminder and broadcast progress', async () => {
    const fake = await startFakeTelegram();
    const llm: FakeOpenAi = await startFakeOpenAi();
    const prefix = uniquePrefix('metrics');
    const queuePrefix = uniqueQueuePrefix('metrics');
    cleanups.push(
      () => fake.close(),
      () => llm.close(),
      () => cleanupPrefix(prefix),
      () => cleanupQueues(queuePrefix, ['outbound-telegram', 'outbound-zalo', 'reminder-tick']),
    );
    const running = await startServe(
      config(fake, {
        REDIS_URL: TEST_REDIS_URL,
        REDIS_KEY_PREFIX: prefix,
        QUEUE_PREFIX: queuePrefix,
        WORKERS: 'on',
        OPENAI_API_KEY: 'sk-test',
        OPENAI_BASE_URL: llm.url,
        ADMIN_IDS: 'telegram:1',
      }),
    );
    cleanups.push(() => running.stop());
    const say = async (text: string) => {
      const before = fake.texts(LAN.id).length;
      const res = await fetch(`http://127.0.0.1:${running.port}/telegram/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
        body: JSON.stringify(fake.stamp(fake.text(LAN, text))),
      });
      expect(res.status).toBe(200);
      await fake.until(() => fake.texts(LAN.id).length > before, `a reply to "${text}"`);
    };
    for (const text of ['xin chào', 'bác', 'bỏ qua', 'VNeID là gì?']) await say(text);
    // Questions the knowledge base alone is not sure about go to the LLM: one answered, one failing.
    const unsure = (await loadEvalSet('test/eval/questions.yaml'))
      .map((i) => i.q)
      .filter((q) => running.app.answerer.draft(q).needsLlm);
    expect(unsure.length).toBeGreaterThan(0);
    await say(unsure[0]!);
    llm.script({ status: 500 });
    await say(unsure[0]!);
    // A reminder due now goes through the queue.
    await seedDueNow({ storePrefix: prefix }, [LAN.id]);
    await running.app.reminders.tick(new Date());
    await fake.until(() => fake.texts(LAN.id).some((t) => t.includes('đến giờ học')), 'the reminder');
    await queuesSettled(queuePrefix, ['outbound-telegram']);
    // A broadcast to everyone: Lan gets it; a Zalo learner's message waits (no Zalo channel here).
    const { app } = running;
    const zaloLearner = await app.learners.update('zalo:42', new Date(), (l) => ({
      ...l,
      honorific: 'cô',
      welcomedAt: new Date().toISOString(),
    }));
    await createStatsObserver(app.store, 'Asia/Ho_Chi_Minh')(undefined, zaloLearner, new Date());
    const b = await app.broadcasts.create(
      { id: 'telegram:1' },
      { text: 'Thứ Bảy này có lớp học VNeID.', audience: { ward: '*' } },
      new Date(),
    );
    await app.broadcasts.start({ id: 'telegram:1' }, b.id, new Date());
    await fake.until(() => fake.texts(LAN.id).some((t) => t.includes('lớp học VNeID')), 'the broadcast');
    await queuesSettled(queuePrefix, ['outbound-telegram']);

    const { status, type, body } = await get(running, '/metrics');
    expect(status).toBe(200);
    expect(type).toContain('text/plain');
    expect(sample(body, 'hocvuso_updates_handled_seconds_count', { channel: 'telegram', kind: 'text' })).toBe(6);
    expect(sample(body, 'hocvuso_answers_total', { kind: 'knowledge' })).toBeGreaterThanOrEqual(1);
    expect(sample(body, 'hocvuso_answers_total', { kind: 'llm' })).toBe(1);
    expect(sample(body, 'hocvuso_llm_call_seconds_count', { outcome: 'ok' })).toBeGreaterThanOrEqual(2); // the retrieval call, then the answer
    expect(sample(body, 'hocvuso_llm_call_seconds_count', { outcome: 'server_error' })).toBe(1);
    expect(sample(body, 'hocvuso_messages_total', { channel: 'telegram', outcome: 'sent' })).toBe(6);
    for (const state of ['waiting', 'active', 'delayed', 'failed'])
      expect(sample(body, 'hocvuso_queue_jobs', { channel: 'telegram', state }), state).toBe(0);
    expect(sample(body, 'hocvuso_outbound_outcomes', { kind: 'reminder', outcome: 'sent' })).toBe(1);
    expect(sample(body, 'hocvuso_reminders', { event: 'fanned_out' })).toBe(1);
    expect(sample(body, 'hocvuso_broadcasts_running', { state: 'broadcasts' })).toBe(1);
    expect(sample(body, 'hocvuso_broadcasts_running', { state: 'delivered' })).toBe(1);
    expect(sample(body, 'hocvuso_broadcasts_running', { state: 'pending' })).toBe(1);
    expect(sample(body, 'hocvuso_process_resident_memory_bytes', {})).toBeGreaterThan(0);
  });
});
