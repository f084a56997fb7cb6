import { once } from 'node:events';
import { createApp, type App } from '../app/create-app.ts';
import { createChannels } from '../app/create-channels.ts';
import { createLogger } from '../app/logger.ts';
import { createOutbound } from '../app/create-outbound.ts';
import { createStore } from '../app/create-store.ts';
import {
  broadcastGauge,
  createPromMetrics,
  oaTokenRefreshGauge,
  outboundGauge,
  queueDepthGauge,
  reminderGauge,
} from '../app/metrics.ts';
import { healthRoute, metricsRoute } from '../app/ops-routes.ts';
import { connect } from '../app/pipeline.ts';
import { startWorkers, type Workers } from '../app/start-workers.ts';
import { watchKnowledge } from '../app/watch-knowledge.ts';
import type { Channel } from '../channels/channel.ts';
import type { Config } from '../config.ts';
import type { Schedule } from '../content/knowledge-reload.ts';
import { loadContent } from '../content/load-content.ts';
import { createHttpServer } from '../server/http-server.ts';
import { createDashboardRoutes } from '../app/create-dashboard.ts';
import { createCertificateRoutes } from '../features/certificates/web/verify-routes.ts';

/** A running `serve` process, for tests and graceful shutdown. */
export interface Running {
  app: App;
  channels: Channel[];
  port: number;
  stop(): Promise<void>;
}

/** Starts the HTTP server (webhooks, /healthz), every enabled channel and, unless WORKERS=off, the queue workers. */
export async function startServe(
  config: Config,
  overrides: { clock?: () => Date; knowledgeSchedule?: Schedule } = {},
): Promise<Running> {
  const { knowledgeSchedule, ...appOverrides } = overrides;
  const content = await loadContent({ dir: config.CONTENT_DIR, promptsDir: config.PROMPTS_DIR });
  const logger = createLogger(config.LOG_LEVEL ?? 'info');
  const store = createStore(config);
  const metrics = createPromMetrics();
  metrics.addGauge(
    'hocvuso_outbound_outcomes',
    'Proactive messages by kind and final outcome (from the store)',
    ['kind', 'outcome'],
    outboundGauge(store),
  );
  const outbound = createOutbound(config, logger);
  const app = createApp({ config, content, store, logger, metrics, outbound, ...appOverrides });
  const knowledge = await watchKnowledge(app, knowledgeSchedule ? { schedule: knowledgeSchedule } : {});
  const channels = createChannels(app);
  metrics.addGauge(
    'hocvuso_queue_jobs',
    "Jobs in each channel's outbound queue by state",
    ['channel', 'state'],
    queueDepthGauge(outbound, () => channels.map((c) => c.name)),
  );
  metrics.addGauge(
    'hocvuso_reminders',
    'Reminder jobs fanned out and reminders missed while no scheduler ran (from the store)',
    ['event'],
    reminderGauge(store),
  );
  metrics.addGauge(
    'hocvuso_broadcasts_running',
    'Broadcasts being sent now (state="broadcasts") and their recipients by state',
    ['state'],
    broadcastGauge(app.broadcasts),
  );
  if (channels.some((c) => c.name === 'zalooa')) {
    metrics.addGauge(
      'hocvuso_zalo_oa_token_refreshes',
      'Zalo OA token refreshes by outcome, by any process (from the store)',
      ['outcome'],
      oaTokenRefreshGauge(store),
    );
  }
  const routes = [
    healthRoute(store, channels),
    metricsRoute(metrics),
    ...createDashboardRoutes(app),
    ...createCertificateRoutes(app),
  ];
  const server = createHttpServer({
    logger,
    webhooks: channels.flatMap((c) => c.routes?.() ?? []),
    routes,
    trustProxy: config.TRUST_PROXY,
  });
  server.listen(config.PORT);
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  for (const channel of channels) await channel.start(connect(channel, app));
  const workers: Workers | undefined = config.WORKERS === 'on' ? await startWorkers(app, channels) : undefined;
  logger.info({ port, channels: channels.map((c) => c.name) }, 'serving');

  let stopping: Promise<void> | undefined;
  return {
    app,
    channels,
    port,
    stop() {
      stopping ??= (async () => {
        await knowledge.stop();
        server.close();
        await Promise.all(
          channels.map((c) =>
            c.stop().catch(() => {
              /* stop the other channels even if one fails to stop */
            }),
          ),
        );
        server.closeAllConnections();
        // Intake is stopped; workers finish the messages they are sending.
        await workers?.stop().catch(() => {
          /* shutting down: close the rest even if this fails */
        });
        await outbound.close().catch(() => {
          /* shutting down: close the store even if this fails */
        });
        await store.close();
      })();
      return stopping;
    },
  };
}

/** `hocvuso serve`: runs until SIGINT/SIGTERM; a second signal exits at once. */
export async function serveCommand(config: Config): Promise<number> {
  const running = await startServe(config);
  await new Promise<void>((resolve) => {
    let signals = 0;
    const onSignal = () => {
      signals += 1;
      if (signals > 1) process.exit(1);
      void running.stop().then(resolve);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
  return 0;
}
