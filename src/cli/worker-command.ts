import { createApp } from '../app/create-app.ts';
import { createChannels } from '../app/create-channels.ts';
import { createLogger } from '../app/logger.ts';
import { createOutbound } from '../app/create-outbound.ts';
import { createStore } from '../app/create-store.ts';
import { startWorkers } from '../app/start-workers.ts';
import type { Config } from '../config.ts';
import { loadContent } from '../content/load-content.ts';
import { ConfigError } from '../core/errors.ts';

/**
 * `hocvuso worker`: the outbound workers and the reminder tick alone, with no HTTP server and
 * no intake, so sending scales out as separate processes on the same Redis. Channels are
 * created only to send. Runs until SIGINT/SIGTERM; jobs being sent are finished first.
 */
export async function workerCommand(config: Config): Promise<number> {
  if (!config.REDIS_URL)
    throw new ConfigError(
      '`hocvuso worker` needs REDIS_URL: without Redis, `serve` and `chat` run the workers in-process.',
    );
  const content = await loadContent({ dir: config.CONTENT_DIR, promptsDir: config.PROMPTS_DIR });
  const logger = createLogger(config.LOG_LEVEL ?? 'info');
  const store = createStore(config);
  const app = createApp({ config, content, store, logger, outbound: createOutbound(config, logger) });
  const channels = createChannels(app);
  if (channels.length === 0)
    logger.warn({}, 'no channel is configured: reminders are fanned out but nothing can be sent');
  const workers = await startWorkers(app, channels);
  // No knowledge reload here (see watchKnowledge in serve and chat): a worker only sends, it never answers questions.
  await new Promise<void>((resolve) => {
    let signals = 0;
    const onSignal = () => {
      signals += 1;
      if (signals > 1) process.exit(1);
      void workers
        .stop()
        .then(() => store.close())
        .then(resolve);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
  return 0;
}
