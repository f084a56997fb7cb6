import type { SenderLine } from '../features/broadcasts/progress.ts';
import { startBullmqTicker, type Ticker } from '../queue/bullmq-ticker.ts';
import { startIntervalTicker } from '../queue/interval-ticker.ts';
import type { App } from './create-app.ts';
import { recordTick } from './tick-health.ts';
import { createWorkerTick, type TickedChannel } from './worker-tick.ts';

/** Running outbound workers and the reminder tick; `stop` lets jobs in progress finish. */
export interface Workers {
  stop(): Promise<void>;
}

/**
 * Starts one outbound worker per channel and the minute tick that fans out reminders,
 * escalates unclaimed volunteer questions, starts scheduled broadcasts and runs channel upkeep
 * (see {@link createWorkerTick}): a BullMQ Job Scheduler on Redis, an in-process timer without it.
 */
export async function startWorkers(app: App, senders: readonly (SenderLine & TickedChannel)[]): Promise<Workers> {
  const { config, logger } = app;
  // Broadcast progress is shown from the process that sends (editing one message where the channel can).
  const detach = app.broadcasts.attach(senders);
  await app.outbound.start({
    senders,
    handlers: app.outboundHandlers,
    learners: app.learners,
    store: app.store,
    logger,
    clock: app.clock,
  });
  const tick = createWorkerTick(app, senders);
  const run = async () => {
    // Recorded first: /healthz watches that the schedule is alive, whatever this tick's work does.
    await recordTick(app.store).catch(() => {
      /* the store is down: /healthz says so itself */
    });
    await tick(app.clock());
  };
  let ticker: Ticker;
  try {
    ticker = config.REDIS_URL
      ? await startBullmqTicker({ url: config.REDIS_URL, prefix: config.QUEUE_PREFIX, run, logger })
      : startIntervalTicker({ run, logger });
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
