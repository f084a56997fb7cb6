import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { createReminderFanout } from '../../src/core/reminders/reminder-fanout.ts';
import { createReminderIndex, ZONES_KEY } from '../../src/core/reminders/reminder-index.ts';
import { epochMinute } from '../../src/core/reminders/reminder-time.ts';
import { bullmqJobId, createBullmqOutbound, outboundQueueName } from '../../src/queue/bullmq-outbound.ts';
import { createRedisStore } from '../../src/store/redis/redis-store.ts';
import { cleanupQueues, uniqueQueuePrefix } from '../support/bullmq.ts';
import { cleanupPrefix, redisAvailable, TEST_REDIS_URL, uniquePrefix } from '../support/redis.ts';

const hasRedis = await redisAvailable();
const LEARNERS = 50_000;
const ZONE = 'Asia/Ho_Chi_Minh';

describe.runIf(hasRedis)('fan-out of a busy minute', () => {
  const storePrefix = uniquePrefix('fanout');
  const queuePrefix = uniqueQueuePrefix('fanout');
  const queueName = outboundQueueName('outbound', 'telegram');
  afterEach(async () => {
    await cleanupQueues(queuePrefix, [queueName]);
    await cleanupPrefix(storePrefix);
  });

  it('turns 50,000 learners due at 07:00 into 50,000 send jobs, once each, with two schedulers and a repeated tick', async () => {
    const store = createRedisStore({ url: TEST_REDIS_URL, prefix: storePrefix });
    const outbound = createBullmqOutbound({ url: TEST_REDIS_URL, prefix: queuePrefix, logger: silentLogger });
    const index = createReminderIndex(store, ZONE);
    const seven = epochMinute(new Date('2026-11-26T00:00:00Z'));
    const ids = Array.from({ length: LEARNERS }, (_, i) => `telegram:${100_000_000 + i}`);
    await store.sadd(ZONES_KEY, [ZONE]);
    for (let i = 0; i < ids.length; i += 5000) {
      await store.zadd(index.dueKey(ZONE), ids.slice(i, i + 5000).map((member) => ({ member, score: seven })));
    }
    // One learner an hour later must not be touched.
    await store.zadd(index.dueKey(ZONE), [{ member: 'telegram:later', score: seven + 60 }]);

    const schedulers = [1, 2].map(() => createReminderFanout({ store, index, queue: outbound, logger: silentLogger }));
    const now = new Date('2026-11-26T00:00:03Z');
    const reports = await Promise.all(schedulers.map((s) => s.tick(now)));
    const again = await schedulers[0]!.tick(now);

    expect(reports.reduce((n, r) => n + r.fannedOut, 0)).toBeGreaterThanOrEqual(LEARNERS);
    expect(again.fannedOut).toBe(0);
    const connection = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    const queue = new Queue(queueName, { connection, prefix: queuePrefix });
    expect(await queue.getJobCountByTypes('wait', 'prioritized', 'delayed')).toBe(LEARNERS);
    // A scheduler that died after enqueueing its last pages but before moving those learners
    // on leaves them due: the next tick enqueues them again, and the job ids make that a no-op.
    await store.zadd(index.dueKey(ZONE), ids.slice(-2000).map((member) => ({ member, score: seven })));
    expect((await schedulers[1]!.tick(new Date('2026-11-26T00:00:30Z'))).fannedOut).toBe(2000);
    expect(await queue.getJobCountByTypes('wait', 'prioritized', 'delayed')).toBe(LEARNERS);
    const sample = await queue.getJob(bullmqJobId(`rem:${ids[1234]}:2026-11-26:420`));
    expect(sample?.data).toEqual({ id: `rem:${ids[1234]}:2026-11-26:420`, to: ids[1234], kind: 'reminder', ref: { day: '2026-11-26', due: seven } });
    // Everyone moved to 07:00 tomorrow; the later learner is still due at 08:00.
    expect(await store.zrangeByScore(index.dueKey(ZONE), 0, seven, 1)).toEqual([]);
    expect(await store.zrangeByScore(index.dueKey(ZONE), seven + 1440, seven + 1440)).toHaveLength(LEARNERS);
    expect(await store.zscore(index.dueKey(ZONE), 'telegram:later')).toBe(seven + 60);
    await queue.close();
    connection.disconnect();
    await outbound.close();
    await store.close();
  });
});
