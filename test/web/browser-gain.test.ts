import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviews, scriptedLearner } from '../lessons/support/scripted-learner.ts';
import { encodePayload } from '../../src/core/flows/payload.ts';
import { redisAvailable } from '../support/redis.ts';
import { chatter } from '../support/test-app.ts';
import { ARTIFACTS, chromiumAvailable, screenshots } from './support/browser.ts';
import { startE2e, type E2e } from './support/e2e.ts';
import { ADMIN, joinTeam } from './support/team.ts';

const enabled = chromiumAvailable() && (await redisAvailable());
const MEMBER = 'telegram:7401';

describe.runIf(enabled)('the learning-gain page in a real browser (serve on Redis)', () => {
  let e2e: E2e;
  beforeAll(async () => {
    e2e = await startE2e('web-e2e-gain');
    await joinTeam(e2e.app, MEMBER, 'phuong-yen-hoa', 'Lan');
    const YH = 'Phường Yên Hòa';
    await scriptedLearner(e2e.app, 'zalo:g-1', YH, 'vneid', { pre: [false, true], wrong: 1, task: 1 });
    await scriptedLearner(e2e.app, 'zalo:g-2', YH, 'vneid', { pre: [false, false], wrong: 0, task: 3 });
    await scriptedLearner(e2e.app, 'zalo:g-3', 'Xã Bát Tràng', 'vneid', { pre: 'skip', wrong: 2, task: 2 });
    await scriptedLearner(e2e.app, 'zalo:g-1', YH, 'zalo-an-toan', { pre: [true, true], wrong: 0, task: 1 });
    // g-2 had not tried the task; later "✅ Đã làm được" on the old question: done eventually.
    await chatter(e2e.app, 'zalo:g-2').press(encodePayload({ kind: 'task', lessonId: 'vneid', option: 0 }));
    e2e.clock.advanceDays(1);
    await reviews(e2e.app, 'zalo:g-1', [true]);
    await reviews(e2e.app, 'zalo:g-3', [true, false]);
  }, 120_000);
  afterAll(async () => {
    await e2e?.close();
  });

  it('shows a member their ward’s before, after, review and task-done figures, readable on a phone', async () => {
    const page = await e2e.context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(await e2e.link(MEMBER));
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`${e2e.base}/admin/overview`);
    await page.getByRole('link', { name: 'Hiệu quả bài học' }).click();
    await page.waitForURL(`${e2e.base}/admin/gain`);
    const vneid = page.locator('[data-lesson="vneid"]');
    expect(await vneid.getByTestId('before').textContent()).toBe('25%');
    expect(await vneid.getByTestId('after').textContent()).toBe('90%');
    expect(await vneid.getByTestId('review').textContent()).toBe('100%');
    expect(await vneid.getByTestId('task').textContent()).toBe('50%');
    expect(await vneid.getByTestId('task-n').textContent()).toBe('n = 2 người');
    expect(await vneid.getByTestId('task-eventually').textContent()).toBe('100%');
    expect(await vneid.getByTestId('task-eventually-n').textContent()).toBe('n = 2 người');
    expect(await page.locator('main').textContent()).not.toContain('Bát Tràng');
    await screenshots(page, 'gain');
    expect((await page.goto(`${e2e.base}/admin/gain?ward=xa-bat-trang`))?.status()).toBe(403);
    await page.close();
  });

  it('shows an admin every ward together', async () => {
    const page = await e2e.context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(await e2e.link(ADMIN));
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`${e2e.base}/admin/overview`);
    await page.goto(`${e2e.base}/admin/gain?ward=*`);
    const vneid = page.locator('[data-lesson="vneid"]');
    expect(await vneid.getByTestId('after-n').textContent()).toBe('n = 3 người');
    expect(await vneid.getByTestId('review').textContent()).toBe('67%');
    await screenshots(page, 'gain-all-wards');
    await mkdir('docs/screenshots', { recursive: true });
    for (const name of ['gain', 'gain-all-wards'])
      for (const size of ['phone', 'laptop'])
        await copyFile(path.join(ARTIFACTS, `${name}-${size}.png`), `docs/screenshots/${name}-${size}.png`);
    await page.close();
  });
});
