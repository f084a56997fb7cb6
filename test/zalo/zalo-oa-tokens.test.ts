import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createZaloOaApi } from '../../src/channels/zalo/oa/oa-api.ts';
import { createOaTokens, OA_TOKENS_KEY, type StoredOaTokens } from '../../src/channels/zalo/oa/oa-tokens.ts';
import { createZaloOAuth } from '../../src/channels/zalo/oa/oauth-client.ts';
import { ZaloAuthError } from '../../src/channels/zalo/zalo-errors.ts';
import { zaloCommand } from '../../src/cli/zalo-command.ts';
import { createConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { Store } from '../../src/core/store.ts';
import { createRedisStore } from '../../src/store/redis/redis-store.ts';
import { startFakeZalo, type FakeZalo } from '../fakes/fake-zalo.ts';
import { cleanupPrefix, redisAvailable, TEST_REDIS_URL, uniquePrefix } from '../support/redis.ts';
import { BOT_SECRET, seedOaTokens, zaloEnv } from './zalo-harness.ts';

function output() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return { stream, text: () => text };
}

describe.runIf(await redisAvailable())('Zalo OA tokens shared by several workers on Redis', () => {
  const prefix = uniquePrefix('zalo-tokens');
  let fake: FakeZalo;
  const stores: Store[] = [];
  beforeAll(async () => {
    fake = await startFakeZalo({ oauthDelayMs: 50 });
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await fake.close();
    await cleanupPrefix(prefix);
  });

  /** One worker process: its own Redis connection, token keeper and OA client. */
  function worker() {
    const store = createRedisStore({ url: TEST_REDIS_URL, prefix });
    stores.push(store);
    const oauth = createZaloOAuth({ root: fake.url, appId: fake.appId, appSecret: fake.appSecret });
    const tokens = createOaTokens({ store, oauth, logger: silentLogger, clock: () => new Date() });
    return { store, tokens, api: createZaloOaApi({ apiRoot: fake.url, tokens, logger: silentLogger }) };
  }

  it('refreshes an expiring token once for two workers sending at the same time', async () => {
    const [a, b] = [worker(), worker()];
    const seeded = await seedOaTokens(a.store, fake, new Date(Date.now() + 60_000));
    await Promise.all([
      ...[1, 2, 3].map((i) => a.api.sendCs({ user_id: `ua${i}` }, { text: 'Chào bác' })),
      ...[1, 2, 3].map((i) => b.api.sendCs({ user_id: `ub${i}` }, { text: 'Chào bác' })),
    ]);
    expect(fake.refreshes).toMatchObject({ ok: 1, rejected: 0 });
    expect(fake.refreshes.uses.get(seeded.refreshToken)).toBe(1);
    const stored = await b.store.get<StoredOaTokens>(OA_TOKENS_KEY);
    expect(stored?.refreshToken).not.toBe(seeded.refreshToken);
    const sent = fake.oaCalls.filter((c) => /^u[ab]\d$/.test(c.userId));
    expect(sent.map((c) => c.error)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(new Set(sent.map((c) => c.accessToken))).toEqual(new Set([stored?.accessToken]));
    expect(Date.parse(stored!.expiresAt) - Date.now()).toBeGreaterThan(24 * 3600_000);
  });

  it('refreshes once when Zalo refuses the token in both workers (-216)', async () => {
    const [a, b] = [worker(), worker()];
    const before = (await a.store.get<StoredOaTokens>(OA_TOKENS_KEY))!;
    fake.revokeAccessToken(before.accessToken);
    await Promise.all([
      a.api.sendCs({ user_id: 'ra' }, { text: 'Chào bác' }),
      b.api.sendCs({ user_id: 'rb' }, { text: 'Chào bác' }),
    ]);
    expect(fake.refreshes).toMatchObject({ ok: 2, rejected: 0 });
    expect(fake.refreshes.uses.get(before.refreshToken)).toBe(1);
    expect(
      fake.oaCalls
        .filter((c) => c.userId === 'ra' || c.userId === 'rb')
        .map((c) => c.error)
        .sort(),
    ).toEqual([-216, -216, 0, 0]);
  });

  it('cannot reuse a refresh token: Zalo refuses it and nothing is overwritten', async () => {
    const oauth = createZaloOAuth({ root: fake.url, appId: fake.appId, appSecret: fake.appSecret });
    const current = (await worker().store.get<StoredOaTokens>(OA_TOKENS_KEY))!;
    const [usedOnce] = [...fake.refreshes.uses.keys()];
    await expect(oauth.refresh(usedOnce!)).rejects.toBeInstanceOf(ZaloAuthError);
    expect(fake.refreshes.rejected).toBe(1);
    expect((await worker().store.get<StoredOaTokens>(OA_TOKENS_KEY))?.refreshToken).toBe(current.refreshToken);
  });

  it('`zalo oa-auth` prints the consent URL and stores the tokens of the returned code', async () => {
    const config = createConfig({ ...zaloEnv(fake), REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: prefix });
    const out = output();
    const err = output();
    expect(await zaloCommand(config, ['oa-auth'], { stdout: out.stream, stderr: err.stream })).toBe(0);
    const consent = new URL(out.text().match(/https?:\/\/\S+permission\S*/)![0]);
    expect(consent.pathname).toBe('/v4/oa/permission');
    expect(consent.searchParams.get('app_id')).toBe(fake.appId);
    expect(consent.searchParams.get('redirect_uri')).toBe('https://tutor.example.vn/zalo/callback');

    fake.addAuthCode('code-from-zalo');
    expect(
      await zaloCommand(config, ['oa-auth', '--code', 'code-from-zalo'], { stdout: out.stream, stderr: err.stream }),
    ).toBe(0);
    expect(out.text()).toContain('Zalo OA tokens stored');
    const stored = await worker().store.get<StoredOaTokens>(OA_TOKENS_KEY);
    expect(fake.refreshes.uses.has(stored!.refreshToken)).toBe(false);
    await expect(
      zaloCommand(config, ['oa-auth', '--code', 'code-from-zalo'], { stdout: out.stream, stderr: err.stream }),
    ).rejects.toBeInstanceOf(ZaloAuthError);

    expect(await zaloCommand(config, ['set-webhook'], { stdout: out.stream, stderr: err.stream })).toBe(0);
    expect(fake.webhook).toEqual({ url: 'https://tutor.example.vn/webhook/zalo-bot', secret_token: BOT_SECRET });
  });
});
