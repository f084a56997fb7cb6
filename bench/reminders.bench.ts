import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { silentLogger } from '../src/core/logger.ts';
import { createReminderFanout } from '../src/features/reminders/fanout.ts';
import { createReminderIndex, ZONES_KEY } from '../src/features/reminders/minute-index.ts';
import { epochMinute } from '../src/features/reminders/time.ts';
import { createBullmqOutbound, outboundQueueName } from '../src/queue/bullmq-outbound.ts';
import { createRedisStore } from '../src/store/redis/redis-store.ts';
import { BENCH_REDIS_URL, type Scenario } from './lib.ts';

/** Learners in the index (memory per scheduled learner); `--quick` uses a tenth. */
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
 * Reminders at scale: Redis bytes per scheduled learner in the index (and, in the same run, in
 * the sorted set the index used before), time to fan out a 100k-learner minute into BullMQ
 * jobs, and the cost of the design we did not choose (one BullMQ Job Scheduler per learner).
 */
export async function runRemindersBench(options: { quick?: boolean } = {}): Promise<Record<string, number>> {
  const indexed = options.quick ? INDEXED / 10 : INDEXED;
  const fanoutSize = options.quick ? FANOUT / 5 : FANOUT;
  const url = BENCH_REDIS_URL;
  const run = randomUUID().slice(0, 8);
  const storePrefix = `bench:rem:${run}:`;
  const queuePrefix = `{bench-rem-${run}}`;
  const redis = new Redis(url, { maxRetriesPerRequest: null });
  const store = createRedisStore({ url, prefix: storePrefix });
  const index = createReminderIndex(store, ZONE);
  const figures: Record<string, number> = {};
  const seven = epochMinute(new Date('2030-01-02T00:00:00Z'));
  try {
    // 1. The index: each learner's id in the set of their minute of the day (spread over all 1,440).
    let started = performance.now();
    await store.sadd(ZONES_KEY, [ZONE]);
    await store.sadd(
      `reminders:minutes:${ZONE}`,
      Array.from({ length: 1440 }, (_, m) => String(m)),
    );
    for (let i = 0; i < indexed; i += 10_000) {
      const byMinute = new Map<number, string[]>();
      for (let j = i; j < Math.min(i + 10_000, indexed); j++) {
        const ids = byMinute.get(j % 1440);
        if (ids) ids.push(learnerId(j));
        else byMinute.set(j % 1440, [learnerId(j)]);
      }
      await Promise.all([...byMinute].map(([m, ids]) => store.sadd(index.bucketKey(ZONE, m), ids)));
    }
    figures['index_learners'] = indexed;
    figures['index_build_seconds'] = round((performance.now() - started) / 1000);
    const buckets = await bytesUnder(redis, `${storePrefix}reminders:*`);
    figures['index_bytes_per_learner'] = round(buckets.bytes / indexed);
    figures['index_total_mib'] = round(buckets.bytes / 2 ** 20);
    await deleteUnder(redis, `${storePrefix}reminders:*`);

    // The previous design, same learners: one sorted set per zone scored by the next due minute.
    for (let i = 0; i < indexed; i += 10_000) {
      await store.zadd(
        'reminders:due',
        Array.from({ length: Math.min(10_000, indexed - i) }, (_, j) => ({
          member: learnerId(i + j),
          score: seven + ((i + j) % 1440),
        })),
      );
    }
    figures['sorted_set_bytes_per_learner'] = round(
      ((await redis.memory('USAGE', `${storePrefix}reminders:due`, 'SAMPLES', 0)) ?? 0) / indexed,
    );
    await redis.unlink(`${storePrefix}reminders:due`);

    // The per-day guard: one small key per learner reminded, kept 36 hours.
    await store.setIfAbsent(`reminders:day:${learnerId(1)}:2030-01-02`, seven, { ttlMs: 36 * 3_600_000 });
    figures['day_guard_bytes_per_reminder'] =
      (await redis.memory('USAGE', `${storePrefix}reminders:day:${learnerId(1)}:2030-01-02`, 'SAMPLES', 0)) ?? 0;

    // 2. Fan-out of one minute (07:00) with every learner of it due, into BullMQ (no worker running).
    await store.sadd(ZONES_KEY, [ZONE]);
    await store.sadd(`reminders:minutes:${ZONE}`, ['420']);
    await store.set(index.cursorKey(ZONE), seven - 1);
    for (let i = 0; i < fanoutSize; i += 10_000)
      await store.sadd(
        index.bucketKey(ZONE, 420),
        Array.from({ length: 10_000 }, (_, j) => learnerId(i + j)),
      );
    const outbound = createBullmqOutbound({ url, prefix: queuePrefix, logger: silentLogger });
    const fanout = createReminderFanout({ store, index, queue: outbound, logger: silentLogger });
    started = performance.now();
    const report = await fanout.tick(new Date('2030-01-02T00:00:02Z'));
    const seconds = (performance.now() - started) / 1000;
    figures['fanout_learners'] = report.fannedOut;
    figures['fanout_seconds'] = round(seconds);
    figures['fanout_jobs_per_second'] = Math.round(report.fannedOut / seconds);
    const queued = await bytesUnder(redis, `${queuePrefix}:${outboundQueueName('outbound', 'telegram')}:*`);
    figures['queued_job_bytes'] = round(queued.bytes / fanoutSize);
    await outbound.close();
    const cleanup = new Queue(outboundQueueName('outbound', 'telegram'), { connection: redis, prefix: queuePrefix });
    await cleanup.obliterate({ force: true });
    await cleanup.close();

    // 3. The alternative: a Job Scheduler per learner (a cron hash plus a delayed job each).
    const perLearner = new Queue('reminders-per-learner', { connection: redis, prefix: queuePrefix });
    started = performance.now();
    for (let i = 0; i < PER_LEARNER_SAMPLE; i++) {
      await perLearner.upsertJobScheduler(
        `rem-${learnerId(i)}`,
        { pattern: '0 7 * * *', tz: ZONE },
        { name: 'reminder', data: { to: learnerId(i) } },
      );
    }
    figures['scheduler_per_learner_sample'] = PER_LEARNER_SAMPLE;
    figures['scheduler_per_learner_upsert_ms'] = round((performance.now() - started) / PER_LEARNER_SAMPLE);
    const schedulers = await bytesUnder(redis, `${queuePrefix}:reminders-per-learner:*`);
    figures['scheduler_per_learner_bytes'] = round(schedulers.bytes / PER_LEARNER_SAMPLE);
    figures['scheduler_per_learner_1m_mib'] = round(((schedulers.bytes / PER_LEARNER_SAMPLE) * 1e6) / 2 ** 20);
    figures['index_vs_scheduler_memory_ratio'] = round(
      figures['scheduler_per_learner_bytes'] / figures['index_bytes_per_learner'],
    );
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

/** Scenario 3 of `npm run bench`. */
export const remindersScenario: Scenario = async (options) => {
  const figures = await runRemindersBench(options);
  return {
    name: 'Reminders at scale',
    figures,
    table: Object.entries(figures).map(([figure, value]) => ({ figure, value })),
    note: 'Memory: one set entry per learner (Redis hashtable set: 24 B entry + 24 B id + table slot). Fan-out: BullMQ addBulk (one Lua call per job, about 50 µs of Redis each); the index is only read.',
  };
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(
    `${JSON.stringify(await runRemindersBench({ quick: process.argv.includes('--quick') }), null, 2)}\n`,
  );
  process.exit(0);
}
