import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConsoleChannel } from '../../src/channels/console/console-channel.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { epochMinute } from '../../src/features/reminders/time.ts';
import { fakeChannel } from '../fakes/fake-channel.ts';
import { chatter, manualClock, testApp } from '../support/test-app.ts';

// 09:00 in Hà Nội.
const MORNING = '2026-11-25T02:00:00Z';

async function onboarded(id = 'telegram:42') {
  const clock = manualClock(MORNING);
  const app = await testApp({ clock: clock.now });
  const chat = chatter(app, id);
  await chat.say('xin chao');
  await chat.say('bác');
  await chat.say('bỏ qua');
  return { app, chat, clock };
}

describe('choosing a daily reminder in the chat', () => {
  it('"nhắc tôi" offers three times; choosing 7:00 saves and schedules the reminder', async () => {
    const { app, chat } = await onboarded();
    const menu = await chat.say('nhắc tôi');
    expect(menu).toContain('Bác muốn cháu nhắc học vào giờ nào mỗi ngày ạ?');
    expect(menu).toContain('1. 🌅 Sáng 7:00');
    expect(menu).toContain('2. ☀️ Trưa 11:30');
    expect(menu).toContain('3. 🌙 Tối 19:30');
    expect(menu).not.toContain('Tắt nhắc');
    const done = await chat.say('1');
    expect(done).toContain('Đã đặt giờ nhắc. Cháu sẽ nhắn bác lúc 7:00 sáng mỗi ngày.');
    expect((await chat.learner())?.ext?.['reminder']).toEqual({ minute: 420, enabled: true });
    expect(await app.reminders.nextDue('telegram:42')).toBe(epochMinute(new Date('2026-11-26T00:00:00Z')));
    const again = await chat.say('nhac toi');
    expect(again).toContain('Hiện cháu đang nhắc bác lúc 7:00 sáng mỗi ngày.');
    expect(again).toContain('⏸️ Tạm dừng 3 ngày');
    expect(again).toContain('🔕 Tắt nhắc');
  });

  it.each([
    ['nhắc lúc 6 giờ 15', '6:15 sáng', 375],
    ['nhac luc 6h15', '6:15 sáng', 375],
    ['nhắc 19:30', '19:30 tối', 1170],
    ['nhắc tôi lúc 7 giờ tối nhé', '19:00 tối', 1140],
    ['Nhắc lúc 6 giờ rưỡi', '6:30 sáng', 390],
    ['bác muốn đổi giờ nhắc qua 8 giờ tối', '20:00 tối', 1200],
    ['cho bác đổi giờ nhắc thành 8h tối nha', '20:00 tối', 1200],
    ['tui muốn nhắc lúc 6 giờ sáng', '6:00 sáng', 360],
    ['doi gio nhac sang 9 gio toi', '21:00 tối', 1260],
    // A part of the day with no time takes that part's button.
    ['nhắc bà buổi tối nha', '19:30 tối', 1170],
    ['nhac bac moi sang', '7:00 sáng', 420],
  ])('reads the typed time "%s"', async (typed, said, minute) => {
    const { chat } = await onboarded();
    expect(await chat.say(typed)).toContain(`lúc ${said} mỗi ngày`);
    expect((await chat.learner())?.ext?.['reminder']).toMatchObject({ minute, enabled: true });
  });

  it('takes a bare time right after the reminder menu, and explains a time it cannot read', async () => {
    const { chat } = await onboarded();
    await chat.say('nhắc tôi');
    expect(await chat.say('8 giờ 45')).toContain('lúc 8:45 sáng mỗi ngày');
    const bad = await chat.say('nhắc lúc 25 giờ');
    expect(bad).toContain('Cháu chưa đọc được giờ này ạ.');
    expect((await chat.learner())?.ext?.['reminder']).toMatchObject({ minute: 525 });
  });

  it('asks, never guesses, when a day is to be skipped or only "the afternoon" is said', async () => {
    const { chat } = await onboarded();
    expect(await chat.say('mai khỏi nhắc')).toContain('Bác chưa đặt giờ nhắc nào ạ.');
    await chat.say('nhắc lúc 7 giờ');
    const skip = await chat.say('cháu ơi tối nay đừng nhắc bác nha');
    expect(skip).toContain('tạm dừng nhắc vài ngày hay tắt hẳn');
    expect(skip).toContain('⏸️ Tạm dừng 3 ngày');
    expect(skip).toContain('🔕 Tắt nhắc');
    expect((await chat.learner())?.ext?.['reminder']).toMatchObject({ minute: 420, enabled: true });
    expect(await chat.say('nhắc bác buổi chiều')).toContain('mấy giờ chiều');
    expect((await chat.learner())?.ext?.['reminder']).toMatchObject({ minute: 420 });
  });

  it('pauses for some days and turns reminders off', async () => {
    const { app, chat } = await onboarded();
    expect(await chat.say('tạm dừng 3 ngày')).toContain('Bác chưa đặt giờ nhắc nào ạ.');
    await chat.say('nhắc lúc 7 giờ');
    const paused = await chat.say('tạm dừng 3 ngày');
    expect(paused).toContain('Đã tạm dừng nhắc 3 ngày. Cháu sẽ nhắc lại từ ngày 28/11, lúc 7:00 sáng ạ.');
    expect(await app.reminders.nextDue('telegram:42')).toBe(epochMinute(new Date('2026-11-28T00:00:00Z')));
    const off = await chat.say('tắt nhắc');
    expect(off).toContain('Đã tắt nhắc học hằng ngày.');
    expect(await app.reminders.nextDue('telegram:42')).toBeUndefined();
    expect(await chat.say('nhắc tôi')).not.toContain('Tắt nhắc');
  });

  it('follows a timezone the learner sets', async () => {
    const { app, chat } = await onboarded();
    await chat.say('nhắc lúc 7 giờ');
    expect(await chat.say('múi giờ Sao Hỏa')).toContain('Cháu chưa biết múi giờ "Sao Hỏa" ạ.');
    const moved = await chat.say('múi giờ asia/tokyo');
    expect(moved).toContain('Đã đổi múi giờ của bác sang Asia/Tokyo.');
    expect(moved).toContain('Cháu sẽ nhắc lúc 7:00 sáng theo giờ ở đó.');
    // 07:00 in Tokyo is 22:00 UTC the day before.
    expect(await app.reminders.nextDue('telegram:42')).toBe(epochMinute(new Date('2026-11-25T22:00:00Z')));
  });
});

