import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { statsKeys } from '../../src/core/stats/stats-keys.ts';
import { outboundQueueName } from '../../src/queue/bullmq-outbound.ts';
import { fakeChannel } from '../fakes/fake-channel.ts';
import { redisAvailable, TEST_REDIS_URL } from '../support/redis.ts';
import { broadcastStack, seedMember } from './broadcast-stack.ts';

const hasRedis = await redisAvailable();
const YEN_HOA = 'phuong-yen-hoa';
const MEMBER = {
  id: 'telegram:10',
  team: { wardCode: YEN_HOA, wardLabel: 'Phường Yên Hòa', joinedAt: '2026-11-01T00:00:00Z' },
};
const PAGE = 500;
const TOTAL = 10_000;
const CONCURRENCY = 32;

describe.runIf(hasRedis)('a broadcast to 10,000 people', () => {
  it('is fed to the queue a page at a time, and a reminder queued meanwhile goes out first', async () => {
    const stack = broadcastStack(() => new Date(), { BROADCAST_PAGE_SIZE: String(PAGE) }, CONCURRENCY);
    const app = await stack.process();
    await seedMember(app, MEMBER.id, YEN_HOA, 'Phường Yên Hòa');
    const ids = Array.from({ length: TOTAL }, (_, i) => `telegram:${100_000 + i}`);
    for (let i = 0; i < ids.length; i += 500) {
      await Promise.all(
        ids.slice(i, i + 500).map((id) => app.learners.update(id, app.clock(), (l) => ({ ...l, wardCode: YEN_HOA }))),
      );
    }
    await app.store.sadd(statsKeys.learners(YEN_HOA), ids);

    const channel = fakeChannel('telegram');
    app.outboundHandlers.register('note', { render: async () => [{ type: 'text', text: 'Nhắc học' }] });
    await stack.work(app, [channel]);
    const connection = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    const queue = new Queue(outboundQueueName('outbound', 'telegram'), { connection, prefix: stack.queuePrefix });
    let most = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const counts = await queue.getJobCounts('wait', 'active', 'delayed', 'prioritized');
        most = Math.max(
          most,
          Object.values(counts).reduce((a, b) => a + b, 0),
        );
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    try {
      const b = await app.broadcasts.create(
        MEMBER,
        { text: 'Thông báo lịch học tháng 12.', audience: { ward: YEN_HOA } },
        app.clock(),
      );
      expect((await app.broadcasts.start(MEMBER, b.id, app.clock())).total).toBe(TOTAL);
      await channel.waitForSent(3000, 20_000);
      const before = channel.sent.length;
      await app.outbound.enqueue([{ id: 'note:1', to: 'telegram:42', kind: 'note', ref: {} }]);
      await channel.waitForSent(TOTAL + 2, 30_000);
      await stack.settled(20_000);
      // The reminder jumps the broadcast pages already queued: only messages being sent go before it.
      const at = channel.sent.findIndex((s) => s.to === 'telegram:42');
      expect(at - before).toBeLessThan(64);
      const report = await app.broadcasts.report(b.id);
      expect(report).toMatchObject({ total: TOTAL, delivered: TOTAL, pending: 0 });
      expect(new Set(channel.sent.map((s) => s.to)).size).toBe(TOTAL + 2);
    } finally {
      sampling = false;
      await sampler;
      await queue.close();
      connection.disconnect();
    }
    // Never more than a page and a half of the broadcast unsettled, plus the jobs being sent whose
    // outcome is already written but which the queue still counts as active, plus a notice or the reminder.
    expect(most).toBeGreaterThan(PAGE / 2);
    expect(most).toBeLessThanOrEqual(PAGE * 1.5 + CONCURRENCY + 5);
  }, 60_000);
});
