import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { loadConfig } from '../src/config.ts';
import { silentLogger } from '../src/core/logger.ts';
import { createReminderFanout } from '../src/core/reminders/reminder-fanout.ts';
import { createReminderIndex, ZONES_KEY } from '../src/core/reminders/reminder-index.ts';
import { epochMinute } from '../src/core/reminders/reminder-time.ts';
import { createBullmqOutbound, outboundQueueName } from '../src/queue/bullmq-outbound.ts';
import { createRedisStore } from '../src/store/redis/redis-store.ts';
import type { Scenario } from './lib.ts';

/** Learners in the due-time index (memory per scheduled learner). */
const INDEXED = 1_000_000;
/** Learners due in one minute (fan-out time). */
const FANOUT = 100_000;
/** Learners given a BullMQ Job Scheduler each, for comparison. */
const PER_LEARNER_SAMPLE = 2_000;
const ZONE = 'Asia/Ho_Chi_Minh';

const learnerId = (i: number) => `telegram:${1_000_000_000 + i}`;

/** Sum of MEMORY USAGE over every key matching a pattern (exact, unaffected by other Redis users). */
async function bytesUnder(redis: Redis, pattern: string): Promise<{ bytes: number; keys: number }> {
  let cursor = '0';
  let bytes = 0;
  let keys = 0;
  do {
    const [next, found] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    const sizes = await Promise.all(found.map((k) => redis.memory('USAGE', k, 'SAMPLES', 0)));
    bytes += sizes.reduce<number>((n, s) => n + (s ?? 0), 0);
    keys += found.length;
  } while (cursor !== '0');
  return { bytes, keys };
}

async function deleteUnder(redis: Redis, pattern: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, found] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    if (found.length > 0) await redis.unlink(...found);
  } while (cursor !== '0');
}

/**
 * Reminders at scale: Redis bytes per scheduled learner in the due-time index, time to fan out
 * a 100k-learner minute into BullMQ jobs, and the cost of the design we did not choose (one
 * BullMQ Job Scheduler per learner), measured on a sample in the same run.
 */
export async function runRemindersBench(): Promise<Record<string, number>> {
  const url = loadConfig().REDIS_URL ?? 'redis://127.0.0.1:6379';
  const run = randomUUID().slice(0, 8);
  const storePrefix = `bench:rem:${run}:`;
  const queuePrefix = `{bench-rem-${run}}`;
  const redis = new Redis(url, { maxRetriesPerRequest: null });
  const store = createRedisStore({ url, prefix: storePrefix });
  const index = createReminderIndex(store, ZONE);
  const figures: Record<string, number> = {};
  try {
    // 1. The index: one sorted-set entry per learner.
    const seven = epochMinute(new Date('2030-01-02T00:00:00Z'));
    let started = performance.now();
    await store.sadd(ZONES_KEY, [ZONE]);
    for (let i = 0; i < INDEXED; i += 10_000) {
      const entries = Array.from({ length: Math.min(10_000, INDEXED - i) }, (_, j) => ({ member: learnerId(i + j), score: seven + ((i + j) % 1440) }));
      await store.zadd(index.dueKey(ZONE), entries);
    }
    figures['index_learners'] = INDEXED;
    figures['index_build_seconds'] = round((performance.now() - started) / 1000);
    const indexBytes = (await redis.memory('USAGE', `${storePrefix}${index.dueKey(ZONE)}`, 'SAMPLES', 0)) ?? 0;
    figures['index_bytes_per_learner'] = round(indexBytes / INDEXED);
    figures['index_total_mib'] = round(indexBytes / 2 ** 20);
    await redis.unlink(`${storePrefix}${index.dueKey(ZONE)}`);

    // The per-day guard: one small key per learner reminded, kept 36 hours.
    await store.setIfAbsent(`reminders:day:${learnerId(1)}:2030-01-02`, seven, { ttlMs: 36 * 3_600_000 });
    figures['day_guard_bytes_per_reminder'] = (await redis.memory('USAGE', `${storePrefix}reminders:day:${learnerId(1)}:2030-01-02`, 'SAMPLES', 0)) ?? 0;

    // 2. Fan-out of one minute with 100k learners due, into BullMQ (no worker running).
    for (let i = 0; i < FANOUT; i += 10_000) {
      await store.zadd(index.dueKey(ZONE), Array.from({ length: 10_000 }, (_, j) => ({ member: learnerId(i + j), score: seven })));
    }
    const outbound = createBullmqOutbound({ url, prefix: queuePrefix, logger: silentLogger });
    const fanout = createReminderFanout({ store, index, queue: outbound, logger: silentLogger });
    started = performance.now();
    const report = await fanout.tick(new Date('2030-01-02T00:00:02Z'));
    const seconds = (performance.now() - started) / 1000;
    figures['fanout_learners'] = report.fannedOut;
    figures['fanout_seconds'] = round(seconds);
    figures['fanout_jobs_per_second'] = Math.round(report.fannedOut / seconds);
    const queued = await bytesUnder(redis, `${queuePrefix}:${outboundQueueName('outbound', 'telegram')}:*`);
    figures['queued_job_bytes'] = round(queued.bytes / FANOUT);
    await outbound.close();
    const cleanup = new Queue(outboundQueueName('outbound', 'telegram'), { connection: redis, prefix: queuePrefix });
    await cleanup.obliterate({ force: true });
    await cleanup.close();

    // 3. The alternative: a Job Scheduler per learner (a cron hash plus a delayed job each).
    const perLearner = new Queue('reminders-per-learner', { connection: redis, prefix: queuePrefix });
    started = performance.now();
    for (let i = 0; i < PER_LEARNER_SAMPLE; i++) {
      await perLearner.upsertJobScheduler(`rem-${learnerId(i)}`, { pattern: '0 7 * * *', tz: ZONE }, { name: 'reminder', data: { to: learnerId(i) } });
    }
    figures['scheduler_per_learner_sample'] = PER_LEARNER_SAMPLE;
    figures['scheduler_per_learner_upsert_ms'] = round((performance.now() - started) / PER_LEARNER_SAMPLE);
    const schedulers = await bytesUnder(redis, `${queuePrefix}:reminders-per-learner:*`);
    figures['scheduler_per_learner_bytes'] = round(schedulers.bytes / PER_LEARNER_SAMPLE);
    figures['scheduler_per_learner_1m_mib'] = round((schedulers.bytes / PER_LEARNER_SAMPLE) * 1e6 / 2 ** 20);
    figures['index_vs_scheduler_memory_ratio'] = round(figures['scheduler_per_learner_bytes'] / figures['index_bytes_per_learner']);
    await perLearner.obliterate({ force: true });
    await perLearner.close();
    return figures;
  } finally {
    await store.close();
    await deleteUnder(redis, `${storePrefix}*`);
    await deleteUnder(redis, `${queuePrefix}*`);
    redis.disconnect();
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The same figures as a scenario of `npm run bench` (register it in bench/scenarios.ts). */
export const remindersScenario: Scenario = async () => {
  const figures = await runRemindersBench();
  return {
    name: 'Reminders at scale',
    figures,
    table: Object.entries(figures).map(([figure, value]) => ({ figure, value })),
    note: 'Fan-out time is dominated by BullMQ addBulk (one Lua call per job); the index itself is one sorted-set entry per learner.',
  };
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${JSON.stringify(await runRemindersBench(), null, 2)}\n`);
  process.exit(0);
}
