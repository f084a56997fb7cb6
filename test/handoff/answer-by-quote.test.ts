import { describe, expect, it } from 'vitest';
import { normalizeUpdate } from '../../src/channels/telegram/normalize-update.ts';
import { redisAvailable } from '../support/redis.ts';
import { flat, handoffStack, joinTeam, onboard, questionId, textOf, type HandoffStack } from './handoff-stack.ts';

const hasRedis = await redisAvailable();

async function ask(s: HandoffStack, learnerId: string, question: string): Promise<string> {
  const learner = await onboard(s, learnerId, 'Phường Yên Hòa');
  await learner.say('gặp người hỗ trợ');
  await learner.say(question);
  return questionId(await learner.press('k:ho-send'));
}

describe.runIf(hasRedis)('a team member answering by replying to the question', () => {
  it('claims and answers the quoted question, and goes on answering it with the next message', async () => {
    const s = await handoffStack();
    await joinTeam(s, 'telegram:61', 'Nguyễn Thị Lan');
    await joinTeam(s, 'telegram:62', 'Lê Văn Hùng', 'anh');
    const first = await ask(s, 'telegram:70', 'Làm sao để xem điểm thi của cháu trên mạng?');
    const second = await ask(s, 'zalo:71', 'Đăng ký khám bệnh qua VNeID thế nào?');
    await s.idle();
    const notices = s.sentTo('telegram:61').map(flat);
    const noticeOf = (id: string) => notices.find((t) => t.includes(`#${id}`) && t.includes(`k:ho-claim:${id}`))!;
    expect(noticeOf(first)).toBeDefined();

    // Lan swipes to reply on the second question's notice, without pressing "Tôi trả lời".
    const lan = s.chat('telegram:61');
    const sent = await lan.send({
      text: 'Bác mở VNeID, chọn "Tiện ích", rồi "Đặt lịch khám" ạ.',
      quoted: noticeOf(second),
    });
    expect(sent.text).toContain(`Đã gửi câu trả lời tới người hỏi (#${second})`);
    expect(await lan.say('Cần gì bác cứ hỏi thêm nhé.')).toContain(`#${second}`);
    await s.idle();
    const toAsker = s
      .sentTo('zalo:71')
      .map(textOf)
      .filter((t) => t.includes('Tổ công nghệ số trả lời'));
    expect(toAsker).toHaveLength(2);
    expect(toAsker[0]).toContain('Đặt lịch khám');
    expect(
      s
        .sentTo('telegram:70')
        .map(textOf)
        .some((t) => t.includes('Tổ công nghệ số trả lời')),
    ).toBe(false);

    // Hùng quotes the same notice: the question is Lan's now, so his text is not relayed.
    const hung = await s.chat('telegram:62').send({ text: 'Tôi cũng trả lời câu này.', quoted: noticeOf(second) });
    expect(hung.text).toContain('đang do người khác trả lời');
    // Quoting the "/cauhoi" list, which names both questions, answers neither.
    const list = await s.chat('telegram:62').say('/cauhoi');
    const reply = await s.chat('telegram:62').send({ text: 'Câu nào cũng khó quá', quoted: list });
    expect(reply.text).not.toContain('Đã gửi câu trả lời');
    await s.idle();
    expect(
      s
        .sentTo('telegram:70')
        .map(textOf)
        .some((t) => t.includes('Tổ công nghệ số trả lời')),
    ).toBe(false);
  });

  it('is not possible for a learner quoting the same words', async () => {
    const s = await handoffStack();
    await joinTeam(s, 'telegram:61', 'Nguyễn Thị Lan');
    const id = await ask(s, 'telegram:70', 'Làm sao để xem điểm thi của cháu trên mạng?');
    const other = await onboard(s, 'telegram:72', 'Phường Yên Hòa');
    const reply = await other.send({ text: 'Tôi trả lời hộ nhé', quoted: `Câu hỏi mới #${id}` });
    expect(reply.text).not.toContain('Đã gửi câu trả lời');
    await s.idle();
    expect(
      s
        .sentTo('telegram:70')
        .map(textOf)
        .some((t) => t.includes('Tổ công nghệ số trả lời')),
    ).toBe(false);
  });
});

describe('Telegram replies to the bot', () => {
  const bot = { id: 4242, username: 'hocvuso_bot' };
  const deps = { bot, now: () => new Date(), fetchFile: async () => new Uint8Array() };
  const update = (replyTo: object) => ({
    update_id: 1,
    message: {
      message_id: 9,
      date: 1,
      chat: { id: 61, type: 'private' },
      from: { id: 61, is_bot: false, first_name: 'Lan' },
      text: 'Bác mở VNeID ạ',
      reply_to_message: replyTo,
    },
  });

  it('carry the quoted text of the bot’s message, and only of the bot’s', () => {
    const fromBot = normalizeUpdate(
      update({
        message_id: 5,
        from: { id: 4242, is_bot: true, first_name: 'Học vụ số' },
        text: '🙋 Câu hỏi mới #ABCD',
      }) as never,
      deps as never,
    );
    expect(fromBot.action === 'handle' && fromBot.inbound.quoted).toBe('🙋 Câu hỏi mới #ABCD');
    const fromSomeone = normalizeUpdate(
      update({ message_id: 5, from: { id: 70, is_bot: false, first_name: 'Bác' }, text: '#ABCD' }) as never,
      deps as never,
    );
    expect(fromSomeone.action === 'handle' && fromSomeone.inbound.quoted).toBeUndefined();
  });
});
