import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisAvailable } from '../support/redis.ts';
import { chatter } from '../support/test-app.ts';
import { chromiumAvailable, screenshots } from './support/browser.ts';
import { startE2e, type E2e } from './support/e2e.ts';
import { ADMIN, joinTeam, learnerFinishes } from './support/team.ts';

const MEMBER = 'zalo:member-yh';
const enabled = chromiumAvailable() && (await redisAvailable());

describe.runIf(enabled)('signing in and ward isolation in a real browser (serve on Redis)', () => {
  let e2e: E2e;

  beforeAll(async () => {
    e2e = await startE2e('web-e2e-access');
    const { app } = e2e;
    await joinTeam(app, MEMBER, 'phuong-yen-hoa', 'Lan');
    await learnerFinishes(app, 'telegram:301', 'Phường Yên Hòa', 'vneid', 0);
    await learnerFinishes(app, 'zalo:302', 'Phường Yên Hòa', 'vneid', 3);
    await learnerFinishes(app, 'telegram:303', 'Phường Yên Hòa', 'nhan-biet-lua-dao', 1, 2);
    await learnerFinishes(app, 'telegram:304', 'Xã Bát Tràng', 'tro-ly-ai', 0);
    await chatter(app, ADMIN).say('/muctieu hoat dong 60');
  });
  afterAll(async () => e2e?.close());

  it('signs a member in with the link from the chat, shows their ward as seeded, and refuses another ward', async () => {
    const { context, base } = e2e;
    const page = await context.newPage();
    await page.goto(await e2e.link(MEMBER));
    await screenshots(page, 'login');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`${base}/admin/overview`);
    expect(await page.locator('h1').textContent()).toBe('Tổng quan');
    expect(await page.getByTestId('learners').textContent()).toBe('3');
    expect(await page.getByTestId('lessons-completed').textContent()).toBe('2');
    expect(await page.locator('main').textContent()).toContain('Phường Yên Hòa');
    await screenshots(page, 'overview');

    const tampered = await page.goto(`${base}/admin/overview?ward=xa-bat-trang`);
    expect(tampered?.status()).toBe(403);
    expect(await page.locator('h1').textContent()).toBe('Không có quyền truy cập');
    expect(await page.content()).not.toContain('Xã Bát Tràng');
    await screenshots(page, 'forbidden');

    await page.goto(`${base}/admin/funnel?lesson=vneid`);
    expect(await page.locator('h1').textContent()).toBe('Tiến trình bài học');
    await screenshots(page, 'funnel');
    await page.goto(`${base}/admin/content`);
    await screenshots(page, 'content');
    for (const path of ['/admin/questions?ward=xa-bat-trang', '/admin/broadcasts?ward=xa-bat-trang']) {
      expect((await page.goto(`${base}${path}`))?.status(), path).toBe(403);
    }
    await page.close();
  });

  it('lets an admin pick any ward', async () => {
    const { context, base } = e2e;
    await context.clearCookies();
    const page = await context.newPage();
    await page.goto(await e2e.link(ADMIN));
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`${base}/admin/overview`);
    expect(await page.getByTestId('learners').textContent()).toBe('6'); // 4 learners, the member and the admin
    await page.selectOption('select#ward', 'xa-bat-trang');
    await page.waitForURL(/ward=xa-bat-trang/);
    expect(await page.getByTestId('learners').textContent()).toBe('1');
    await screenshots(page, 'overview-admin');
    // The funnel: every ward by default; picking a ward keeps the lesson shown.
    await page.goto(`${base}/admin/funnel?lesson=tro-ly-ai`);
    expect(await page.locator('main').textContent()).toContain('Tất cả phường, xã');
    await page.selectOption('select#ward', 'xa-bat-trang');
    await page.waitForURL(/ward=xa-bat-trang/);
    expect(page.url()).toContain('lesson=tro-ly-ai');
    expect(await page.locator('select#lesson').inputValue()).toBe('tro-ly-ai');
    expect(await page.getByTestId('reached').first().textContent()).toBe('1');
    await screenshots(page, 'funnel-admin');
    await page.close();
  });
});
