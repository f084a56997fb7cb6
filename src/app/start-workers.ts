import type { Sender } from '../core/outbound/outbound-job.ts';
import { startBullmqTicker, type Ticker } from '../queue/bullmq-ticker.ts';
import { startIntervalTicker } from '../queue/interval-ticker.ts';
import type { App } from './create-app.ts';

/** Running outbound workers and the reminder tick; `stop` lets jobs in progress finish. */
export interface Workers {
  stop(): Promise<void>;
}

/**
 * Starts one outbound worker per channel and the minute tick that fans out reminders and
 * escalates unclaimed volunteer questions: a BullMQ Job Scheduler on Redis, an in-process
 * timer without it.
 */
export async function startWorkers(app: App, senders: readonly Sender[]): Promise<Workers> {
  const { config, logger } = app;
  await app.outbound.start({ senders, handlers: app.outboundHandlers, learners: app.learners, store: app.store, logger, clock: app.clock });
  const run = async () => {
    const now = app.clock();
    // Independent jobs: a failure of one must not hold up the other.
    const results = await Promise.allSettled([app.reminders.tick(now), app.handoff.tick(now)]);
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  };
  let ticker: Ticker;
  try {
    ticker = config.REDIS_URL ? await startBullmqTicker({ url: config.REDIS_URL, prefix: config.QUEUE_PREFIX, run, logger }) : startIntervalTicker({ run, logger });
  } catch (error) {
    await app.outbound.close();
    throw error;
  }
  logger.info({ channels: senders.map((s) => s.name) }, 'workers started');
  let stopping: Promise<void> | undefined;
  return {
    stop() {
      stopping ??= (async () => {
        await ticker.stop();
        await app.outbound.close();
      })();
      return stopping;
    },
  };
}
