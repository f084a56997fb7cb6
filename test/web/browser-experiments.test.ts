import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisAvailable } from '../support/redis.ts';
import { ARTIFACTS, chromiumAvailable, screenshots } from './support/browser.ts';
import { startE2e, type E2e } from './support/e2e.ts';
import { ADMIN, joinTeam, learnerFinishes } from './support/team.ts';

const enabled = chromiumAvailable() && (await redisAvailable());
const MEMBER = 'telegram:7401';
const TEST = 'vneid.mat-khau-passcode';

describe.runIf(enabled)('the A/B tests page in a real browser (serve on Redis)', () => {
  let e2e: E2e;
  beforeAll(async () => {
    e2e = await startE2e('web-e2e-experiments');
    await joinTeam(e2e.app, MEMBER, 'phuong-yen-hoa', 'Lan');
    // Phường Yên Hòa: 3 finish the vneid lesson, 2 stop early; Xã Bát Tràng: 2 finish.
    for (const i of [1, 2, 3]) await learnerFinishes(e2e.app, `zalo:ab-${i}`, 'Phường Yên Hòa', 'vneid', i - 1);
    for (const i of [4, 5]) await learnerFinishes(e2e.app, `zalo:ab-${i}`, 'Phường Yên Hòa', 'vneid', 0, 2);
    for (const i of [6, 7]) await learnerFinishes(e2e.app, `zalo:ab-${i}`, 'Xã Bát Tràng', 'vneid', 1);
  }, 120_000);
  afterAll(async () => {
    await e2e?.close();
  });

  it('shows a member their ward’s arms with intervals and the stop rule, and no way to end the test', async () => {
    const page = await e2e.context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(await e2e.link(MEMBER));
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`${e2e.base}/admin/overview`);
    await page.getByRole('link', { name: 'Thử nghiệm A/B' }).click();
    await page.waitForURL(`${e2e.base}/admin/experiments`);
    const card = page.locator(`[data-experiment="${TEST}"]`);
    const started = await card.locator('[data-testid="n"] strong').allTextContents();
    expect(started.map(Number).reduce((a, b) => a + b, 0)).toBe(5);
    expect(await card.getByTestId('verdict').textContent()).toBe('Chưa đủ dữ liệu');
    expect(await page.getByTestId('stop-rule').textContent()).toContain('kiểm định z hai tỷ lệ');
    expect(await card.textContent()).toContain('KTC 95%');
    expect(await page.getByRole('button', { name: 'Kết thúc thử nghiệm' }).count()).toBe(0);
    await screenshots(page, 'experiments');
    expect((await page.goto(`${e2e.base}/admin/experiments?ward=xa-bat-trang`))?.status()).toBe(403);
    expect((await page.goto(`${e2e.base}/admin/experiments.csv?ward=xa-bat-trang`))?.status()).toBe(403);
    // A member's post to end the test is refused, even with the page's own CSRF token.
    await page.goto(`${e2e.base}/admin/experiments`);
    const csrf = await page.locator('input[name="_csrf"]').first().getAttribute('value');
    const post = await page.request.post(`${e2e.base}/admin/experiments/end`, {
      form: { _csrf: csrf ?? '', experiment: TEST, winner: 'vi-du' },
    });
    expect(post.status()).toBe(403);
    expect(e2e.app.experiments.ended(TEST)).toBeUndefined();
    // The lesson funnel marks the tested step and splits the lesson by arm, for the ward only.
    await page.goto(`${e2e.base}/admin/funnel?lesson=vneid`);
    const arms = page.locator(`[data-arms="${TEST}"]`);
    expect(await arms.textContent()).toContain('được tính riêng cho từng phương án');
    const startedPerArm = await page.getByTestId('arm-started').allTextContents();
    expect(startedPerArm.map(Number).reduce((a, b) => a + b, 0)).toBe(5);
    expect(await page.locator('main').textContent()).not.toContain('Bát Tràng');
    await screenshots(page, 'funnel-ab');
    expect((await page.goto(`${e2e.base}/admin/funnel?ward=xa-bat-trang&lesson=vneid`))?.status()).toBe(403);
    await page.close();
  });

  it('lets an admin export every ward as CSV and end the test, audited', async () => {
    const page = await e2e.context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(await e2e.link(ADMIN));
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`${e2e.base}/admin/overview`);
    await page.goto(`${e2e.base}/admin/experiments`);
    const card = page.locator(`[data-experiment="${TEST}"]`);
    const started = await card.locator('[data-testid="n"] strong').allTextContents();
    expect(started.map(Number).reduce((a, b) => a + b, 0)).toBe(7);
    const csv = await (await page.request.get(`${e2e.base}/admin/experiments.csv`)).text();
    expect(csv).toContain('thu_nghiem,phuong_an,ma_phuong_an,ty_trong,bat_dau,hoan_thanh');
    expect(csv.split('\n').filter((l) => l.startsWith(TEST))).toHaveLength(2);
    // Without the form's token nothing happens.
    const forged = await page.request.post(`${e2e.base}/admin/experiments/end`, {
      form: { experiment: TEST, winner: 'vi-du' },
    });
    expect(forged.status()).toBe(403);

    await card.getByText('Kết thúc thử nghiệm và chọn một phương án').click();
    await card.getByRole('radio', { name: 'B · vi-du' }).check();
    await screenshots(page, 'experiments-end');
    await card.getByRole('button', { name: 'Kết thúc thử nghiệm' }).click();
    await page.waitForURL(/ok=ended/);
    expect(await page.locator('.flash.ok').first().textContent()).toContain('Đã kết thúc thử nghiệm');
    expect(await page.locator(`[data-experiment="${TEST}"] [data-arm="vi-du"] .badge.ok`).textContent()).toBe(
      'Đã chọn',
    );
    expect(e2e.app.experiments.ended(TEST)?.winner).toBe('vi-du');
    const audit = await e2e.app.audit.recent(5);
    expect(audit.at(-1)).toMatchObject({
      actor: ADMIN,
      action: 'experiment.end',
      target: TEST,
      detail: { winner: 'vi-du' },
    });
    await screenshots(page, 'experiments-ended');
    // The screenshots people look at are kept with the docs.
    await mkdir('docs/screenshots', { recursive: true });
    for (const name of ['experiments', 'experiments-end', 'experiments-ended', 'funnel-ab'])
      for (const size of ['phone', 'laptop'])
        await copyFile(path.join(ARTIFACTS, `${name}-${size}.png`), `docs/screenshots/${name}-${size}.png`);
    await page.close();
  });
});
