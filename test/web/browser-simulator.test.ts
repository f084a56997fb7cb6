import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisAvailable } from '../support/redis.ts';
import { chromiumAvailable, screenshots } from './support/browser.ts';
import { startE2e, type E2e } from './support/e2e.ts';
import { joinTeam } from './support/team.ts';

const MEMBER = 'telegram:member-sim';
const enabled = chromiumAvailable() && (await redisAvailable());

describe.runIf(enabled)('the lesson simulator in a real browser (serve on Redis)', () => {
  let e2e: E2e;
  beforeAll(async () => {
    e2e = await startE2e('web-e2e-sim');
    await joinTeam(e2e.app, MEMBER, 'phuong-yen-hoa', 'Minh');
  });
  afterAll(async () => e2e?.close());

  it('runs a whole lesson by pressing its buttons, then shows it as each app would', async () => {
    const { context, base } = e2e;
    const page = await context.newPage();
    await page.goto(await e2e.link(MEMBER));
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`${base}/admin/overview`);
    await page.getByRole('link', { name: 'Thử bài học' }).click();
    await screenshots(page, 'simulator-empty');
    await page.selectOption('#sim-lesson', 'binh-dan-hoc-vu-so');
    await page.getByRole('button', { name: 'Bắt đầu thử' }).click();
    await page.locator('#sim .msg').first().waitFor();
    await screenshots(page, 'simulator-start');
    const sim = page.locator('#sim');
    for (let i = 0; i < 40 && !(await sim.textContent())?.includes('muốn làm gì tiếp'); i++) {
      const sent = await sim.locator('.msg.me').count();
      await sim.locator('.msg-buttons').last().locator('button[name="payload"]').first().click();
      await expect.poll(() => sim.locator('.msg.me').count()).toBeGreaterThan(sent);
    }
    expect(await sim.textContent()).toContain('muốn làm gì tiếp');
    await screenshots(page, 'simulator-telegram');

    await page.getByRole('tab', { name: 'Zalo Bot' }).click();
    await page.waitForURL(/view=zalobot/);
    expect(await sim.textContent()).toContain('👉 Gõ');
    await screenshots(page, 'simulator-zalobot');
    await page.getByRole('tab', { name: 'Zalo OA' }).click();
    await page.waitForURL(/view=zalooa/);
    await screenshots(page, 'simulator-zalooa');
    await page.getByRole('tab', { name: 'Dòng lệnh' }).click();
    await page.waitForURL(/view=console/);
    await sim.locator('input[name="text"]').fill('menu');
    await page.getByRole('button', { name: 'Gửi' }).click();
    await expect.poll(() => sim.locator('.msg.me').last().textContent()).toBe('menu');
    await screenshots(page, 'simulator-console');
    // Learners in the simulator never reach the real store or its statistics.
    expect((await e2e.app.learners.ids()).some((id) => id.startsWith('web:'))).toBe(false);
    await page.close();
  });
});
