import type { SenderLine } from '../core/broadcasts/broadcast-progress.ts';
import { startBullmqTicker, type Ticker } from '../queue/bullmq-ticker.ts';
import { startIntervalTicker } from '../queue/interval-ticker.ts';
import type { App } from './create-app.ts';

/** Running outbound workers and the reminder tick; `stop` lets jobs in progress finish. */
export interface Workers {
  stop(): Promise<void>;
}

/**
 * Starts one outbound worker per channel and the minute tick that fans out reminders,
 * escalates unclaimed volunteer questions and starts scheduled broadcasts: a BullMQ Job
 * Scheduler on Redis, an in-process timer without it.
 */
export async function startWorkers(app: App, senders: readonly SenderLine[]): Promise<Workers> {
  const { config, logger } = app;
  // Broadcast progress is shown from the process that sends (editing one message where the channel can).
  const detach = app.broadcasts.attach(senders);
  await app.outbound.start({ senders, handlers: app.outboundHandlers, learners: app.learners, store: app.store, logger, clock: app.clock });
  const run = async () => {
    const now = app.clock();
    // Independent jobs: a failure of one must not hold up the other.
    const results = await Promise.allSettled([app.reminders.tick(now), app.handoff.tick(now), app.broadcasts.tick(now)]);
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  };
  let ticker: Ticker;
  try {
    ticker = config.REDIS_URL ? await startBullmqTicker({ url: config.REDIS_URL, prefix: config.QUEUE_PREFIX, run, logger }) : startIntervalTicker({ run, logger });
  } catch (error) {
    await app.outbound.close();
    detach();
    throw error;
  }
  logger.info({ channels: senders.map((s) => s.name) }, 'workers started');
  let stopping: Promise<void> | undefined;
  return {
    stop() {
      stopping ??= (async () => {
        await ticker.stop();
        await app.outbound.close();
        detach();
      })();
      return stopping;
    },
  };
}
