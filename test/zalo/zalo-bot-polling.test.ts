import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisStore } from '../../src/store/redis/redis-store.ts';
import { startFakeZalo, type FakeZalo } from '../fakes/fake-zalo.ts';
import { cleanupPrefix, redisAvailable, TEST_REDIS_URL, uniquePrefix } from '../support/redis.ts';
import { botTexts, botTextUpdate } from './bot-chat.ts';
import { startZaloApp, zaloEnv, type ZaloApp } from './zalo-harness.ts';

describe.runIf(await redisAvailable())('Zalo Bot long polling on the Redis store', () => {
  const prefix = uniquePrefix('zalo-poll');
  let fake: FakeZalo;
  let h: ZaloApp;
  beforeAll(async () => {
    fake = await startFakeZalo({ maxHoldMs: 50 });
    h = await startZaloApp({
      env: zaloEnv(fake, { oa: false, botWebhook: false }),
      store: createRedisStore({ url: TEST_REDIS_URL, prefix }),
    });
  });
  afterAll(async () => {
    await h.stop();
    await h.app.store.close();
    await fake.close();
    await cleanupPrefix(prefix);
  });

  const lastText = (chat: string) => botTexts(fake, chat).at(-1) ?? '';

  it('reads flat, wrapped and listed getUpdates answers and polls on after "nothing new" (408)', async () => {
    expect(h.bot.routes?.()).toEqual([]);
    await fake.waitFor(() => fake.emptyPolls >= 2);

    fake.queueUpdate(botTextUpdate('poll-1', 'xin chào'), 'flat');
    await fake.waitFor(() => lastText('poll-1').endsWith('👉 Gõ một số từ 1 đến 7'));

    fake.queueUpdate(botTextUpdate('poll-1', '1'), 'wrapped');
    await fake.waitFor(() => lastText('poll-1').endsWith('Bỏ qua'));

    fake.queueUpdate(botTextUpdate('poll-1', 'một'), 'list');
    await fake.waitFor(
      () => /👉 Gõ một số từ 1 đến \d+$/.test(lastText('poll-1')) && lastText('poll-1').includes('1. 📘'),
    );
    await h.bot.idle();

    const learner = await h.app.learners.get('zalo:poll-1');
    expect(learner).toMatchObject({ honorific: 'bác', subscribed: true });
    expect(learner?.lastChoices?.length).toBeGreaterThan(5);
    expect(await h.bot.healthy?.()).toBe(true);
  });

  it('stops promptly while a long poll is held open', async () => {
    await fake.waitFor(() => fake.emptyPolls >= 1);
    await h.bot.stop();
    fake.queueUpdate(botTextUpdate('poll-2', 'xin chào'), 'flat');
    await h.bot.idle();
    expect(botTexts(fake, 'poll-2')).toEqual([]);
  });
});
