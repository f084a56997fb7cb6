import { afterEach, describe, expect, it } from 'vitest';
import type { FakeMessage } from '../fakes/fake-telegram.ts';
import { LAN, startHarness, type Harness } from './harness.ts';

let h: Harness;
afterEach(() => h.stop());

const keyboardOf = (m: FakeMessage | undefined) =>
  ((m?.reply_markup?.['inline_keyboard'] as Array<Array<{ text: string }>> | undefined) ?? [])
    .flat()
    .map((b) => b.text);
const withButtons = (h: Harness, chatId: number) =>
  [...h.fake.messages(chatId)].reverse().find((m) => keyboardOf(m).length > 0)!;

describe('Telegram: onboarding and a whole lesson by button presses', () => {
  it('onboards from a ward deep link, registers the Vietnamese command menu and shows the main keyboard', async () => {
    h = await startHarness();
    expect(h.fake.commands).toEqual(
      expect.arrayContaining([{ command: 'hoctiep', description: 'Học tiếp chỗ đang dở' }]),
    );
    expect(h.fake.callsOf('deleteWebhook')).toHaveLength(1);

    await h.deliver(h.fake.text(LAN, '/start ward-phuong-yen-hoa'));
    const [welcome, ask] = h.fake.messages(LAN.id);
    expect(welcome!.text).toContain('Bình dân học vụ số');
    expect(welcome!.reply_markup?.['keyboard']).toBeDefined();
    expect(ask!.text).toContain('mình muốn được gọi là gì');
    expect(keyboardOf(ask)).toEqual(['Bác', 'Ông', 'Bà', 'Cô', 'Chú', 'Anh', 'Chị']);
    expect((await h.app.learners.get(`telegram:${LAN.id}`))?.wardCode).toBe('phuong-yen-hoa');

    await h.deliver(h.fake.press(LAN, ask!, 'Bác'));
    expect(h.fake.last(LAN.id)!.text).toContain('Dạ, cháu chào bác!');
    expect(keyboardOf(h.fake.last(LAN.id))).toContain('📘 VNeID – tài khoản định danh điện tử');
    expect(keyboardOf(ask), 'the pressed message loses its buttons').toEqual([]);
    const learner = await h.app.learners.get(`telegram:${LAN.id}`);
    expect(learner).toMatchObject({ honorific: 'bác', ward: 'Phường Yên Hòa', wardCode: 'phuong-yen-hoa' });
  });

  it('ignores a tampered deep link politely and still welcomes the learner', async () => {
    h = await startHarness();
    await h.deliver(h.fake.text(LAN, '/start ward-<b>phường</b> & "x"'));
    expect(h.fake.texts(LAN.id)[0]).toContain('Kính chào! 🌷');
    expect((await h.app.learners.get(`telegram:${LAN.id}`))?.wardCode).toBeUndefined();
    expect(h.handled[0]).toMatchObject({ kind: 'text', text: '/start' });
    expect(h.handled[0]?.startPayload).toBeUndefined();
  });

  it('takes a lesson and its quiz by pressing buttons, showing ✅/❌ in the edited question, and ends with the score', async () => {
    h = await startHarness();
    await h.deliver(h.fake.text(LAN, '/start'));
    await h.deliver(h.fake.press(LAN, withButtons(h, LAN.id), 'Bác'));
    await h.deliver(h.fake.press(LAN, withButtons(h, LAN.id), 'Bỏ qua'));
    await h.deliver(h.fake.press(LAN, withButtons(h, LAN.id), 'Điện thoại thông minh'));
    const lesson = h.app.content.lesson('dien-thoai-co-ban')!;

    for (let guard = 0; guard < 30 && !h.fake.last(LAN.id)!.text.startsWith('❓ Câu'); guard += 1) {
      const step = withButtons(h, LAN.id);
      expect(step.text).toContain('📘 Điện thoại thông minh');
      await h.deliver(h.fake.press(LAN, step, keyboardOf(step)[0]!));
    }
    expect(h.fake.texts(LAN.id)).toContainEqual(expect.stringContaining('Bài kiểm tra nhỏ: 4 câu'));

    for (const [i, q] of lesson.quiz.entries()) {
      const question = h.fake.last(LAN.id)!;
      expect(question.text).toContain(`Câu ${i + 1}/${lesson.quiz.length}: ${q.question}`);
      const pick = i === 1 ? q.options.find((o) => !o.correct)! : q.options.find((o) => o.correct)!;
      const press = h.fake.press(LAN, question, pick.text);
      await h.deliver(press);
      const edited = h.fake.messages(LAN.id).find((m) => m.message_id === question.message_id)!;
      expect(edited.text).toContain(q.question);
      const chosen = edited.text.split('\n').find((line) => line.includes('Đã chọn:'));
      expect(chosen).toMatch(new RegExp(`^${i === 1 ? '❌' : '✅'} Đã chọn: `));
      expect(chosen).toContain(pick.text);
      expect(edited.text).toContain(q.explanation);
      expect(keyboardOf(edited)).toEqual([]);
      const query = (press['callback_query'] as { id: string }).id;
      expect(h.fake.query(query)).toEqual({ answered: true, text: i === 1 ? '❌ Chưa đúng' : '✅ Đúng rồi!' });
    }
    expect(h.fake.texts(LAN.id)).toContainEqual(expect.stringContaining('đúng 3/4 câu'));
    const record = (await h.app.learners.get(`telegram:${LAN.id}`))!.lessons['dien-thoai-co-ban'];
    expect(record).toMatchObject({ lastScore: 3, total: 4 });
    expect(h.fake.calls.filter((c) => c.status !== 200).map((c) => `${c.method} ${c.status}`)).toEqual([]);
  });
});
