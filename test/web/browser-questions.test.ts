import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTelegram, type FakeTelegram } from '../fakes/fake-telegram.ts';
import { redisAvailable } from '../support/redis.ts';
import { chatter } from '../support/test-app.ts';
import { chromiumAvailable, screenshots } from './support/browser.ts';
import { startE2e, type E2e } from './support/e2e.ts';
import { ADMIN, joinTeam } from './support/team.ts';

const MEMBER = 'telegram:7001';
const LEARNER = 7101;
const FAR_LEARNER = 7102;
const enabled = chromiumAvailable() && (await redisAvailable());

/** A learner on Telegram asks the ward's team, as in the chat; returns the question number. */
async function ask(e2e: E2e, chatId: number, ward: string, question: string): Promise<string> {
  const learner = chatter(e2e.app, `telegram:${chatId}`);
  await learner.say('xin chao');
  await learner.say('bác');
  await learner.say(ward);
  await learner.say('gặp người hỗ trợ');
  await learner.say(question);
  const sent = await learner.press('k:ho-send');
  return sent.match(/#([A-Z0-9]{4})\b/)![1]!;
}

describe.runIf(enabled)('the question inbox in a real browser (serve on Redis, Telegram fake)', () => {
  let fake: FakeTelegram;
  let e2e: E2e;
  beforeAll(async () => {
    fake = await startFakeTelegram();
    e2e = await startE2e('web-e2e-questions', { telegram: fake });
    await joinTeam(e2e.app, MEMBER, 'phuong-yen-hoa', 'Lan');
  });
  afterAll(async () => {
    await e2e?.close();
    await fake?.close();
  });

  it('claims and answers a question in the browser, and the answer reaches the learner on Telegram', async () => {
    const { base } = e2e;
    const id = await ask(
      e2e,
      LEARNER,
      'Phường Yên Hòa',
      'Cháu ơi, bác muốn đặt lịch khám bệnh trên VNeID thì làm thế nào?',
    );
    const far = await ask(e2e, FAR_LEARNER, 'Xã Bát Tràng', 'Làm sao nhận lương hưu qua tài khoản?');
    // The team member was told on Telegram, through the queue.
    await fake.until(() => fake.texts(7001).some((t) => t?.includes(`#${id}`)), 'the notice to the team');

    const page = await e2e.signedIn(MEMBER, { acceptDialogs: true });
    await page.getByRole('link', { name: 'Câu hỏi' }).click();
    await page.waitForURL(`${base}/admin/questions`);
    expect(await page.locator(`[data-question="${id}"]`).textContent()).toContain('Bác ở Phường Yên Hòa');
    expect(await page.locator('main').textContent()).not.toContain(String(LEARNER));
    await screenshots(page, 'questions');

    await page.locator(`[data-question="${id}"] a`).click();
    await page.waitForURL(/\/admin\/questions\/view\?id=/);
    await screenshots(page, 'question-open');
    await page.getByRole('button', { name: 'Tôi nhận trả lời câu này' }).click();
    await page.waitForURL(/ok=claimed/);
    expect(await page.locator('main').textContent()).toContain('Bạn đang trả lời');
    await page
      .locator('#answer')
      .fill(
        'Bác mở ứng dụng VNeID, chọn "Tiện ích" rồi "Đặt lịch khám bệnh" ạ. Cháu có thể hướng dẫn trực tiếp ở nhà văn hóa sáng thứ Bảy.',
      );
    await page.getByRole('button', { name: 'Gửi cho người hỏi' }).click();
    await page.waitForURL(/ok=answered/);
    await screenshots(page, 'question-answered');

    await fake.until(
      () => fake.texts(LEARNER).some((t) => t?.includes('Tổ công nghệ số trả lời')),
      'the answer on Telegram',
    );
    const answer = fake.texts(LEARNER).find((t) => t?.includes('Tổ công nghệ số trả lời'))!;
    expect(answer).toContain('"Đặt lịch khám bệnh"');
    expect(answer).toContain('— Lan, tổ công nghệ số Phường Yên Hòa');
    expect(fake.texts(LEARNER).some((t) => t?.includes('đã nhận câu hỏi'))).toBe(true);

    await page.getByRole('button', { name: 'Thêm vào kho kiến thức' }).click();
    await page.waitForURL(/ok=promoted/);
    expect(await readdir(e2e.draftsDir)).toEqual([`tu-to-${id.toLowerCase()}.yaml`]);
    await page.getByRole('button', { name: 'Đóng câu hỏi' }).click();
    await page.waitForURL(/ok=closed/);
    await screenshots(page, 'question-closed');
    await fake.until(() => fake.texts(LEARNER).some((t) => t?.includes('đã đóng câu hỏi')), 'the closing message');
    await page.getByRole('link', { name: 'Tất cả câu hỏi' }).click();
    await page.getByRole('link', { name: 'Đã đóng' }).click();
    await page.waitForURL(/status=closed/);
    expect(await page.locator(`[data-question="${id}"]`).count()).toBe(1);
    await screenshots(page, 'questions-closed');

    // Another ward's question (it went to the admins): a member who edits the URL gets 403.
    const tampered = await page.goto(`${base}/admin/questions/view?id=${far}`);
    expect(tampered?.status()).toBe(403);
    expect(await page.content()).not.toContain('lương hưu');
    await page.close();
  });

  it('shows an admin the questions of every ward, including those sent to the admins', async () => {
    const { context, base } = e2e;
    await context.clearCookies();
    const page = await e2e.signedIn(ADMIN);
    await page.goto(`${base}/admin/questions`);
    const far = page.locator('[data-question]', { hasText: 'lương hưu' });
    expect(await far.textContent()).toContain('Ban quản trị');
    await screenshots(page, 'questions-admin');
    await far.locator('a').click();
    await page.waitForURL(/\/admin\/questions\/view\?id=/);
    await screenshots(page, 'question-admin');
    await page.close();
  });
});
