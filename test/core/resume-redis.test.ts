import { afterAll, describe, expect, it } from 'vitest';
import { createConfig } from '../../src/config.ts';
import { encodePayload } from '../../src/core/flows/payload.ts';
import { createRedisStore } from '../../src/store/redis/redis-store.ts';
import { cleanupPrefix, redisAvailable, TEST_REDIS_URL, uniquePrefix } from '../support/redis.ts';
import { chatter, testApp } from '../support/test-app.ts';

const hasRedis = await redisAvailable();

describe.runIf(hasRedis)('learners on Redis', () => {
  const prefix = uniquePrefix('resume');
  afterAll(() => cleanupPrefix(prefix));

  it('resumes a lesson where the learner stopped after the tutor restarts', async () => {
    const env = { REDIS_URL: TEST_REDIS_URL };
    const firstStore = createRedisStore({ url: TEST_REDIS_URL, prefix });
    const first = chatter(await testApp({ store: firstStore, env }));
    await first.say('xin chao');
    await first.say('chú');
    await first.say('Xã Bát Tràng');
    await first.say('5');
    await first.say('1');
    const stoppedAt = (await first.learner())!.position;
    await firstStore.close();

    // A new process: new store connection, same Redis.
    const secondStore = createRedisStore({ url: TEST_REDIS_URL, prefix });
    const second = chatter(await testApp({ store: secondStore, env }));
    const resumed = await second.say('học tiếp');
    expect(resumed).toContain('Mình học tiếp nhé chú!');
    expect(resumed).toContain('📘 Thanh toán điện tử');
    expect((await second.learner())!.position).toEqual(stoppedAt);
    expect((await second.learner())!.ward).toBe('Xã Bát Tràng');
    await secondStore.close();
    expect(createConfig(env).REDIS_URL).toBe(TEST_REDIS_URL);
  });

  it('keeps every change when messages from one learner are handled concurrently by two processes', async () => {
    const a = createRedisStore({ url: TEST_REDIS_URL, prefix });
    const b = createRedisStore({ url: TEST_REDIS_URL, prefix });
    const chatA = chatter(await testApp({ store: a }), 'telegram:42');
    const chatB = chatter(await testApp({ store: b }), 'telegram:42');
    await chatA.say('menu');
    await Promise.all([
      chatA.press(encodePayload({ kind: 'lesson', lessonId: 'vneid' })),
      chatB.say('dừng lại'),
      chatA.say('tien do'),
      chatB.say('tiến độ'),
    ]);
    const learner = (await chatA.learner())!;
    expect(learner.subscribed).toBe(false);
    expect(learner.lessons['vneid']?.attempts).toBe(1);
    await a.close();
    await b.close();
  });

  it('answers politely when Redis is unreachable, without crashing', async () => {
    const down = createRedisStore({ url: 'redis://127.0.0.1:1', prefix });
    const chat = chatter(await testApp({ store: down }));
    expect(await chat.say('menu')).toContain('hệ thống đang bận');
    await down.close();
  });
});
