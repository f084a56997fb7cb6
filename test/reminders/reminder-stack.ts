import { createApp, type App } from '../../src/app/create-app.ts';
import { createConfig } from '../../src/config.ts';
import type { Learner } from '../../src/core/learners/learner.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { OutboundQueue } from '../../src/core/outbound/outbound-job.ts';
import { withReminder, type ReminderSettings } from '../../src/features/reminders/settings.ts';
import type { Store } from '../../src/core/store.ts';
import { createBullmqOutbound, outboundQueueName } from '../../src/queue/bullmq-outbound.ts';
import { createMemoryOutbound } from '../../src/queue/memory-outbound.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import { createRedisStore } from '../../src/store/redis/redis-store.ts';
import type { FakeChannel } from '../fakes/fake-channel.ts';
import { cleanupQueues, queuesSettled, uniqueQueuePrefix } from '../support/bullmq.ts';
import { cleanupPrefix, TEST_REDIS_URL, uniquePrefix } from '../support/redis.ts';
import { repoContent } from '../support/test-app.ts';

export const QUEUES = [outboundQueueName('outbound', 'telegram'), outboundQueueName('outbound', 'zalooa')];

/** One deployment's shared state: a store and a queue prefix that several "processes" can open. */
export interface Deployment {
  redis: boolean;
  storePrefix: string;
  queuePrefix: string;
  clock: () => Date;
  /** A process: its own store connection, app and outbound queue (not started). */
  process(): Promise<{ app: App; store: Store; outbound: OutboundQueue }>;
  /** Starts a worker process sending through `channels`. */
  worker(channels: FakeChannel[]): Promise<{ outbound: OutboundQueue; stop(): Promise<void> }>;
  /** Waits until no job is waiting, active or waiting to retry. */
  settled(): Promise<void>;
  cleanup(): Promise<void>;
}

export function deployment(redis: boolean, clock: () => Date, env: Record<string, string> = {}): Deployment {
  const storePrefix = uniquePrefix('reminders');
  const queuePrefix = uniqueQueuePrefix('reminders');
  const memoryStore = createMemoryStore();
  const limits = { telegram: { perChatMs: 0, concurrency: 2 }, zalooa: { perChatMs: 0 } };
  const memoryOutbound = createMemoryOutbound({ logger: silentLogger, backoffMs: 20, limits });
  const closers: Array<() => Promise<void>> = [];
  const open = () => {
    if (!redis) return { store: memoryStore, outbound: memoryOutbound };
    const store = createRedisStore({ url: TEST_REDIS_URL, prefix: storePrefix });
    const outbound = createBullmqOutbound({
      url: TEST_REDIS_URL,
      prefix: queuePrefix,
      logger: silentLogger,
      backoffMs: 20,
      limits,
    });
    closers.push(
      () => outbound.close(),
      () => store.close(),
    );
    return { store, outbound };
  };
  const d: Deployment = {
    redis,
    storePrefix,
    queuePrefix,
    clock,
    async process() {
      const { store, outbound } = open();
      const app = createApp({
        config: createConfig(env),
        content: await repoContent(),
        store,
        logger: silentLogger,
        clock,
        outbound,
      });
      return { app, store, outbound };
    },
    async worker(channels) {
      const { app, store, outbound } = await d.process();
      await outbound.start({
        senders: channels,
        handlers: app.outboundHandlers,
        learners: app.learners,
        store,
        logger: silentLogger,
        clock,
      });
      return { outbound, stop: () => outbound.close() };
    },
    settled: () => (redis ? queuesSettled(queuePrefix, QUEUES) : memoryOutbound.idle()),
    async cleanup() {
      for (const close of closers.reverse())
        await close().catch(() => {
          /* cleanup: close the rest even if one fails */
        });
      await memoryOutbound.close();
      if (redis) {
        await cleanupQueues(queuePrefix, QUEUES);
        await cleanupPrefix(storePrefix);
      }
    },
  };
  return d;
}

/** Creates a learner who chose a daily reminder, as the chat would, and indexes it. */
export async function learnerWithReminder(
  app: App,
  id: string,
  settings: Partial<ReminderSettings> & { minute: number },
  extra: Partial<Learner> = {},
): Promise<Learner> {
  const learner = await app.learners.update(id, app.clock(), (l) =>
    withReminder({ ...l, honorific: 'bác', ...extra }, { enabled: true, ...settings }),
  );
  await app.reminders.schedule(learner, app.clock());
  return learner;
}
