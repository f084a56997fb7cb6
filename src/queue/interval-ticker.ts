import type { Logger } from '../core/logger.ts';
import type { Ticker } from './bullmq-ticker.ts';

/**
 * The minute tick inside one process (no Redis): fires on each minute boundary. Ticks never
 * overlap; a tick still running when the next is due makes that one wait.
 */
export function startIntervalTicker(options: {
  run: () => Promise<unknown>;
  logger: Logger;
  everyMs?: number;
}): Ticker {
  const every = options.everyMs ?? 60_000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(
      () => {
        running = running.then(async () => {
          try {
            await options.run();
          } catch (error) {
            options.logger.error({ err: (error as Error).message }, 'tick failed');
          }
        });
        schedule();
      },
      every - (Date.now() % every),
    );
    // The demo must exit when its input ends, even with a tick pending.
    timer.unref();
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
