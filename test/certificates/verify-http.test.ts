import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/create-app.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { createCertificateRoutes } from '../../src/features/certificates/web/verify-routes.ts';
import { createHttpServer } from '../../src/server/http-server.ts';
import { createDashboardRoutes } from '../../src/app/create-dashboard.ts';
import { redisAvailable } from '../support/redis.ts';
import { bothStores } from '../support/stores.ts';
import { chatter, testApp } from '../support/test-app.ts';
import { ADMIN, joinTeam, loginLink } from '../web/support/team.ts';
import { signIn, webClient } from '../web/support/web-client.ts';
import { codeIn, finishLessons, pictures } from './support.ts';

const hasRedis = await redisAvailable();
const LEARNER = 'zalooa:cert-http';
const PUBLIC_URL = 'https://hocvuso.example.vn';

/** The app's routes as `serve` mounts them, on a real server on 127.0.0.1. */
async function serve(app: App, verifyLimit = 30) {
  const routes = [
    ...createDashboardRoutes(app, { secret: 's' }),
    ...createCertificateRoutes(app, { limit: verifyLimit }),
  ];
  const server = createHttpServer({ logger: silentLogger, webhooks: [], routes });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { base, close };
}

/** A learner in Yên Hòa who finished everything and named the certificate; returns its picture part. */
async function certified(app: App) {
  await finishLessons(app, LEARNER, 'Yên Hòa');
  const chat = chatter(app, LEARNER);
  await chat.say('Đỗ Thị Ánh Tuyết');
  const [picture] = pictures((await chat.send({ text: '1' })).reply);
  return picture!;
}

describe.each(bothStores('cert-http', hasRedis))(
  'certificate verification over HTTP (%s store)',
  (_n, enabled, open) => {
    const cleanups: Array<() => Promise<void>> = [];
    afterEach(async () => {
      while (cleanups.length) await cleanups.pop()!();
    });

    async function setup(verifyLimit?: number) {
      const { store, cleanup } = open();
      cleanups.push(cleanup);
      const app = await testApp({ store, env: { ADMIN_IDS: ADMIN, PUBLIC_URL, CERTIFICATE_SECRET: 'test-secret' } });
      const server = await serve(app, verifyLimit);
      cleanups.push(server.close);
      return { app, base: server.base, client: webClient(server.base) };
    }

    it.runIf(enabled)(
      'confirms a real code with the printed details and says "không tìm thấy" for a forged one',
      async () => {
        const { app, client } = await setup();
        const picture = await certified(app);
        const code = codeIn(picture.caption)!;
        expect(picture.caption).toContain(`${PUBLIC_URL}/verify/${code}`);

        const page = await client.get(`/verify/${code}`);
        expect(page.status).toBe(200);
        expect(page.text).toContain('Giấy chứng nhận hợp lệ');
        expect(page.text).toContain('<dd data-testid="name">Đỗ Thị Ánh Tuyết</dd>');
        expect(page.text).toContain('Phường Yên Hòa');
        expect(page.text).toContain('VNeID');
        // Typed loosely (lower case, spaces) it still verifies, via the form.
        const typed = await client.get(`/verify?code=${encodeURIComponent(code.toLowerCase().replace('-', ' '))}`);
        expect([typed.status, typed.location]).toEqual([303, `/verify/${code}`]);

        const forged = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
        for (const wrong of [forged, 'ZZZZZ-ZZZZZ', 'not-a-code', '%E0%A4%A']) {
          const res = await client.get(`/verify/${wrong}`);
          expect(res.status, wrong).toBe(404);
          expect(res.text).toContain('Không tìm thấy giấy chứng nhận');
          expect(res.text).not.toContain('Đỗ Thị');
        }
      },
    );

    it.runIf(enabled)(
      'serves the picture under its unguessable URL (for Zalo OA), and nothing under others',
      async () => {
        const { app, client, base } = await setup();
        const picture = await certified(app);
        expect(picture.url).toMatch(new RegExp(`^${PUBLIC_URL}/c/[A-Za-z0-9_-]{22}\\.png$`));
        const res = await fetch(base + new URL(picture.url!).pathname);
        expect([res.status, res.headers.get('content-type')]).toEqual([200, 'image/png']);
        const png = PNG.sync.read(Buffer.from(await res.arrayBuffer()));
        expect([png.width, png.height]).toEqual([1200, 850]);
        expect((await client.get('/c/AAAAAAAAAAAAAAAAAAAAAA.png')).status).toBe(404);
        expect((await client.get(`/c/${codeIn(picture.caption)}.png`)).status).toBe(404);
      },
    );

    it.runIf(enabled)('stops a client that tries many codes', async () => {
      const { client } = await setup(5);
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await client.get(`/verify/ABCDE-1234${i}`)).status);
      expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429]);
    });

    it.runIf(enabled)('lists certificates on /admin for the ward’s team and admins, not for another ward', async () => {
      const { app, client, base } = await setup();
      const code = codeIn((await certified(app)).caption)!;
      await joinTeam(app, 'telegram:member-yh', 'phuong-yen-hoa');
      await joinTeam(app, 'telegram:member-other', 'xa-bat-trang');
      expect((await signIn(client, (await loginLink(app, 'telegram:member-yh'))!)).status).toBe(303);
      const own = await client.get('/admin/certificates');
      expect(own.status).toBe(200);
      expect(own.text).toContain('Đỗ Thị Ánh Tuyết');
      expect(own.text).toContain(`href="/verify/${code}"`);
      expect((await client.get('/admin/certificates?ward=xa-bat-trang')).status).toBe(403);

      const other = webClient(base);
      expect((await signIn(other, (await loginLink(app, 'telegram:member-other'))!)).status).toBe(303);
      const page = await other.get('/admin/certificates');
      expect(page.status).toBe(200);
      expect(page.text).not.toContain('Đỗ Thị Ánh Tuyết');
      expect((await other.get('/admin/certificates?ward=phuong-yen-hoa')).status).toBe(403);

      const admin = webClient(base);
      expect((await signIn(admin, (await loginLink(app, ADMIN))!)).status).toBe(303);
      expect((await admin.get('/admin/certificates')).text).toContain('Đỗ Thị Ánh Tuyết');
      expect((await client.get('/admin/certificates')).text).toContain('data-testid="courses">1<');
    });
  },
);
