import type { SenderLine } from '../features/broadcasts/progress.ts';
import { startBullmqTicker, type Ticker } from '../queue/bullmq-ticker.ts';
import { startIntervalTicker } from '../queue/interval-ticker.ts';
import type { Config } from '../config.ts';
import type { LearnerRepo } from '../core/learners/learner-repo.ts';
import type { OutboundHandlers, OutboundQueue } from '../core/outbound/outbound-job.ts';
import type { Store } from '../core/store.ts';
import type { BroadcastService } from '../features/broadcasts/service.ts';
import { recordTick } from './tick-health.ts';
import { createWorkerTick, type TickedChannel, type TickServices } from './worker-tick.ts';

/** What the workers send with and tick: the outbound queue, its renderers and the services with due work. */
export interface WorkerServices extends TickServices {
  config: Pick<Config, 'REDIS_URL' | 'QUEUE_PREFIX'>;
  store: Store;
  clock: () => Date;
  learners: LearnerRepo;
  outbound: Pick<OutboundQueue, 'start' | 'close'>;
  outboundHandlers: OutboundHandlers;
  broadcasts: Pick<BroadcastService, 'tick' | 'attach'>;
}

/** Running outbound workers and the reminder tick; `stop` lets jobs in progress finish. */
export interface Workers {
  stop(): Promise<void>;
}

/**
 * Starts one outbound worker per channel and the minute tick that fans out reminders,
 * escalates unclaimed volunteer questions, starts scheduled broadcasts and runs channel upkeep
 * (see {@link createWorkerTick}): a BullMQ Job Scheduler on Redis, an in-process timer without it.
 */
export async function startWorkers(
  app: WorkerServices,
  senders: readonly (SenderLine & TickedChannel)[],
): Promise<Workers> {
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
