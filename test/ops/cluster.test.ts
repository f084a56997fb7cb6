import { afterEach, describe, expect, it } from 'vitest';
import { outboundCounts } from '../../src/core/outbound/deliver.ts';
import { createRedisStore } from '../../src/store/redis/redis-store.ts';
import { redisAvailable, TEST_REDIS_URL } from '../support/redis.ts';
import { seedDueNow, startCluster, textUpdate, until, type Cluster } from './cluster.ts';

const hasRedis = await redisAvailable();
const LEARNERS = 60;

describe.runIf(hasRedis)('two serve and two worker processes on one Redis', () => {
  let cluster: Cluster | undefined;
  afterEach(async () => {
    await cluster?.cleanup();
    cluster = undefined;
  });

  it('act as one tutor, and deliver a reminder minute exactly once even when a worker is killed mid-way', async () => {
    cluster = await startCluster({ env: { QUEUE_LOCK_MS: '2000' } });
    const c = cluster;
    const chats = Array.from({ length: LEARNERS }, (_, i) => 800_000 + i);
    await seedDueNow(c, chats);
    const reminded = () => chats.filter((id) => (c.api.countsByChat().get(id) ?? 0) > 0).length;
    const [a, b, first] = await Promise.all([c.start('serve'), c.start('serve'), c.start('worker'), c.start('worker')]);

    // While the reminders go out: a learner starts on one replica, Telegram redelivers the update
    // to the other, and the next message lands there.
    const conversation = async () => {
      const lan = 900_001;
      const greeting = textUpdate(1, lan, '/start');
      expect(await c.post(a!, greeting)).toBe(200);
      await until(() => (c.api.countsByChat().get(lan) ?? 0) > 0, 'the welcome');
      await new Promise((r) => setTimeout(r, 300));
      const welcome = c.api.countsByChat().get(lan);
      expect(await c.post(b!, greeting)).toBe(200);
      expect(await c.post(b!, textUpdate(2, lan, 'bác'))).toBe(200);
      await until(() => c.api.sent.some((m) => m.chatId === lan && m.text.includes('cháu chào bác')), 'the answer to the honorific');
      expect(c.api.sent.filter((m) => m.chatId === lan).length).toBeGreaterThan(welcome!);
      expect(c.api.sent.filter((m) => m.chatId === lan && m.text === c.api.sent.find((x) => x.chatId === lan)!.text)).toHaveLength(1);
    };
    // Mid-way, the first worker dies without warning while sends are in flight.
    const kill = async () => {
      await until(() => reminded() >= 10, 'the first reminders');
      c.api.hold();
      await new Promise((r) => setTimeout(r, 300));
      expect(c.api.heldCount()).toBeGreaterThan(0);
      first!.child.kill('SIGKILL');
      expect((await first!.exited).signal).toBe('SIGKILL');
      // Let the fake see the dead worker's connections close: its held sends then never arrive.
      await new Promise((r) => setTimeout(r, 300));
      c.api.release();
    };
    await Promise.all([conversation(), kill()]);
    expect(reminded()).toBeLessThan(LEARNERS);

    await until(() => reminded() === LEARNERS, 'every reminder', 20_000);
    await new Promise((r) => setTimeout(r, 1000));
    const counts = c.api.countsByChat();
    expect(chats.map((id) => counts.get(id))).toEqual(chats.map(() => 1));
    expect(c.api.sent.find((m) => m.chatId === chats[0])!.text).toContain('đến giờ học');
    const store = createRedisStore({ url: TEST_REDIS_URL, prefix: c.storePrefix });
    expect((await outboundCounts(store))['reminder:sent']).toBe(LEARNERS);
    await store.close();
  }, 60_000);
});
