import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTelegram, type FakeTelegram } from '../fakes/fake-telegram.ts';
import { redisAvailable } from '../support/redis.ts';
import { chatter } from '../support/test-app.ts';
import { chromiumAvailable, screenshots } from './support/browser.ts';
import { startE2e, type E2e } from './support/e2e.ts';
import { joinTeam, learnerFinishes } from './support/team.ts';

const MEMBER = 'telegram:7002';
const FINISHED = 7201;
const NOT_FINISHED = 7202;
const ELSEWHERE = 7203;
const enabled = chromiumAvailable() && (await redisAvailable());
const MESSAGE =
  'Sáng thứ Bảy 8 giờ, tổ công nghệ số hướng dẫn cài VNeID tại nhà văn hóa tổ 5.\nBà con nhớ mang căn cước và điện thoại nhé!';

describe.runIf(enabled)('broadcasts in a real browser (serve on Redis, Telegram fake)', () => {
  let fake: FakeTelegram;
  let e2e: E2e;
  beforeAll(async () => {
    fake = await startFakeTelegram();
    e2e = await startE2e('web-e2e-broadcasts', { telegram: fake });
    const { app } = e2e;
    await joinTeam(app, MEMBER, 'phuong-yen-hoa', 'Minh');
    await learnerFinishes(app, `telegram:${FINISHED}`, 'Phường Yên Hòa', 'vneid', 0);
    const learner = chatter(app, `telegram:${NOT_FINISHED}`);
    for (const text of ['xin chao', 'bác', 'Phường Yên Hòa']) await learner.say(text);
    await learnerFinishes(app, `telegram:${ELSEWHERE}`, 'Xã Bát Tràng', 'tro-ly-ai', 0);
  });
  afterAll(async () => {
    await e2e?.close();
    await fake?.close();
  });

  it('composes, previews and sends a broadcast that reaches the chosen learners on Telegram, with live progress', async () => {
    const { base } = e2e;
    const page = await e2e.signedIn(MEMBER, { acceptDialogs: true });
    await page.getByRole('link', { name: 'Thông báo' }).click();
    await page.waitForURL(`${base}/admin/broadcasts`);
    await page.getByRole('link', { name: 'Soạn thông báo mới' }).click();
    await page.waitForURL(`${base}/admin/broadcasts/new`);
    await page.locator('#bc-text').fill(MESSAGE);
    await page.locator('#bc-link').fill('https://vneid.gov.vn');
    await page.locator('input[name="filter"][value="lesson"]').check();
    await page.locator('select[name="lesson"]').selectOption('vneid');
    await screenshots(page, 'broadcast-compose');
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.waitForURL(`${base}/admin/broadcasts/preview`);

    // Only the learner of the ward who has not finished "VNeID".
    expect(await page.getByTestId('recipients').textContent()).toBe('1');
    expect(await page.locator('[data-preview="telegram"]').textContent()).toContain(MESSAGE);
    expect(await page.locator('[data-preview="zalooa"] a', { hasText: 'Xem chi tiết' }).getAttribute('href')).toBe(
      'https://vneid.gov.vn/',
    );
    await screenshots(page, 'broadcast-preview');
    await page.getByRole('button', { name: 'Gửi ngay tới 1 người' }).click();
    await page.waitForURL(/\/admin\/broadcasts\/view\?id=b[0-9a-f]{11}&ok=started/);
    // The page keeps itself up to date until the broadcast is done, without reloading.
    await page.evaluate('window.sameDocument = true');
    await expect.poll(() => page.locator('#live .badge').textContent(), { timeout: 15_000 }).toBe('Đã gửi xong');
    expect(await page.evaluate('window.sameDocument')).toBe(true);
    expect(await page.getByTestId('bc-delivered').textContent()).toBe('1');
    await screenshots(page, 'broadcast-done');

    const received = fake.texts(NOT_FINISHED).find((t) => t?.includes('📢'));
    expect(received).toContain(MESSAGE);
    expect(received).toContain('Tổ công nghệ số cộng đồng');
    expect(fake.texts(FINISHED).some((t) => t?.includes(MESSAGE))).toBe(false);
    expect(fake.texts(ELSEWHERE).some((t) => t?.includes(MESSAGE))).toBe(false);
    // The sender also gets the report in the chat, as after "/guitin".
    await fake.until(
      () => fake.texts(7002).some((t) => t?.includes('Kết quả gửi thông báo')),
      'the report to the sender',
    );
    await page.close();
  });

  it('schedules a broadcast for tomorrow morning and cancels it from its page', async () => {
    const { context, base } = e2e;
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`${base}/admin/broadcasts/new`);
    await page.locator('#bc-text').fill('Tối mai họp tổ dân phố lúc 19 giờ.');
    await page.getByRole('button', { name: 'Xem trước' }).click();
    expect(await page.getByTestId('recipients').textContent()).toBe('2');
    await page.getByRole('button', { name: 'Hẹn giờ gửi' }).click();
    await page.waitForURL(/ok=scheduled/);
    expect(await page.locator('#live').textContent()).toContain('Hẹn gửi lúc 8:00 ngày 26/11/2026');
    await screenshots(page, 'broadcast-scheduled');
    await page.getByRole('button', { name: 'Hủy lịch gửi' }).click();
    await page.waitForURL(/ok=cancelled/);
    expect(await page.locator('#live .badge').textContent()).toBe('Đã hủy lịch');
    await page.getByRole('link', { name: 'Danh sách thông báo' }).click();
    const listed = page.locator('[data-broadcast]', { hasText: 'Tối mai họp tổ dân phố' });
    expect(await listed.locator('.badge').textContent()).toBe('Đã hủy lịch');
    await screenshots(page, 'broadcasts');
    await page.close();
  });
});
