import { describe, expect, it } from 'vitest';
import { encodePayload } from '../../src/core/flows/payload.ts';
import { chatter, manualClock, repoContent, testApp } from '../support/test-app.ts';

type Chat = ReturnType<typeof chatter>;

/** Walks the current lesson to its end, taking the first choice at each step; answers quiz questions right except those listed. */
async function finishLesson(chat: Chat, wrong: number[] = []): Promise<string> {
  const content = await repoContent();
  let last = '';
  for (let guard = 0; guard < 40; guard++) {
    const pos = (await chat.learner())?.position;
    // The last question, about the lesson's real task, is left waiting.
    if (!pos || pos.mode === 'task') return last;
    if (pos.mode === 'lesson') {
      last = await chat.say('1');
      continue;
    }
    if (pos.mode !== 'quiz') throw new Error('unexpected review');
    const q = content.lesson(pos.lessonId)!.quiz[pos.question]!;
    const right = q.options.findIndex((o) => o.correct);
    const pick = wrong.includes(pos.question) ? (right + 1) % q.options.length : right;
    last = await chat.say(String(pick + 1));
  }
  throw new Error('lesson did not end');
}

describe('the tutor in a chat', () => {
  it('welcomes, asks once how to address the learner and where they live, then shows the lessons', async () => {
    const chat = chatter(await testApp());
    const welcome = await chat.say('xin chao');
    expect(welcome).toContain('Kính chào');
    expect(welcome).toContain('mình muốn được gọi là gì');
    const ward = await chat.say('cô');
    expect(ward).toContain('Dạ, cháu chào cô! Cô đang sống ở xã hoặc phường nào');
    const menu = await chat.say('Phường Yên Hòa');
    expect(menu).toContain('Cảm ơn cô!');
    expect(menu).toMatch(/1\. 📘 Điện thoại thông minh/);
    const learner = await chat.learner();
    expect(learner).toMatchObject({ honorific: 'cô', ward: 'Phường Yên Hòa', wardCode: 'phuong-yen-hoa' });
    expect(await chat.say('menu')).not.toContain('gọi là gì');
  });

  it('knows the proper name of a listed ward typed without diacritics, and keeps an unlisted one as typed', async () => {
    const app = await testApp();
    const typed = chatter(app, 'console:typed');
    await typed.say('xin chao');
    await typed.say('bac');
    await typed.say('phuong yen hoa');
    expect(await typed.learner()).toMatchObject({ ward: 'Phường Yên Hòa', wardCode: 'phuong-yen-hoa' });
    const other = chatter(app, 'console:other');
    await other.say('xin chao');
    await other.say('bac');
    await other.say('Xã Đông Anh');
    expect(await other.learner()).toMatchObject({ ward: 'Xã Đông Anh', wardCode: 'xa-dong-anh' });
  });

  it('finds a listed ward typed without its kind word or short, asks again for a reply that is no place, and takes "không" as skip', async () => {
    const app = await testApp();
    const ward = async (id: string, ...typed: string[]) => {
      const chat = chatter(app, `console:${id}`);
      await chat.say('xin chao');
      await chat.say('bac');
      let last = '';
      for (const text of typed) last = await chat.say(text);
      return { last, learner: (await chat.learner())! };
    };
    expect((await ward('a', 'yen hoa')).learner).toMatchObject({ ward: 'Phường Yên Hòa', wardCode: 'phuong-yen-hoa' });
    expect((await ward('b', 'P. Yên Hòa')).learner).toMatchObject({
      ward: 'Phường Yên Hòa',
      wardCode: 'phuong-yen-hoa',
    });
    expect((await ward('c', 'Bát Tràng')).learner).toMatchObject({ ward: 'Xã Bát Tràng', wardCode: 'xa-bat-trang' });
    expect((await ward('h', 'Phường Yên Hòa, quận Cầu Giấy, Hà Nội')).learner).toMatchObject({
      ward: 'Phường Yên Hòa',
      wardCode: 'phuong-yen-hoa',
    });
    // A kind word that contradicts the listed ward is another place, kept as typed.
    expect((await ward('d', 'xã Yên Hòa')).learner).toMatchObject({ ward: 'xã Yên Hòa', wardCode: 'xa-yen-hoa' });

    const polite = await ward('e', 'vâng');
    expect(polite.last).toContain('gõ giúp cháu tên xã hoặc phường nơi bác sống');
    expect(polite.learner.ward).toBeUndefined();
    expect((await ward('f', 'vâng', 'yen hoa')).learner.wardCode).toBe('phuong-yen-hoa');

    const declined = await ward('g', 'không');
    expect(declined.last).toContain('Dạ vâng, không sao ạ. Khi nào cần, bác gõ "đổi phường"');
    expect(declined.learner.ward).toBeUndefined();
  });

  it('runs a whole lesson with a branching choice and a quiz, then shows progress', async () => {
    const chat = chatter(await testApp());
    await chat.say('/start');
    await chat.say('bác');
    await chat.say('bỏ qua');
    const first = await chat.say('3');
    expect(first).toContain('📘 VNeID');
    expect(first).toContain('(1/');
    expect(first).toContain('Nguồn: https://');
    const end = await finishLesson(chat, [0]);
    expect(end).toMatch(/đúng \d\/\d câu/);
    const learner = await chat.learner();
    const record = learner!.lessons['vneid']!;
    expect(record.completedAt).toBeDefined();
    expect(record.lastScore).toBe(record.total! - 1);
    const progress = await chat.say('tien do');
    expect(progress).toContain('Đã học xong: 1/8 bài');
    expect(progress).toContain(`VNeID – tài khoản định danh điện tử: đúng ${record.total! - 1}/${record.total}`);
    expect(progress).toContain('Chuỗi ngày học liên tiếp: 🔥 1 ngày');
  });

  it('gives immediate feedback with an explanation for each quiz answer', async () => {
    const content = await repoContent();
    const chat = chatter(await testApp());
    await chat.begin();
    await chat.press(encodePayload({ kind: 'lesson', lessonId: 'nhan-biet-lua-dao' }));
    const lesson = content.lesson('nhan-biet-lua-dao')!;
    // Walk the steps until the first quiz question shows.
    let text = '';
    for (let i = 0; i < 20 && !text.includes('Câu 1/'); i++) text = await chat.say('1');
    const q = lesson.quiz[0]!;
    const wrong = q.options.findIndex((o) => !o.correct);
    const feedback = await chat.say(String(wrong + 1));
    expect(feedback).toContain('❌ Chưa đúng');
    expect(feedback).toContain(q.explanation);
    expect(feedback).toContain('Câu 2/');
  });

  it('STOP works inside a lesson, keeps progress, and "bắt đầu lại" resubscribes', async () => {
    const chat = chatter(await testApp());
    await chat.begin();
    await chat.say('1');
    await chat.say('1');
    const before = (await chat.learner())!.position;
    // A bare "Dừng" could be "đúng": asked once; the button (or a yes) stops.
    expect(await chat.say('Dừng')).toContain('Dừng nhận tin');
    expect(await chat.say('1')).toContain('Đã dừng');
    let learner = await chat.learner();
    expect(learner!.subscribed).toBe(false);
    expect(learner!.position).toEqual(before);
    expect(await chat.say('hoc tiep')).toContain('Mình học tiếp nhé');
    expect(await chat.say('bat dau lai')).toContain('Đã bật lại');
    learner = await chat.learner();
    expect(learner!.subscribed).toBe(true);
  });

  it('recognises commands without diacritics and in shorthand', async () => {
    const chat = chatter(await testApp());
    await chat.begin();
    expect(await chat.say('TIEN DO')).toContain('Kết quả học');
    expect(await chat.say('tiến độ ạ')).toContain('Kết quả học');
    expect(await chat.say('dung lai')).toContain('Đã dừng');
    expect(await chat.say('batdaulai')).toContain('Đã bật lại');
    expect(await chat.say('/help')).toContain('"học tiếp"');
  });

  it('answers an old button politely and shows where the learner is', async () => {
    const chat = chatter(await testApp());
    await chat.begin();
    await chat.press(encodePayload({ kind: 'lesson', lessonId: 'vneid' }));
    const oldButton = encodePayload({ kind: 'next', lessonId: 'vneid', stepId: 'gioi-thieu' });
    await chat.say('1');
    const stale = await chat.press(oldButton);
    expect(stale).toContain('Nút này thuộc tin nhắn cũ');
    expect(stale).toContain('📘 VNeID');
    expect(await chat.press('x:garbage:payload')).toContain('Nút này thuộc tin nhắn cũ');
    expect(await chat.press(encodePayload({ kind: 'lesson', lessonId: 'bai-da-xoa' }))).toContain(
      'Nút này thuộc tin nhắn cũ',
    );
  });

  it('asks missed questions again on a later day and keeps the streak across days', async () => {
    const clock = manualClock('2026-11-25T02:00:00Z');
    const chat = chatter(await testApp({ clock: clock.now }));
    await chat.begin();
    await chat.press(encodePayload({ kind: 'lesson', lessonId: 'tro-ly-ai' }));
    await finishLesson(chat, [0, 1]);
    expect((await chat.learner())!.review).toHaveLength(2);
    expect(await chat.say('on tap')).toContain('2 câu bác làm sai sẽ được hỏi lại ngày mai');

    clock.advanceDays(1);
    expect(await chat.say('menu')).toContain('Ôn tập (2 câu)');
    const review = await chat.say('ôn tập');
    expect(review).toContain('Ôn lại 2 câu');
    const content = await repoContent();
    for (let i = 0; i < 2; i++) {
      const pos = (await chat.learner())!.position;
      if (pos?.mode !== 'review') throw new Error('not reviewing');
      const item = pos.items[pos.index]!;
      const q = content.lesson(item.lessonId)!.quiz.find((x) => x.id === item.questionId)!;
      await chat.say(String(q.options.findIndex((o) => o.correct) + 1));
    }
    const learner = (await chat.learner())!;
    expect(learner.position).toBeUndefined();
    expect(learner.review.every((r) => r.box === 2 && r.due === '2026-11-29')).toBe(true);
    expect(learner.streak).toMatchObject({ current: 2, best: 2 });
    clock.advanceDays(3);
    expect(await chat.say('tien do')).toContain('Chuỗi ngày học: hôm nay học một chút');
  });

  it('answers empty, huge and unreadable messages kindly', async () => {
    const chat = chatter(await testApp());
    await chat.begin();
    expect(await chat.say('')).toContain('gõ "menu"');
    expect(await chat.say('a'.repeat(100_000))).toMatch(/chưa chắc|chưa hiểu/);
    const sticker = await chat.send({ kind: 'sticker' });
    expect(sticker.text).toContain('cảm ơn');
    expect(sticker.text).toContain('📘 VNeID');
    const photo = await chat.send({ kind: 'image' });
    expect(photo.text).toContain('đừng gửi ảnh căn cước');
  });

  it('never loses a learner update when two messages arrive at once', async () => {
    const app = await testApp();
    const chat = chatter(app);
    await chat.begin();
    await Promise.all([chat.say('3'), chat.say('tien do'), chat.say('dừng lại')]);
    const learner = (await chat.learner())!;
    expect(learner.subscribed).toBe(false);
    expect(learner.lessons['vneid']).toBeDefined();
  });
});

