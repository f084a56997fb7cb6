import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { createTelegramChannel } from '../src/channels/telegram/telegram-channel.ts';
import { createLearnerRepo } from '../src/core/learners/learner-repo.ts';
import { silentLogger } from '../src/core/logger.ts';
import { createOutboundHandlers, type OutboundJob } from '../src/core/outbound/outbound-job.ts';
import { createBullmqOutbound, outboundQueueName } from '../src/queue/bullmq-outbound.ts';
import { createRedisStore } from '../src/store/redis/redis-store.ts';
import { startLeanBotApi } from './fake-bot-api.ts';
import { BENCH_REDIS_URL, type ScenarioOptions, type ScenarioResult } from './lib.ts';

const REDIS_URL = BENCH_REDIS_URL;
const TOKEN = '123456:bench-token';

interface Run {
  label: string;
  apiLimit?: number;
  /** The queue's limiter: `max` jobs per `durationMs`. */
  queueLimit: { max: number; durationMs: number };
  concurrency: number;
  jobs: number;
}

/** Sends `jobs` proactive messages through the real BullMQ outbound queue and Telegram channel. */
async function sendRun(run: Run) {
  const api = await startLeanBotApi(run.apiLimit !== undefined ? { perSecond: run.apiLimit } : {});
  const id = randomUUID().slice(0, 8);
  const prefix = `{bench-send-${id}}`;
  const store = createRedisStore({ url: REDIS_URL, prefix: `bench:send:${id}:` });
  const channel = createTelegramChannel({ token: TOKEN, apiRoot: api.url, store, logger: silentLogger, maxRetryWaitMs: 0 });
  const outbound = createBullmqOutbound({
    url: REDIS_URL,
    prefix,
    logger: silentLogger,
    limits: { telegram: { ...run.queueLimit, perChatMs: 0, concurrency: run.concurrency } },
  });
  const handlers = createOutboundHandlers();
  handlers.register('bench', { render: async (job) => [{ type: 'text', text: job.id }] });
  const jobs: OutboundJob[] = Array.from({ length: run.jobs }, (_, i) => ({ id: `bench:${id}:${i}`, to: `telegram:${2_000_000 + i}`, kind: 'bench', ref: {} }));
  await outbound.enqueue(jobs);
  const started = performance.now();
  await outbound.start({ senders: [channel], handlers, learners: createLearnerRepo(store), store, logger: silentLogger, clock: () => new Date() });
  while (api.sends() < run.jobs) await new Promise((r) => setTimeout(r, 20));
  const seconds = (performance.now() - started) / 1000;
  // Settle: any duplicate would arrive now.
  await new Promise((r) => setTimeout(r, 500));
  const times = api.sendTimes();
  const window = ((times[times.length - 1] ?? 0) - (times[0] ?? 0)) / 1000;
  const rate = (run.jobs - 1) / window;
  await outbound.close();
  const redis = new Redis(REDIS_URL);
  const q = new Queue(outboundQueueName('outbound', 'telegram'), { connection: redis, prefix });
  await q.obliterate({ force: true });
  await q.close();
  redis.disconnect();
  await store.close();
  await api.close();
  return {
    run: run.label,
    messages: run.jobs,
    'sends/s': Math.round(rate),
    'share of limit %': run.apiLimit ? Math.round((rate / run.apiLimit) * 1000) / 10 : '',
    '429s': api.tooMany(),
    duplicates: api.duplicates(),
    'total s': Math.round(seconds * 10) / 10,
  };
}

/** Scenario 2: the outbound queue against a limit-enforcing fake Bot API, and against an unlimited one. */
export async function sendingScenario(options: ScenarioOptions): Promise<ScenarioResult> {
  const scale = options.quick ? 0.25 : 1;
  const runs: Run[] = [
    { label: 'Telegram 30/s', apiLimit: 30, queueLimit: { max: 1, durationMs: 34 }, concurrency: 10, jobs: Math.round(600 * scale) },
    { label: 'paid broadcast 1,000/s', apiLimit: 1000, queueLimit: { max: 20, durationMs: 21 }, concurrency: 100, jobs: Math.round(10_000 * scale) },
    { label: 'unlimited API', queueLimit: { max: 1_000_000, durationMs: 1000 }, concurrency: 200, jobs: Math.round(20_000 * scale) },
  ];
  const table = [];
  for (const run of runs) table.push(await sendRun(run));
  const figures = Object.fromEntries(table.flatMap((row) => Object.entries(row).filter(([k]) => k !== 'run').map(([k, v]) => [`${row.run} ${k}`, v])));
  return { name: 'Sending: outbound queue (BullMQ) → Telegram channel → fake Bot API', figures, table };
}
