import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServe, type Running } from '../../../src/cli/serve-command.ts';
import { createConfig } from '../../../src/config.ts';
import type { FakeTelegram } from '../../fakes/fake-telegram.ts';
import { cleanupPrefix, TEST_REDIS_URL, uniquePrefix } from '../../support/redis.ts';
import { manualClock } from '../../support/test-app.ts';
import { launchBrowser } from './browser.ts';
import { ADMIN, loginLink } from './team.ts';

export interface E2eOptions {
  /**
   * Serves the Telegram channel against this fake Bot API (webhook mode: nothing polls) and runs
   * the queue workers, so proactive messages (answers, broadcasts) really go out.
   */
  telegram?: FakeTelegram;
}

/** `serve` on Redis (own key prefix) with a headless Chromium, torn down together. */
export async function startE2e(name: string, options: E2eOptions = {}) {
  const prefix = uniquePrefix(name);
  const clock = manualClock('2026-11-25T03:00:00Z');
  const draftsDir = await mkdtemp(path.join(tmpdir(), 'hv-e2e-drafts-'));
  const telegram = options.telegram
    ? {
        TELEGRAM_BOT_TOKEN: options.telegram.token,
        TELEGRAM_API_ROOT: options.telegram.url,
        TELEGRAM_WEBHOOK_URL: 'https://hocvuso.example.org/telegram/webhook',
        TELEGRAM_WEBHOOK_SECRET: 'e2e-webhook-secret',
      }
    : {};
  const config = createConfig({
    REDIS_URL: TEST_REDIS_URL,
    REDIS_KEY_PREFIX: prefix,
    QUEUE_PREFIX: `${prefix}q`,
    PORT: '0',
    ADMIN_IDS: ADMIN,
    WORKERS: options.telegram ? 'on' : 'off',
    LOG_LEVEL: 'silent',
    SESSION_SECRET: 'e2e-secret',
    KNOWLEDGE_DRAFTS_DIR: draftsDir,
    ...telegram,
  });
  const running: Running = await startServe(config, { clock: clock.now });
  const base = `http://127.0.0.1:${running.port}`;
  const browser = await launchBrowser();
  return {
    running,
    app: running.app,
    base,
    clock,
    draftsDir,
    context: browser.context,
    /** The login link the real tutor sends for "/web", pointed at this server's port. */
    async link(id: string): Promise<string> {
      const url = new URL((await loginLink(running.app, id))!);
      return `${base}${url.pathname}${url.search}`;
    },
    async close() {
      await browser.close();
      await running.stop();
      await cleanupPrefix(prefix);
      await rm(draftsDir, { recursive: true, force: true });
    },
  };
}

export type E2e = Awaited<ReturnType<typeof startE2e>>;
