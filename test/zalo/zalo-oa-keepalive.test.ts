import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/create-app.ts';
import { createChannels } from '../../src/app/create-channels.ts';
import { createWorkerTick } from '../../src/app/worker-tick.ts';
import { OA_TOKENS_KEY, type StoredOaTokens } from '../../src/channels/zalo/oa/oa-tokens.ts';
import { startServe, type Running } from '../../src/cli/serve-command.ts';
import { createConfig } from '../../src/config.ts';
import type { Store } from '../../src/core/store.ts';
import { createRedisStore } from '../../src/store/redis/redis-store.ts';
import { startFakeZalo, type FakeZalo } from '../fakes/fake-zalo.ts';
import { uniqueQueuePrefix } from '../support/bullmq.ts';
import { cleanupPrefix, redisAvailable, TEST_REDIS_URL, uniquePrefix } from '../support/redis.ts';
import { repoContent } from '../support/test-app.ts';
import { recordingLogger } from '../telegram/harness.ts';
import { zaloEnv } from './zalo-harness.ts';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

describe.runIf(await redisAvailable())(
  "Zalo OA tokens kept alive by the workers' minute tick while nobody sends",
  () => {
    const prefix = uniquePrefix('zalo-keepalive');
    const queuePrefix = uniqueQueuePrefix('zalo-keepalive');
    let fake: FakeZalo;
    let serve: Running;
    const stores: Store[] = [];
    const env = () => ({ ...zaloEnv(fake, { bot: false }), REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: prefix });

    beforeAll(async () => {
      fake = await startFakeZalo({ oauthDelayMs: 50 });
      // The process answering /healthz and /metrics runs no workers: the tick happens elsewhere.
      serve = await startServe(createConfig({ ...env(), QUEUE_PREFIX: queuePrefix, WORKERS: 'off', PORT: '0' }));
    });
    afterAll(async () => {
      await serve.stop();
      await Promise.all(stores.map((s) => s.close()));
      await fake.close();
      await cleanupPrefix(prefix);
      await cleanupPrefix(queuePrefix);
    });

    /** One `hocvuso worker` process: its own Redis connection, channels from config and minute tick. */
    async function worker() {
      const store = createRedisStore({ url: TEST_REDIS_URL, prefix });
      stores.push(store);
      const { logger, lines } = recordingLogger();
      const app = createApp({ config: createConfig(env()), content: await repoContent(), store, logger });
      const channels = createChannels(app);
      const tick = createWorkerTick(app, channels);
      return { store, channels, lines, tick: () => tick(new Date()) };
    }

    /** Tokens as `oa-auth` or an earlier refresh left them, with the given ages. */
    async function storeTokens(store: Store, expiresInMs: number, refreshedAgoMs: number): Promise<StoredOaTokens> {
      const { accessToken, refreshToken } = fake.issueTokens();
      const now = Date.now();
      const tokens = {
        accessToken,
        refreshToken,
        expiresAt: new Date(now + expiresInMs).toISOString(),
        refreshedAt: new Date(now - refreshedAgoMs).toISOString(),
      };
      await store.set(OA_TOKENS_KEY, tokens);
      return tokens;
    }

    const get = async (path: string) => {
      const res = await fetch(`http://127.0.0.1:${serve.port}${path}`);
      return { status: res.status, body: await res.text() };
    };
    const refreshMetric = async (outcome: string) => {
      const line = (await get('/metrics')).body
        .split('\n')
        .find((l) => l.startsWith(`hocvuso_zalo_oa_token_refreshes{outcome="${outcome}"} `));
      return line ? Number(line.split(' ')[1]) : 0;
    };

    it('leaves fresh tokens alone', async () => {
      const a = await worker();
      const seeded = await storeTokens(a.store, 20 * HOUR, 5 * HOUR);
      const before = fake.refreshes;
      await a.tick();
      await a.tick();
      expect(fake.refreshes).toMatchObject({ ok: before.ok, rejected: before.rejected });
      expect(await a.store.get(OA_TOKENS_KEY)).toEqual(seeded);
    });

    it('renews an expired access token once, stores the new pair and counts it in /metrics', async () => {
      const a = await worker();
      const seeded = await storeTokens(a.store, -60_000, 25 * HOUR + 60_000);
      const before = fake.refreshes.ok;
      const counted = await refreshMetric('ok');

      await a.tick();
      expect(fake.refreshes.ok).toBe(before + 1);
      expect(fake.refreshes.uses.get(seeded.refreshToken)).toBe(1);
      const stored = (await a.store.get<StoredOaTokens>(OA_TOKENS_KEY))!;
      expect(stored.refreshToken).not.toBe(seeded.refreshToken);
      expect(stored.accessToken).not.toBe(seeded.accessToken);
      expect(fake.refreshes.uses.has(stored.refreshToken)).toBe(false);
      expect(Date.parse(stored.expiresAt) - Date.now()).toBeGreaterThan(24 * HOUR);
      expect(Date.now() - Date.parse(stored.refreshedAt)).toBeLessThan(60_000);
      expect(
        a.lines.some(
          (l) => l.includes('"level":"info"') && l.includes('"reason":"keep-alive"') && l.includes('refreshed'),
        ),
      ).toBe(true);
      expect(await refreshMetric('ok')).toBe(counted + 1);

      // The next ticks find nothing to do, and a send uses the renewed access token as it is.
      await a.tick();
      const oa = a.channels.find((c) => c.name === 'zalooa')!;
      await oa.send('zalooa:quiet-ward', [{ type: 'text', text: 'Chào bác' }]);
      expect(fake.refreshes.ok).toBe(before + 1);
      expect(fake.oaCalls.filter((c) => c.userId === 'quiet-ward').map((c) => [c.accessToken, c.error])).toEqual([
        [stored.accessToken, 0],
      ]);
    });

    it('refreshes once when two workers tick at the same time: the single-use refresh token is sent once', async () => {
      const [a, b] = [await worker(), await worker()];
      const seeded = await storeTokens(a.store, -60_000, 26 * HOUR);
      const before = fake.refreshes;
      await Promise.all([a.tick(), b.tick()]);
      expect(fake.refreshes).toMatchObject({ ok: before.ok + 1, rejected: before.rejected });
      expect(fake.refreshes.uses.get(seeded.refreshToken)).toBe(1);
      const [inA, inB] = [
        await a.store.get<StoredOaTokens>(OA_TOKENS_KEY),
        await b.store.get<StoredOaTokens>(OA_TOKENS_KEY),
      ];
      expect(inA?.refreshToken).not.toBe(seeded.refreshToken);
      expect(inB).toEqual(inA);
      expect([...a.lines, ...b.lines].filter((l) => l.includes('refreshed'))).toHaveLength(1);
    });

    it('renews a refresh token nearing its age limit even while the access token still works', async () => {
      const a = await worker();
      const seeded = await storeTokens(a.store, 20 * HOUR, 61 * DAY);
      const before = fake.refreshes.ok;
      await a.tick();
      expect(fake.refreshes.ok).toBe(before + 1);
      expect(fake.refreshes.uses.get(seeded.refreshToken)).toBe(1);
      expect(Date.now() - Date.parse((await a.store.get<StoredOaTokens>(OA_TOKENS_KEY))!.refreshedAt)).toBeLessThan(
        60_000,
      );
    });

    it('warns when Zalo refuses the refresh token, shows it on /healthz of every process and does not retry each minute', async () => {
      const [a, b] = [await worker(), await worker()];
      const seeded = await storeTokens(a.store, -60_000, 26 * HOUR);
      await a.store.set(OA_TOKENS_KEY, { ...seeded, refreshToken: 'rt-revoked-by-the-oa-admin' });
      const before = fake.refreshes;
      const refused = await refreshMetric('refused');

      await a.tick();
      expect(fake.refreshes).toMatchObject({ ok: before.ok, rejected: before.rejected + 1 });
      expect(
        a.lines.some(
          (l) =>
            l.includes('"level":"warn"') && l.includes('"channel":"zalooa"') && l.includes('Invalid refresh token'),
        ),
      ).toBe(true);
      const health = await get('/healthz');
      expect(health.status).toBe(503);
      expect(JSON.parse(health.body)).toMatchObject({
        ok: false,
        store: true,
        channels: { zalooa: false },
        tick: { ok: true },
      });
      expect(await refreshMetric('refused')).toBe(refused + 1);

      await Promise.all([a.tick(), b.tick()]);
      expect(fake.refreshes.rejected).toBe(before.rejected + 1);

      // `hocvuso zalo oa-auth` stores new tokens: healthy again, from the next tick on.
      await storeTokens(b.store, 25 * HOUR, 0);
      expect((await get('/healthz')).status).toBe(200);
    });
  },
);
