import { createApp } from '../app/create-app.ts';
import { createLogger } from '../app/logger.ts';
import { createOutbound } from '../app/create-outbound.ts';
import { createStore } from '../app/create-store.ts';
import { connect } from '../app/pipeline.ts';
import { startWorkers } from '../app/start-workers.ts';
import { watchKnowledge } from '../app/watch-knowledge.ts';
import { createConsoleChannel } from '../channels/console/console-channel.ts';
import type { Config } from '../config.ts';
import { loadContent } from '../content/load-content.ts';

/** `hocvuso chat`: the tutor in the terminal. Works with no tokens, keys or Redis. */
export async function chatCommand(
  config: Config,
  io: { stdin: NodeJS.ReadableStream; stdout: NodeJS.WritableStream; isTTY: boolean },
  user?: string,
): Promise<number> {
  const content = await loadContent({ dir: config.CONTENT_DIR, promptsDir: config.PROMPTS_DIR });
  const store = createStore(config);
  const logger = createLogger(config.LOG_LEVEL ?? 'warn');
  const app = createApp({ config, content, store, logger, outbound: createOutbound(config, logger) });
  const channel = createConsoleChannel({
    input: io.stdin as never,
    output: io.stdout as never,
    prompt: io.isTTY,
    ...(user ? { user } : {}),
  });
  if (io.isTTY) {
    io.stdout.write('Trợ lý Học vụ số – trò chuyện trong cửa sổ dòng lệnh. Gõ "menu" để bắt đầu, Ctrl+D để thoát.\n');
  }
  const knowledge = await watchKnowledge(app);
  await channel.start(connect(channel, app));
  // Reminders reach the terminal too: the console channel prints proactive messages.
  const workers = await startWorkers(app, [channel]);
  await channel.done;
  await knowledge.stop();
  await workers.stop();
  await store.close();
  return 0;
}