describe('the reminder itself', () => {
  it('brings the next step of the lesson in progress, with a button that continues it', async () => {
    const { app, chat, clock } = await onboarded();
    await chat.say('menu');
    await chat.say('1'); // the first lesson, first step
    await chat.press('k:remind');
    await chat.say('1'); // 7:00
    const channel = fakeChannel('telegram');
    await app.outbound.start({
      senders: [channel],
      handlers: app.outboundHandlers,
      learners: app.learners,
      store: app.store,
      logger: silentLogger,
      clock: clock.now,
    });
    clock.set('2026-11-26T00:00:04Z');
    await app.reminders.tick(clock.now());
    await channel.waitForSent(1);
    const part = channel.sent[0]!.parts[0]!;
    expect(part.type).toBe('choices');
    if (part.type !== 'choices') return;
    expect(part.text).toContain('⏰ Bác ơi, đến giờ học mỗi ngày rồi ạ!');
    expect(part.text).toMatch(/Mình làm tiếp bài ".+" nhé/);
    expect(part.text).toContain('🔥 Bác đã học 1 ngày liên tiếp.');
    expect(part.choices[0]).toEqual({ label: '▶️ Học tiếp', payload: 'k:resume' });
    // Typing "1" answers the reminder's first button.
    expect(await chat.say('1')).toContain('Mình học tiếp nhé bác!');
    await app.outbound.close();
  });

  it('shows up in the terminal chat, which prints proactive messages', async () => {
    const clock = manualClock(MORNING);
    const app = await testApp({ clock: clock.now });
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const channel = createConsoleChannel({ input, output, prompt: false });
    await app.outbound.start({
      senders: [channel],
      handlers: app.outboundHandlers,
      learners: app.learners,
      store: app.store,
      logger: silentLogger,
      clock: clock.now,
    });
    const chat = chatter(app, 'console:local');
    await chat.say('xin chao');
    await chat.say('bà');
    await chat.say('bỏ qua');
    await chat.say('nhắc lúc 19:30');
    clock.set('2026-11-25T12:30:01Z');
    await app.reminders.tick(clock.now());
    await app.outbound.close();
    expect(printed).toContain('⏰ Bà ơi, đến giờ học mỗi ngày rồi ạ!');
    expect(printed).toContain('Bài mới đang chờ bà');
    expect(printed).toContain('1. 📘 Học bài này');
    input.end();
  });
});
