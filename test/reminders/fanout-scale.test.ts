import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { createReminderFanout } from '../../src/features/reminders/fanout.ts';
import { createReminderIndex, ZONES_KEY } from '../../src/features/reminders/minute-index.ts';
import { epochMinute } from '../../src/features/reminders/time.ts';
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
    // Indexed as `schedule` does, in bulk: the 07:00 bucket, and one learner at 08:00 who must not be touched.
    await store.sadd(ZONES_KEY, [ZONE]);
    await store.sadd(`reminders:minutes:${ZONE}`, ['420', '480']);
    await store.set(index.cursorKey(ZONE), seven - 2);
    for (let i = 0; i < ids.length; i += 5000) await store.sadd(index.bucketKey(ZONE, 420), ids.slice(i, i + 5000));
    await store.sadd(index.bucketKey(ZONE, 480), ['telegram:later']);

    const schedulers = [1, 2].map(() => createReminderFanout({ store, index, queue: outbound, logger: silentLogger }));
    const now = new Date('2026-11-26T00:00:03Z');
    const reports = await Promise.all(schedulers.map((s) => s.tick(now)));
    const again = await schedulers[0]!.tick(now);

    expect(reports.reduce((n, r) => n + r.fannedOut, 0)).toBeGreaterThanOrEqual(LEARNERS);
    expect(again.fannedOut).toBe(0);
    const connection = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    const queue = new Queue(queueName, { connection, prefix: queuePrefix });
    expect(await queue.getJobCountByTypes('wait', 'prioritized', 'delayed')).toBe(LEARNERS);
    // A scheduler that died after enqueueing but before recording the minute as done leaves it
    // to the next tick: that tick enqueues the minute again, and the job ids make it a no-op.
    await store.set(index.cursorKey(ZONE), seven - 1);
    expect((await schedulers[1]!.tick(new Date('2026-11-26T00:00:30Z'))).fannedOut).toBe(LEARNERS);
    expect(await queue.getJobCountByTypes('wait', 'prioritized', 'delayed')).toBe(LEARNERS);
    const sample = await queue.getJob(bullmqJobId(`rem:${ids[1234]}:2026-11-26:420`));
    expect(sample?.data).toEqual({
      id: `rem:${ids[1234]}:2026-11-26:420`,
      to: ids[1234],
      kind: 'reminder',
      ref: { day: '2026-11-26', due: seven },
    });
    // Everyone's next reminder is 07:00 tomorrow; the later learner is still due at 08:00 today.
    expect(await index.nextDue(ids[0]!)).toBe(seven + 1440);
    expect(await index.nextDue(ids[LEARNERS - 1]!)).toBe(seven + 1440);
    expect(await index.nextDue('telegram:later')).toBe(seven + 60);
    await queue.close();
    connection.disconnect();
    await outbound.close();
    await store.close();
  });
});
