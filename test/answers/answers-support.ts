import { Writable } from 'node:stream';
import { pino } from 'pino';
import { createApp, type App } from '../../src/app/create-app.ts';
import { REDACTED_PATHS } from '../../src/app/logger.ts';
import { createConfig } from '../../src/config.ts';
import type { Logger } from '../../src/core/logger.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import type { FakeOpenAi } from '../fakes/fake-openai.ts';
import { chatter, repoContent } from '../support/test-app.ts';

/** A pino logger at trace level whose JSON lines are kept, configured like the real one. */
export function capturedLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  const logger = pino({ level: 'trace', redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, sink);
  return { logger, lines };
}

/** The real tutor talking to the fake OpenAI server through the real SDK (settings as in production). */
export async function llmApp(
  fake: FakeOpenAi,
  options: { logger?: Logger; timeoutMs?: number; settings?: Record<string, string> } = {},
): Promise<App> {
  return createApp({
    config: createConfig({
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: fake.url,
      OPENAI_TIMEOUT_MS: String(options.timeoutMs ?? 5000),
      ...options.settings,
    }),
    content: await repoContent(),
    store: createMemoryStore(),
    logger: options.logger ?? capturedLogger().logger,
  });
}

/** A learner past the welcome (called "bác", ward skipped), ready to ask questions. */
export async function onboardedChat(app: App, conversationId = 'console:asker') {
  const chat = chatter(app, conversationId);
  await chat.say('/start');
  await chat.say('bác');
  await chat.say('bỏ qua');
  return chat;
}
