import { describe, expect, it } from 'vitest';
import { createLearnerRepo } from '../../src/core/learners/learner-repo.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { createOutboundHandlers, type ProactiveOptions, type Sender } from '../../src/core/outbound/outbound-job.ts';
import { CHANNEL_LIMITS, withPaidBroadcasts } from '../../src/queue/channel-limits.ts';
import { createBullmqOutbound, outboundQueueName } from '../../src/queue/bullmq-outbound.ts';
import { createRedisStore } from '../../src/store/redis/redis-store.ts';
import { cleanupQueues, queuesSettled, uniqueQueuePrefix } from '../support/bullmq.ts';
import { cleanupPrefix, redisAvailable, TEST_REDIS_URL, uniquePrefix } from '../support/redis.ts';
import { outboundContract } from './outbound.contract.ts';

const hasRedis = await redisAvailable();

describe.runIf(hasRedis)('BullMQ outbound queue', () => {
  outboundContract('bullmq', async ({ attempts, perChatMs }) => {
    const prefix = uniqueQueuePrefix('outbound');
    const storePrefix = uniquePrefix('outbound');
    const store = createRedisStore({ url: TEST_REDIS_URL, prefix: storePrefix });
    const outbound = createBullmqOutbound({
      url: TEST_REDIS_URL,
      prefix,
      logger: silentLogger,
      attempts,
      backoffMs: 20,
      limits: { telegram: { perChatMs, concurrency: 1 } },
    });
    const names = [outboundQueueName('outbound', 'telegram')];
    return {
      outbound,
      store,
      settled: () => queuesSettled(prefix, names),
      cleanup: async () => {
        await outbound.close();
        await cleanupQueues(prefix, names);
        await store.close();
        await cleanupPrefix(storePrefix);
      },
    };
  });

  it('sends the kinds given a paid lane as paid broadcasts and the rest as usual', async () => {
    const prefix = uniqueQueuePrefix('paid');
    const storePrefix = uniquePrefix('paid');
    const store = createRedisStore({ url: TEST_REDIS_URL, prefix: storePrefix });
    const limits = { ...withPaidBroadcasts(CHANNEL_LIMITS.telegram, ['broadcast']), perChatMs: 0 };
    const outbound = createBullmqOutbound({
      url: TEST_REDIS_URL,
      prefix,
      logger: silentLogger,
      limits: { telegram: limits },
    });
    const names = [outboundQueueName('outbound', 'telegram')];
    try {
      const sent: Array<{ to: string; paid: boolean }> = [];
      const channel: Sender = {
        name: 'telegram',
        async send(to, _parts, options?: ProactiveOptions) {
          sent.push({ to, paid: options?.paid === true });
        },
      };
      const handlers = createOutboundHandlers();
      for (const kind of ['broadcast', 'reminder'])
        handlers.register(kind, { render: async () => [{ type: 'text', text: kind }] });
      await outbound.enqueue([
        ...[1, 2, 3].map((n) => ({ id: `b${n}`, to: `telegram:${n}`, kind: 'broadcast', ref: {} })),
        ...[4, 5].map((n) => ({ id: `r${n}`, to: `telegram:${n}`, kind: 'reminder', ref: {} })),
      ]);
      await outbound.start({
        senders: [channel],
        handlers,
        learners: createLearnerRepo(store),
        store,
        logger: silentLogger,
        clock: () => new Date(),
      });
      await queuesSettled(prefix, names);
      expect(sent.sort((a, b) => a.to.localeCompare(b.to))).toEqual([
        { to: 'telegram:1', paid: true },
        { to: 'telegram:2', paid: true },
        { to: 'telegram:3', paid: true },
        { to: 'telegram:4', paid: false },
        { to: 'telegram:5', paid: false },
      ]);
    } finally {
      await outbound.close();
      await cleanupQueues(prefix, names);
      await store.close();
      await cleanupPrefix(storePrefix);
    }
  });
});
