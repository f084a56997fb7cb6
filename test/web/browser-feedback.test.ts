import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/core/content/parse-yaml.ts';
import { knowledgeEntrySchema } from '../../src/core/content/knowledge-schema.ts';
import { redisAvailable } from '../support/redis.ts';
import { chatter } from '../support/test-app.ts';
import { ARTIFACTS, chromiumAvailable, screenshots } from './support/browser.ts';
import { startE2e, type E2e } from './support/e2e.ts';
import { ADMIN, joinTeam } from './support/team.ts';

const enabled = chromiumAvailable() && (await redisAvailable());
const MEMBER = 'telegram:7301';
const ENTRY = 'vneid-quen-mat-khau';

/** A learner of `ward` asks `question` and rates the answer (`down` 👎 with a reason, else 👍). */
async function rate(e2e: E2e, id: string, ward: string, question: string, down: boolean): Promise<void> {
  const learner = chatter(e2e.app, id);
  await learner.say('xin chao');
  await learner.say('bác');
  await learner.say(ward);
  await learner.say(question);
  const choice = (await learner.learner())!.lastChoices!.find(
    (c) => c.label === (down ? '👎 Chưa đúng' : '👍 Hữu ích'),
  );
  await learner.press(choice!.payload);
  if (down) await learner.say('1');
}

describe.runIf(enabled)('the feedback page in a real browser (serve on Redis)', () => {
  let e2e: E2e;
  beforeAll(async () => {
    e2e = await startE2e('web-e2e-feedback');
    await joinTeam(e2e.app, MEMBER, 'phuong-yen-hoa', 'Lan');
    await rate(e2e, 'zalo:fb-1', 'Phường Yên Hòa', 'quên mật khẩu vneid thì làm sao', true);
    await rate(e2e, 'zalo:fb-2', 'Phường Yên Hòa', 'bác quên mật khẩu VNeID rồi cháu ơi', true);
    await rate(e2e, 'zalo:fb-3', 'Phường Yên Hòa', 'quen mat khau vneid', false);
    await rate(e2e, 'zalo:fb-4', 'Phường Yên Hòa', 'cài zalo thế nào', false);
    await rate(e2e, 'zalo:fb-5', 'Xã Bát Tràng', 'làm sao cài ứng dụng ngân hàng', true);
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('shows a member the worst entry with its 👎 questions and proposes a better answer in one click', async () => {
    const page = await e2e.signedIn(MEMBER);
    await page.getByRole('link', { name: 'Đánh giá' }).click();
    await page.waitForURL(`${e2e.base}/admin/feedback`);
    const worst = page.locator('[data-entry]').first();
    expect(await worst.getAttribute('data-entry')).toBe(ENTRY);
    const card = (await worst.textContent()) ?? '';
    expect(card).toContain('👎 2 · 👍 1');
    expect(card).toContain('67% (2/3)');
    expect(card).toContain('bác quên mật khẩu VNeID rồi cháu ơi');
    expect(await page.locator('main').textContent()).not.toContain('ngân hàng');
    await screenshots(page, 'feedback');

    await worst.getByText('Đề xuất câu trả lời tốt hơn').click();
    await worst
      .locator('textarea')
      .fill(
        'Bác mở VNeID, bấm "Quên mật khẩu", nhập số định danh và số điện thoại, nhận mã OTP qua tin nhắn rồi đặt mật khẩu mới. Mã OTP chỉ bác tự nhập, không đọc cho ai.',
      );
    await worst.getByRole('button', { name: 'Gửi đề xuất' }).click();
    await page.waitForURL(/ok=proposed/);
    expect(await page.locator('.flash.ok').textContent()).toContain('Đã gửi đề xuất vào bản nháp kho kiến thức');
    await screenshots(page, 'feedback-proposed');

    const [name] = await readdir(e2e.draftsDir);
    expect(name).toMatch(new RegExp(`^sua-${ENTRY}-\\d{8}-\\d{4}\\.yaml$`));
    const parsed = parseYaml(name!, await readFile(path.join(e2e.draftsDir, name!), 'utf8'), knowledgeEntrySchema);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.value.data.questions).toContain('bác quên mật khẩu VNeID rồi cháu ơi');
      expect(parsed.value.data.answer).toContain('Mã OTP chỉ bác tự nhập');
      expect(parsed.value.data.author).toBe('Lan');
    }
    // Another ward's page is closed to the member.
    expect((await page.goto(`${e2e.base}/admin/feedback?ward=xa-bat-trang`))?.status()).toBe(403);
    await page.close();
  });

  it('gives the claimer the learner’s last messages and the closest entries with sources', async () => {
    const learner = chatter(e2e.app, 'zalo:fb-6');
    await learner.say('xin chao');
    await learner.say('bác');
    await learner.say('Phường Yên Hòa');
    await learner.say('Bác bấm đăng nhập VNeID mãi không được, số bác 0912345678');
    await learner.say('gặp người hỗ trợ');
    await learner.say('Cháu ơi bác quên mật khẩu VNeID rồi, làm sao đăng nhập lại?');
    const id = (await learner.press('k:ho-send')).match(/#([A-Z0-9]{4})\b/)![1]!;
    const page = await e2e.signedIn(MEMBER);
    await page.goto(`${e2e.base}/admin/questions/view?id=${id}`);
    await page.getByRole('button', { name: 'Tôi nhận trả lời câu này' }).click();
    await page.waitForURL(/ok=claimed/);
    expect(await page.locator(`[data-brief-entry="${ENTRY}"]`).count()).toBe(1);
    expect(await page.locator('[data-brief] a').first().getAttribute('href')).toMatch(/^https:\/\//);
    const recent = (await page.locator('[data-brief-recent]').textContent()) ?? '';
    expect(recent).toContain('mãi không được, số bác [số điện thoại]');
    expect(await page.locator('main').textContent()).not.toContain('0912345678');
    await screenshots(page, 'question-brief');
    await page.close();
  });

  it('shows an admin every ward, worst first', async () => {
    const page = await e2e.signedIn(ADMIN);
    await page.goto(`${e2e.base}/admin/feedback?ward=*`);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Theo phường, xã');
    expect(main).toContain('Xã Bát Tràng');
    expect(await page.getByTestId('down').textContent()).toBe('3');
    await screenshots(page, 'feedback-all-wards');
    // The screenshots people look at are kept with the docs.
    await mkdir('docs/screenshots', { recursive: true });
    for (const name of ['feedback', 'feedback-proposed', 'feedback-all-wards', 'question-brief'])
      for (const size of ['phone', 'laptop'])
        await copyFile(path.join(ARTIFACTS, `${name}-${size}.png`), `docs/screenshots/${name}-${size}.png`);
    await page.close();
  });
});
