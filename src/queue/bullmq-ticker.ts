import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from '../core/logger.ts';
import { throttledLog } from '../core/throttled-log.ts';

export interface BullmqTickerOptions {
  url: string;
  prefix: string;
  /** Queue name; also the Job Scheduler id. Default `reminder-tick`. */
  name?: string;
  /** Default 60 000: one tick a minute, on the minute. */
  everyMs?: number;
  /** How often each process upserts the schedule again (default 60 000): it comes back after Redis lost it. */
  recheckMs?: number;
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
 * each minute's job runs the tick. Each process upserts it again every minute (idempotent), so
 * a Redis that lost its data (restart without persistence, failover to an empty replica) gets
 * the schedule back within about two minutes instead of never.
 */
export async function startBullmqTicker(options: BullmqTickerOptions): Promise<Ticker> {
  const name = options.name ?? 'reminder-tick';
  const log = options.logger.child({ component: 'ticker' });
  const connection = new Redis(options.url, { maxRetriesPerRequest: null });
  const connectionError = throttledLog(log, 'warn');
  connection.on('error', (err: Error) => connectionError({ err: err.message }, 'redis connection error'));
  const queue = new Queue(name, { connection, prefix: options.prefix });
  queue.on('error', (err: Error) => connectionError({ err: err.message }, 'queue error'));
  const upsert = () =>
    queue.upsertJobScheduler(
      name,
      { every: options.everyMs ?? 60_000 },
      {
        name: 'tick',
        opts: { removeOnComplete: { count: 50 }, removeOnFail: { count: 50 }, attempts: 1 },
      },
    );
  await upsert();
  const recheckFailed = throttledLog(log, 'warn');
  const recheck = setInterval(
    () => void upsert().catch((err: Error) => recheckFailed({ err: err.message }, 'tick schedule not checked')),
    options.recheckMs ?? 60_000,
  );
  const worker = new Worker(
    name,
    async () => {
      await options.run();
    },
    { connection, prefix: options.prefix, concurrency: 1 },
  );
  const workerError = throttledLog(log, 'error');
  worker.on('error', (err: Error) => workerError({ err: err.message }, 'worker error'));
  worker.on('failed', (_job, err: Error) => log.error({ err: err.message }, 'tick failed'));
  await worker.waitUntilReady();
  let stopping: Promise<void> | undefined;
  return {
    stop() {
      stopping ??= (async () => {
        clearInterval(recheck);
        await worker.close();
        await queue.close();
        await connection.quit().catch(() => connection.disconnect());
      })();
      return stopping;
    },
  };
}
