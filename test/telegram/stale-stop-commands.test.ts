import { afterEach, describe, expect, it } from 'vitest';
import type { FakeMessage } from '../fakes/fake-telegram.ts';
import { LAN, startHarness, type Harness } from './harness.ts';

let h: Harness;
afterEach(() => h.stop());

const buttons = (m: FakeMessage | undefined) =>
  ((m?.reply_markup?.['inline_keyboard'] as Array<Array<{ text: string }>> | undefined) ?? [])
    .flat()
    .map((b) => b.text);
const lastWithButtons = () => [...h.fake.messages(LAN.id)].reverse().find((m) => buttons(m).length > 0)!;
const id = (update: Record<string, unknown>) => (update['callback_query'] as { id: string }).id;

/** Onboards Lan as "bác" and opens the first lesson. */
async function intoLesson(): Promise<FakeMessage> {
  await h.deliver(h.fake.text(LAN, '/start'));
  await h.deliver(h.fake.press(LAN, lastWithButtons(), 'Bác'));
  await h.deliver(h.fake.press(LAN, lastWithButtons(), 'Bỏ qua'));
  await h.deliver(h.fake.press(LAN, lastWithButtons(), 'Điện thoại thông minh'));
  return lastWithButtons();
}

describe('Telegram: stale buttons, STOP and commands', () => {
  it('answers a button from an earlier step politely with the current step, and always answers the callback', async () => {
    h = await startHarness();
    const step1 = await intoLesson();
    // A double press: both arrive before the first one removed the buttons.
    const first = h.fake.press(LAN, step1, 'Tiếp tục');
    const again = h.fake.press(LAN, step1, 'Tiếp tục');
    await h.deliver(first, again);
    const step2 = h.fake.messages(LAN.id).find((m) => m.text.includes('(2/9)'))!;
    const texts = h.fake.texts(LAN.id);
    expect(texts.at(-2)).toBe('Nút này thuộc tin nhắn cũ rồi ạ. Bác đang học ở đây:');
    expect(texts.at(-1)).toBe(step2.text);
    expect(h.fake.query(id(again))).toEqual({ answered: true });

    const forged = h.fake.callback(LAN, step2, 'x:not-a-real-button:💥');
    await h.deliver(forged);
    expect(h.fake.texts(LAN.id).at(-2)).toContain('Nút này thuộc tin nhắn cũ');
    expect(h.fake.query(id(forged))).toEqual({ answered: true });

    // A button on a message Telegram no longer lets the bot see (date 0): still answered, still the current step.
    const ancient = h.fake.callback(LAN, undefined, 'n:dien-thoai-co-ban:gioi-thieu');
    await h.deliver(ancient);
    expect(h.fake.texts(LAN.id).at(-1)).toContain('(2/9)');
    expect(h.fake.query(id(ancient))).toEqual({ answered: true });
    // Only the second removal of the already removed buttons was refused ("message is not modified").
    expect(h.fake.calls.filter((c) => c.status !== 200).map((c) => `${c.method} ${c.status}`)).toEqual([
      'editMessageReplyMarkup 400',
    ]);
  });

  it('stops reminders in the middle of a lesson with /dung and resumes the same step from the main keyboard', async () => {
    h = await startHarness();
    const step1 = await intoLesson();
    await h.deliver(h.fake.press(LAN, step1, 'Tiếp tục'));
    const position = (await h.app.learners.get(`telegram:${LAN.id}`))!.position;

    await h.deliver(h.fake.text(LAN, '/dung'));
    expect(h.fake.texts(LAN.id).at(-1)).toContain('🔕 Đã dừng.');
    const stopped = (await h.app.learners.get(`telegram:${LAN.id}`))!;
    expect(stopped.subscribed).toBe(false);
    expect(stopped.position).toEqual(position);

    await h.deliver(h.fake.text(LAN, '▶️ Học tiếp'));
    expect(h.fake.texts(LAN.id).slice(-2)).toEqual(['Mình học tiếp nhé bác! 📖', expect.stringContaining('(2/9)')]);
  });

  it('understands every "/" command of the menu, with or without @botname, and the main keyboard buttons', async () => {
    h = await startHarness();
    await intoLesson();
    const expectations: Array<[string, string]> = [
      ['/tiendo', '📊 Kết quả học của bác'],
      ['/tiendo@hocvuso_test_bot', '📊 Kết quả học của bác'],
      ['/hoctiep', 'Mình học tiếp nhé bác!'],
      ['/ontap', 'chưa có gì để ôn'],
      ['/giup', 'Mình có thể gõ'],
      ['/menu', 'muốn học bài nào'],
      ['📊 Tiến độ', '📊 Kết quả học của bác'],
      ['📚 Bài học', 'muốn học bài nào'],
      ['❓ Hỏi đáp', 'cứ gõ câu hỏi'],
      ['/dung', 'Đã dừng'],
    ];
    for (const [command, reply] of expectations) {
      const before = h.fake.texts(LAN.id).length;
      await h.deliver(h.fake.text(LAN, command));
      expect(h.fake.texts(LAN.id).slice(before).join('\n'), command).toContain(reply);
    }
  });
});
