import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from '../core/logger.ts';

export interface BullmqTickerOptions {
  url: string;
  prefix: string;
  /** Queue name; also the Job Scheduler id. Default `reminder-tick`. */
  name?: string;
  /** Default 60 000: one tick a minute, on the minute. */
  everyMs?: number;
  /** The work of one tick; must be idempotent (two ticks may overlap across processes). */
  run: () => Promise<unknown>;
  logger: Logger;
}

/** A started ticker; `stop` waits for a tick in progress. */
export interface Ticker {
  stop(): Promise<void>;
}

/**
 * One BullMQ Job Scheduler for the whole deployment (not one per learner): every process
 * upserts the same scheduler id, Redis keeps a single schedule, and whichever worker takes
 * each minute's job runs the tick.
 */
export async function startBullmqTicker(options: BullmqTickerOptions): Promise<Ticker> {
  const name = options.name ?? 'reminder-tick';
  const log = options.logger.child({ component: 'ticker' });
  const connection = new Redis(options.url, { maxRetriesPerRequest: null });
  connection.on('error', (err: Error) => log.warn({ err: err.message }, 'redis connection error'));
  const queue = new Queue(name, { connection, prefix: options.prefix });
  queue.on('error', (err: Error) => log.warn({ err: err.message }, 'queue error'));
  await queue.upsertJobScheduler(
    name,
    { every: options.everyMs ?? 60_000 },
    {
      name: 'tick',
      opts: { removeOnComplete: { count: 50 }, removeOnFail: { count: 50 }, attempts: 1 },
    },
  );
  const worker = new Worker(
    name,
    async () => {
      await options.run();
    },
    { connection, prefix: options.prefix, concurrency: 1 },
  );
  worker.on('error', (err: Error) => log.error({ err: err.message }, 'worker error'));
  worker.on('failed', (_job, err: Error) => log.error({ err: err.message }, 'tick failed'));
  await worker.waitUntilReady();
  let stopping: Promise<void> | undefined;
  return {
    stop() {
      stopping ??= (async () => {
        await worker.close();
        await queue.close();
        await connection.quit().catch(() => connection.disconnect());
      })();
      return stopping;
    },
  };
}
