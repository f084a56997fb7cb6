import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { onTestFinished } from 'vitest';
import { createApp, type App } from '../../src/app/create-app.ts';
import { createConfig } from '../../src/config.ts';
import type { Learner } from '../../src/core/learners/learner.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { Store } from '../../src/core/store.ts';
import { createStatsObserver } from '../../src/core/stats/stats-observer.ts';
import type { SenderLine } from '../../src/features/broadcasts/progress.ts';
import { createBullmqOutbound, outboundQueueName } from '../../src/queue/bullmq-outbound.ts';
import { createRedisStore } from '../../src/store/redis/redis-store.ts';
import { cleanupQueues, queuesSettled, uniqueQueuePrefix } from '../support/bullmq.ts';
import { cleanupPrefix, TEST_REDIS_URL, uniquePrefix } from '../support/redis.ts';
import { repoContent } from '../support/test-app.ts';

export const ADMIN = 'telegram:900';
const TELEGRAM_QUEUE = outboundQueueName('outbound', 'telegram');
export const QUEUES = (['telegram', 'zalo', 'zalooa'] as const).map((c) => outboundQueueName('outbound', c));
const TZ = 'Asia/Ho_Chi_Minh';

/** One deployment on real Redis: a store prefix and a queue prefix that several "processes" share. */
export interface BroadcastStack {
  storePrefix: string;
  queuePrefix: string;
  /** A process: its own connections and app (workers not started). */
  process(): Promise<App>;
  /** Starts the outbound workers of `app` sending through `channels`, with broadcast progress attached. */
  work(app: App, channels: SenderLine[]): Promise<void>;
  /** Waits until no job is waiting, active or delayed. */
  settled(timeoutMs?: number): Promise<void>;
}

/** Made inside a test; closes its processes and deletes its keys when that test ends. */
export function broadcastStack(clock: () => Date, env: Record<string, string> = {}, concurrency = 8): BroadcastStack {
  const storePrefix = uniquePrefix('bc');
  const queuePrefix = uniqueQueuePrefix('bc');
  const closers: Array<() => Promise<void>> = [];
  onTestFinished(async () => {
    for (const close of closers.reverse())
      await close().catch(() => {
        /* cleanup: close the rest even if one fails */
      });
    await cleanupQueues(queuePrefix, QUEUES);
    await cleanupPrefix(storePrefix);
  });
  const limits = {
    telegram: { perChatMs: 0, concurrency, max: 100_000 },
    zalo: { perChatMs: 0, max: 10_000 },
    zalooa: { perChatMs: 0, max: 100_000 },
  };
  return {
    storePrefix,
    queuePrefix,
    async process() {
      const store = createRedisStore({ url: TEST_REDIS_URL, prefix: storePrefix });
      const outbound = createBullmqOutbound({
        url: TEST_REDIS_URL,
        prefix: queuePrefix,
        logger: silentLogger,
        backoffMs: 10,
        attempts: 2,
        limits,
      });
      closers.push(
        () => outbound.close(),
        () => store.close(),
      );
      return createApp({
        config: createConfig({ ADMIN_IDS: ADMIN, ...env }),
        content: await repoContent(),
        store,
        logger: silentLogger,
        clock,
        outbound,
      });
    },
    async work(app, channels) {
      app.broadcasts.attach(channels);
      await app.outbound.start({
        senders: channels,
        handlers: app.outboundHandlers,
        learners: app.learners,
        store: app.store,
        logger: silentLogger,
        clock,
      });
    },
    settled: (timeoutMs) => queuesSettled(queuePrefix, QUEUES, timeoutMs),
  };
}

/** A learner as the tutor would have saved them, counted in their ward's statistics. */
export async function seedLearner(app: App, store: Store, id: string, fields: Partial<Learner> = {}): Promise<Learner> {
  const now = app.clock();
  const saved = await app.learners.update(id, now, (l) => ({
    ...l,
    honorific: 'bác',
    welcomedAt: now.toISOString(),
    ...fields,
  }));
  await createStatsObserver(store, TZ)(undefined, saved, now);
  return saved;
}

/** A team member of a ward (as after redeeming an invite). */
export async function seedMember(app: App, id: string, wardCode: string, wardLabel: string): Promise<Learner> {
  // Not a learner of the ward: broadcasts to it are not sent back to the member.
  return seedLearner(app, app.store, id, { team: { wardCode, wardLabel, joinedAt: app.clock().toISOString() } });
}

/** What BullMQ does once a dead worker's locks expire (after 30 s): its jobs go back to the waiting list. */
export async function recoverStalledJobs(queuePrefix: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
  // The locks and the last check's marker would expire on their own; deleting them stands in for waiting.
  const expiring = [
    ...(await redis.keys(`${queuePrefix}:${TELEGRAM_QUEUE}:*:lock`)),
    `${queuePrefix}:${TELEGRAM_QUEUE}:stalled-check`,
  ];
  await redis.del(...expiring);
  const reaper = new Worker(TELEGRAM_QUEUE, undefined, {
    connection: redis,
    prefix: queuePrefix,
    autorun: false,
    stalledInterval: 50,
  });
  const queue = new Queue(TELEGRAM_QUEUE, { connection: redis, prefix: queuePrefix });
  await reaper.startStalledCheckTimer();
  const deadline = Date.now() + 15_000;
  while ((await queue.getActiveCount()) > 0) {
    if (Date.now() > deadline) throw new Error('stalled jobs did not go back to the queue');
    await new Promise((r) => setTimeout(r, 25));
  }
  await reaper.close();
  await queue.close();
  redis.disconnect();
}