describe('deep links', () => {
  it('opens a lesson from a lesson link and sets the ward from a ward QR code', async () => {
    const app = await testApp();
    const chat = chatter(app, 'telegram:900');
    const opened = await chat.send({ text: '/start', startPayload: 'lesson-vneid' });
    expect(opened.text).toContain('Kính chào');
    expect(opened.text).toContain('📘 VNeID');
    const other = chatter(app, 'telegram:901');
    await other.send({ text: '/start', startPayload: 'ward-phuong-yen-hoa' });
    expect((await other.learner())!.wardCode).toBe('phuong-yen-hoa');
    const tampered = chatter(app, 'telegram:902');
    expect((await tampered.send({ text: '/start', startPayload: 'lesson-../../etc' })).text).toContain('Kính chào');
  });
});

describe('questions during onboarding', () => {
  it('answers a first message that is a question instead of swallowing it', async () => {
    const chat = chatter(await testApp());
    const reply = await chat.say('quen mat khau vneid thi lam sao');
    expect(reply).not.toContain('gọi là gì');
    expect(reply).toMatch(/Quên mật khẩu|quên mật khẩu/);
    // Asked after the first message whatever it is: a question first, then "menu".
    const menu = await chat.say('menu');
    expect(menu).toContain('Kính chào');
    expect(menu).toContain('gọi là gì');
  });

  it('does not store a question or thanks as the ward, and asks the ward again after each', async () => {
    const chat = chatter(await testApp());
    await chat.say('xin chao');
    await chat.say('bác');
    const reply = await chat.say('gia vang hom nay bao nhieu');
    expect(reply).not.toContain('Cảm ơn bác');
    expect(reply).toContain('hỏi tiếp câu lúc nãy');
    const learner = (await chat.learner())!;
    expect(learner.ward).toBeUndefined();
    expect(learner.asking).toBe('ward');
    expect(await chat.say('cam on')).toContain('xã hoặc phường');
    expect((await chat.learner())!.ward).toBeUndefined();
    expect(await chat.say('yen hoa')).toContain('Cảm ơn bác');
    expect((await chat.learner())!.ward).toBe('Phường Yên Hòa');
  });
});
