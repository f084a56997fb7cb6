import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/create-app.ts';
import { redisAvailable } from '../support/redis.ts';
import { bothStores } from '../support/stores.ts';
import { chatter, manualClock, testApp } from '../support/test-app.ts';
import { csrfOf, expectForbidden, signIn, startWebServer, webClient } from './support/web-client.ts';
import { ADMIN, env, joinTeam, loginLink } from './support/team.ts';

const hasRedis = await redisAvailable();
const MEMBER = 'zalo:member-yh';
const OTHER = 'telegram:member-bt';

const stores = bothStores('web-auth', hasRedis);

describe.each(stores)('dashboard sign-in and access (%s store)', (_name, enabled, makeStore) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });

  async function setup(options: { loginLimit?: number } = {}) {
    const { store, cleanup } = makeStore();
    cleanups.push(cleanup);
    const clock = manualClock();
    const app: App = await testApp({ env, store, clock: clock.now });
    await joinTeam(app, MEMBER, 'phuong-yen-hoa', 'Lan');
    await joinTeam(app, OTHER, 'xa-bat-trang', 'Hùng');
    const server = await startWebServer(app, { secret: 'test-secret', ...options });
    cleanups.push(server.close);
    return { app, clock, base: server.base };
  }

  it.runIf(enabled)('gives team members a one-time link that signs them in, and nothing to learners', async () => {
    const { app, base } = await setup();
    expect(await loginLink(app, 'telegram:learner-1')).toBeUndefined();
    expect(await chatter(app, 'telegram:learner-1').say('/web')).not.toContain('/admin/login');

    const link = await loginLink(app, MEMBER);
    expect(link).toMatch(/^http:\/\/localhost:3000\/admin\/login\?token=[\w-]{40,}$/);
    const browser = webClient(base);
    const signedIn = await signIn(browser, link!);
    expect(signedIn.status).toBe(303);
    expect(signedIn.location).toBe('/admin/overview');
    const cookie = signedIn.setCookies.find((c) => c.startsWith('hv_session='))!;
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');

    const page = await browser.get('/admin/overview');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Phường Yên Hòa');
    expect(page.text).toContain('Lan');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    // Only display names and ward labels: no conversation ids anywhere.
    for (const id of [MEMBER, OTHER, ADMIN, 'member-yh']) expect(page.text).not.toContain(id);
    expect((await app.audit.recent(5)).map((a) => a.action)).toContain('web.login');
  });

  it.runIf(enabled)('accepts a link once, and not after ten minutes', async () => {
    const { app, clock, base } = await setup();
    const link = await loginLink(app, MEMBER);
    expect((await signIn(webClient(base), link!)).status).toBe(303);
    const again = await signIn(webClient(base), link!);
    expect(again.status).toBe(400);
    expect(again.text).toContain('đã được dùng');

    const late = await loginLink(app, MEMBER);
    clock.set(new Date(clock.now().getTime() + 11 * 60_000).toISOString());
    expect((await signIn(webClient(base), late!)).status).toBe(400);

    // Opening the link (a chat app building its preview) does not use it up.
    const fresh = await loginLink(app, MEMBER);
    const preview = webClient(base);
    await preview.get(new URL(fresh!).pathname + new URL(fresh!).search);
    expect((await signIn(webClient(base), fresh!)).status).toBe(303);
  });

  it.runIf(enabled)('refuses forms without the right CSRF token', async () => {
    const { app, base } = await setup();
    const link = new URL((await loginLink(app, MEMBER))!);
    const token = link.searchParams.get('token')!;
    // A forged login form from another site: no login cookie, made-up token field.
    expect((await webClient(base).post('/admin/login', { token, _csrf: 'forged' })).status).toBe(403);

    const browser = webClient(base);
    expect((await signIn(browser, link.href)).status).toBe(303);
    const page = await browser.get('/admin/simulator');
    const csrf = csrfOf(page.text);
    expect((await browser.post('/admin/simulator/start', { lesson: 'vneid' })).status).toBe(403);
    expect((await browser.post('/admin/simulator/start', { lesson: 'vneid', _csrf: `${csrf}x` })).status).toBe(403);
    expect((await browser.post('/admin/logout', { _csrf: 'nope' })).status).toBe(403);
    expect((await browser.get('/admin/overview')).status).toBe(200);
    expect((await browser.post('/admin/logout', { _csrf: csrf })).status).toBe(303);
    expect((await browser.get('/admin/overview')).status).toBe(401);
  });

  it.runIf(enabled)('answers 403 when a member edits the URL to another ward; admins see every ward', async () => {
    const { app, base } = await setup();
    const member = webClient(base);
    await signIn(member, (await loginLink(app, MEMBER))!);
    expect((await member.get('/admin/overview?ward=phuong-yen-hoa')).status).toBe(200);
    const elsewhere = [
      '/admin/overview?ward=xa-bat-trang',
      '/admin/overview?ward=*',
      '/admin/overview?ward=%3Cscript%3E',
      '/admin/overview.csv?ward=xa-bat-trang',
    ];
    await expectForbidden(member, elsewhere, 'Xã Bát Tràng');
    const csv = await member.get('/admin/overview.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toMatch(/thong-ke-phuong-yen-hoa-\d{4}-W\d\d\.csv/);

    const admin = webClient(base);
    await signIn(admin, (await loginLink(app, ADMIN))!);
    expect((await admin.get('/admin/overview')).text).toContain('Tất cả phường, xã');
    const other = await admin.get('/admin/overview?ward=xa-bat-trang');
    expect(other.status).toBe(200);
    expect(other.text).toContain('Xã Bát Tràng');
  });

  it.runIf(enabled)('closes the dashboard to strangers, forged cookies and people no longer on a team', async () => {
    const { app, base } = await setup();
    expect((await webClient(base).get('/admin/overview')).status).toBe(401);
    expect((await webClient(base).get('/admin/overview')).text).toContain('/web');
    const browser = webClient(base);
    await signIn(browser, (await loginLink(app, MEMBER))!);
    const real = browser.jar.get('hv_session')!;
    browser.jar.set('hv_session', `${real.split('.')[0]}.forged`);
    expect((await browser.get('/admin/overview')).status).toBe(401);
    browser.jar.set('hv_session', real);
    expect((await browser.get('/admin/overview')).status).toBe(200);
    await app.learners.update(MEMBER, app.clock(), ({ team: _gone, ...rest }) => rest);
    expect((await browser.get('/admin/overview')).status).toBe(401);
  });

  it.runIf(enabled)('counts only well-formed attempts with a wrong link, per address', async () => {
    const { app, base } = await setup({ loginLimit: 3 });
    const link = (await loginLink(app, MEMBER))!;
    // Forged forms and garbled tokens are refused without counting: they cannot lock anyone out.
    for (let i = 0; i < 20; i++)
      expect((await webClient(base).post('/admin/login', { token: 'x'.repeat(43), _csrf: 'x' })).status).toBe(403);
    for (let i = 0; i < 3; i++)
      expect((await signIn(webClient(base), `${base}/admin/login?token=${'w'.repeat(40)}${i}`)).status).toBe(400);
    const blocked = await signIn(webClient(base), link);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(blocked.text).toContain('Quá nhiều lần đăng nhập');
  });
});
