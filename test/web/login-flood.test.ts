import { afterEach, describe, expect, it } from 'vitest';
import { redisAvailable } from '../support/redis.ts';
import { bothStores } from '../support/stores.ts';
import { testApp } from '../support/test-app.ts';
import { env, joinTeam, loginLink } from './support/team.ts';
import { csrfOf, signIn, startWebServer, webClient } from './support/web-client.ts';

const hasRedis = await redisAvailable();
const MEMBER = 'zalo:member-flood';
const stores = bothStores('web-flood', hasRedis);

/** A client holding a valid login CSRF pair, kept even when a refusal clears the cookie (an attacker's tool would). */
async function armed(base: string, headers: Record<string, string> = {}) {
  const client = webClient(base, headers);
  const field = csrfOf((await client.get(`/admin/login?token=${'a'.repeat(43)}`)).text);
  const cookie = client.jar.get('hv_login')!;
  return (token: string) => {
    client.jar.set('hv_login', cookie);
    return client.post('/admin/login', { token, _csrf: field });
  };
}

/** Runs `total` requests, `parallel` at a time. */
async function flood(
  total: number,
  parallel: number,
  one: (i: number) => Promise<number>,
): Promise<Map<number, number>> {
  const statuses = new Map<number, number>();
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < total) {
        const status = await one(next++);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  return statuses;
}

describe.each(stores)('dashboard login under a flood of bad posts (%s store)', (_name, enabled, makeStore) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });

  async function setup(trustProxy: string) {
    const { store, cleanup } = makeStore();
    cleanups.push(cleanup);
    const app = await testApp({ env: { ...env, TRUST_PROXY: trustProxy }, store });
    await joinTeam(app, MEMBER, 'phuong-yen-hoa', 'Lan');
    const server = await startWebServer(app, { secret: 'test-secret' });
    cleanups.push(server.close);
    return { app, base: server.base };
  }

  it.runIf(enabled)(
    'lets a member in while 1,000 forged or garbled login posts arrive from the same address',
    async () => {
      const { app, base } = await setup('0');
      // Half the posts carry a valid CSRF pair with a garbled token, the rest forged forms.
      const attacker = await armed(base);
      const bad = (i: number) =>
        i % 2
          ? attacker(i % 4 === 1 ? 'short' : `${'b'.repeat(40)}!`)
          : webClient(base).post('/admin/login', { token: 'x'.repeat(43), _csrf: `forged-${i}` });
      const running = flood(1000, 16, async (i) => (await bad(i)).status);
      const member = webClient(base);
      const during = await signIn(member, (await loginLink(app, MEMBER))!);
      const statuses = await running;
      expect(during.status).toBe(303);
      expect((await member.get('/admin/overview')).status).toBe(200);
      expect(Object.fromEntries(statuses)).toEqual({ 403: 500, 400: 500 });
      // None of them counted: the address is as free after the flood as before it.
      expect((await signIn(webClient(base), (await loginLink(app, MEMBER))!)).status).toBe(303);
    },
  );

  it.runIf(enabled)(
    'behind a proxy, keys attempts on the forwarded address, so a flood locks out only its sender',
    async () => {
      const { app, base } = await setup('1');
      const attacker = await armed(base, { 'x-forwarded-for': '203.0.113.9' });
      const running = flood(1000, 16, async (i) => (await attacker(`${'c'.repeat(40)}${i}`)).status);
      const link = (await loginLink(app, MEMBER))!;
      // The client wrote the first entry; the proxy appended the address it saw.
      const member = webClient(base, { 'x-forwarded-for': '203.0.113.9, 198.51.100.7' });
      const signedIn = await signIn(member, link);
      const statuses = await running;
      expect(signedIn.status).toBe(303);
      expect(statuses.get(429)).toBeGreaterThan(900);
      const stolen = new URL((await loginLink(app, MEMBER))!).searchParams.get('token')!;
      expect((await attacker(stolen)).status).toBe(429);
    },
  );

  it.runIf(enabled)(
    'ignores X-Forwarded-For unless TRUST_PROXY is set, so rotating it does not escape the limit',
    async () => {
      const { app, base } = await setup('0');
      for (let i = 0; i < 10; i++) {
        const client = webClient(base, { 'x-forwarded-for': `192.0.2.${i}` });
        expect((await signIn(client, `${base}/admin/login?token=${'d'.repeat(40)}${i}`)).status).toBe(400);
      }
      const next = webClient(base, { 'x-forwarded-for': '192.0.2.99' });
      expect((await signIn(next, (await loginLink(app, MEMBER))!)).status).toBe(429);
    },
  );
});
