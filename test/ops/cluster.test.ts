import { afterEach, describe, expect, it } from 'vitest';
import { outboundCounts } from '../../src/core/outbound/deliver.ts';
import { createRedisStore } from '../../src/store/redis/redis-store.ts';
import { redisAvailable, TEST_REDIS_URL } from '../support/redis.ts';
import {
  buttonUpdate,
  seedDueNow,
  seedWardLearners,
  startCluster,
  textUpdate,
  until,
  type BotProcess,
  type Cluster,
} from './cluster.ts';

const hasRedis = await redisAvailable();
const LEARNERS = 60;

/**
 * Once `progress()` reaches 10, holds the fake's sends, kills `worker` without warning while
 * some are in flight, and lets the rest through once its connections are gone (its held sends
 * then never arrive, as with requests that never reached Telegram). Returns the progress at the
 * kill: read later, the other worker may already have finished the rest.
 */
async function killWhileSending(c: Cluster, worker: BotProcess, progress: () => number): Promise<number> {
  await until(() => progress() >= 10, 'the first messages');
  c.api.hold();
  await new Promise((r) => setTimeout(r, 300));
  expect(c.api.heldCount()).toBeGreaterThan(0);
  worker.child.kill('SIGKILL');
  expect((await worker.exited).signal).toBe('SIGKILL');
  const atKill = progress();
  await new Promise((r) => setTimeout(r, 300));
  c.api.release();
  return atKill;
}

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
      await until(
        () => c.api.sent.some((m) => m.chatId === lan && m.text.includes('cháu chào bác')),
        'the answer to the honorific',
      );
      expect(c.api.sent.filter((m) => m.chatId === lan).length).toBeGreaterThan(welcome!);
      expect(
        c.api.sent.filter((m) => m.chatId === lan && m.text === c.api.sent.find((x) => x.chatId === lan)!.text),
      ).toHaveLength(1);
    };
    // Mid-way, the first worker dies without warning while sends are in flight.
    const [, atKill] = await Promise.all([conversation(), killWhileSending(c, first!, reminded)]);
    expect(atKill).toBeLessThan(LEARNERS);

    await until(() => reminded() === LEARNERS, 'every reminder', 20_000);
    await new Promise((r) => setTimeout(r, 1000));
    const counts = c.api.countsByChat();
    expect(chats.map((id) => counts.get(id))).toEqual(chats.map(() => 1));
    expect(c.api.sent.find((m) => m.chatId === chats[0])!.text).toContain('đến giờ học');
    const store = createRedisStore({ url: TEST_REDIS_URL, prefix: c.storePrefix });
    expect((await outboundCounts(store))['reminder:sent']).toBe(LEARNERS);
    await store.close();
  }, 180_000);

  it('deliver a broadcast written across both replicas exactly once even when a worker is killed mid-way', async () => {
    const admin = 700_001;
    cluster = await startCluster({
      env: { QUEUE_LOCK_MS: '2000', ADMIN_IDS: `telegram:${admin}`, BROADCAST_PAGE_SIZE: '20' },
    });
    const c = cluster;
    const chats = Array.from({ length: LEARNERS }, (_, i) => 810_000 + i);
    await seedWardLearners(c, chats, 'phuong-yen-hoa');
    const [a, b, first] = await Promise.all([c.start('serve'), c.start('serve'), c.start('worker'), c.start('worker')]);
    const text = 'Mời bà con 8 giờ sáng thứ Bảy đến nhà văn hóa tổ 5 để được hướng dẫn cài VNeID.';
    const received = () =>
      chats.filter((id) => c.api.sent.some((m) => m.chatId === id && m.text.includes('nhà văn hóa tổ 5'))).length;

    // The admin writes it turn by turn, each turn landing on another replica, as behind a load balancer.
    const toAdmin = () => c.api.sent.filter((m) => m.chatId === admin).map((m) => m.text);
    const say = async (serve: BotProcess, update: object, expected: string) => {
      const before = toAdmin().length;
      expect(await c.post(serve, update)).toBe(200);
      await until(
        () =>
          toAdmin()
            .slice(before)
            .some((t) => t.includes(expected)),
        `the reply containing "${expected}"`,
      ).catch((e: Error) => {
        throw new Error(`${e.message}; the admin got: ${JSON.stringify(toAdmin())}`);
      });
    };
    await say(a!, textUpdate(1, admin, '/guitin'), 'nội dung thông báo');
    await say(b!, textUpdate(2, admin, text), 'chọn người nhận');
    // Everyone who has chatted, the admin included.
    await say(a!, buttonUpdate(3, admin, 'k:bc-aud:all'), `Sẽ gửi tới ${LEARNERS + 1} người`);
    await say(b!, buttonUpdate(4, admin, 'k:bc-send'), `Đã bắt đầu gửi thông báo tới ${LEARNERS + 1} người`);

    await killWhileSending(c, first!, received);
    expect(received()).toBeLessThan(LEARNERS);
    await until(() => received() === LEARNERS, 'every learner to receive the broadcast', 20_000);
    await until(() => toAdmin().some((t) => t.includes(`Đã nhận: ${LEARNERS + 1}`)), 'the report to the admin');
    await new Promise((r) => setTimeout(r, 1000));
    const counts = c.api.countsByChat();
    expect(chats.map((id) => counts.get(id))).toEqual(chats.map(() => 1));
    expect(c.api.sent.find((m) => m.chatId === chats[0])!.text).toContain(text);
  }, 180_000);
});
