import { startServe, type Running } from '../../../src/cli/serve-command.ts';
import { createConfig } from '../../../src/config.ts';
import { cleanupPrefix, TEST_REDIS_URL, uniquePrefix } from '../../support/redis.ts';
import { manualClock } from '../../support/test-app.ts';
import { launchBrowser } from './browser.ts';
import { ADMIN, loginLink } from './team.ts';

/** `serve` on Redis (own key prefix) with a headless Chromium, torn down together. */
export async function startE2e(name: string) {
  const prefix = uniquePrefix(name);
  const clock = manualClock('2026-11-25T03:00:00Z');
  const config = createConfig({
    REDIS_URL: TEST_REDIS_URL,
    REDIS_KEY_PREFIX: prefix,
    QUEUE_PREFIX: `${prefix}q`,
    PORT: '0',
    ADMIN_IDS: ADMIN,
    WORKERS: 'off',
    LOG_LEVEL: 'silent',
    SESSION_SECRET: 'e2e-secret',
  });
  const running: Running = await startServe(config, { clock: clock.now });
  const base = `http://127.0.0.1:${running.port}`;
  const browser = await launchBrowser();
  return {
    running,
    app: running.app,
    base,
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
    },
  };
}

export type E2e = Awaited<ReturnType<typeof startE2e>>;
