import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
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
  /** The login link the real tutor sends for "/web", pointed at this server's port. */
  const link = async (id: string): Promise<string> => {
    const url = new URL((await loginLink(running.app, id))!);
    return `${base}${url.pathname}${url.search}`;
  };
  return {
    running,
    app: running.app,
    base,
    clock,
    draftsDir,
    context: browser.context,
    link,
    /**
     * A new page signed in as `id` through its login link, on the overview; waits up to 10 s per
     * step. `acceptDialogs` confirms every `confirm()` the page opens.
     */
    async signedIn(id: string, options: { acceptDialogs?: boolean } = {}): Promise<Page> {
      const page = await browser.context.newPage();
      page.setDefaultTimeout(10_000);
      if (options.acceptDialogs) page.on('dialog', (dialog) => void dialog.accept());
      await page.goto(await link(id));
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.waitForURL(`${base}/admin/overview`);
      return page;
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
