import { describe, expect, it } from 'vitest';
import { readWardStats } from '../../src/features/team/stats/ward-stats.ts';
import { redisAvailable } from '../support/redis.ts';
import {
  ADMIN,
  flat,
  handoffStack,
  joinTeam,
  onboard,
  platformId,
  questionId,
  textOf,
  WARD,
  type HandoffStack,
} from './handoff-stack.ts';

const hasRedis = await redisAvailable();

/** No send to `to` contains any of the secrets. */
function expectNoneOf(s: HandoffStack, to: string, secrets: string[]): void {
  const sent = s.sentTo(to).map(flat).join('\n');
  for (const secret of secrets) expect(sent).not.toContain(secret);
}

describe.runIf(hasRedis)('asking a volunteer across platforms (Redis)', () => {
  it('hands a Zalo learner’s question to a Telegram team member and brings the signed answer back', async () => {
    const s = await handoffStack();
    const MEMBER = 'telegram:5550001';
    const LEARNER = 'zalooa:8842731';
    await joinTeam(s, MEMBER, 'Nguyễn Thị Lan');
    const learner = await onboard(s, LEARNER, 'Phường Yên Hòa');
    // A question the tutor answers; the answers feature remembers it (redacted).
    await learner.say('Tôi muốn đổi số điện thoại 0912 345 678 trên ứng dụng ngân hàng thì làm sao?');

    const confirm = await learner.press('k:handoff');
    expect(confirm).toContain('Gửi câu hỏi này cho tổ công nghệ số Phường Yên Hòa?');
    expect(confirm).toContain('[số điện thoại]');
    expect(confirm).not.toContain('0912');
    expect(confirm).toContain('Tổ trực từ 7:30 đến 21:00');

    // "1" picks the first button, as on channels without buttons.
    const sent = await learner.say('1');
    expect(sent).toContain('Đã gửi câu hỏi #');
    const id = questionId(sent);
    await s.idle();

    const notice = s.sentTo(MEMBER).at(-1)!;
    const noticeText = textOf(notice);
    expect(noticeText).toContain(`Câu hỏi mới #${id}`);
    expect(noticeText).toContain('Bác ở Phường Yên Hòa');
    expect(noticeText).toContain('[số điện thoại]');
    expect(noticeText).toContain('Trợ lý đã trả lời');
    expect(flat(notice)).toContain(`k:ho-claim:${id}`);

    const member = s.chat(MEMBER);
    expect(await member.press(`k:ho-claim:${id}`)).toContain(
      `Câu hỏi #${id} (Bác ở Phường Yên Hòa) giờ do chị trả lời`,
    );
    const ack = await member.say(
      'Bác mang căn cước ra quầy ngân hàng gần nhất để đổi số nhé. Nếu cần, gọi cháu: 0987 654 321.',
    );
    expect(ack).toContain('Đã gửi câu trả lời tới người hỏi');
    expect(ack).toContain('đã được che');
    await s.idle();

    const toLearner = s.sentTo(LEARNER).map(textOf);
    expect(toLearner.some((t) => t.includes('đã nhận câu hỏi'))).toBe(true);
    const answer = toLearner.find((t) => t.includes('Tổ công nghệ số trả lời'))!;
    expect(answer).toContain('Bác mang căn cước ra quầy ngân hàng gần nhất');
    expect(answer).toContain('— Chị Lan, tổ công nghệ số Phường Yên Hòa');
    expect(answer).toContain('[số điện thoại]');

    // 👍 from the learner reaches the member; closing frees the member's chat.
    expect(await learner.press(`k:ho-rate:${id}.up`)).toContain('Cảm ơn bác');
    expect(await learner.press(`k:ho-close:${id}`)).toContain(`Đã đóng câu hỏi #${id}`);
    await s.idle();
    const toMember = s.sentTo(MEMBER).map(textOf);
    expect(toMember.some((t) => t.includes('hữu ích'))).toBe(true);
    expect(toMember.some((t) => t.includes(`Người hỏi đã đóng câu hỏi #${id}`))).toBe(true);
    const before = s.sentTo(LEARNER).length;
    expect(await member.say('VNeID là gì?')).toContain('định danh điện tử');
    await s.idle();
    expect(s.sentTo(LEARNER)).toHaveLength(before);

    // Neither side ever saw the other's platform id or the phone numbers typed.
    expectNoneOf(s, MEMBER, [platformId(LEARNER), LEARNER, '0912', '345 678']);
    expectNoneOf(s, LEARNER, [platformId(MEMBER), MEMBER, '0987', '654 321']);

    const stats = await readWardStats(s.store, WARD, '2026-11-25');
    expect(stats.questionsAsked).toBe(1);
    expect(stats.questionsAnswered).toBe(1);
    expect(stats.medianAnswerMinutes).toBe(0);
    const all = await readWardStats(s.store, '*', '2026-11-25');
    expect(all.questionsAnswered).toBe(1);
    expect(await s.chat(MEMBER).say('/thongke')).toContain('Thời gian chờ trả lời (trung vị): 0 phút');
  });

  it('hands a Telegram learner’s question to a Zalo team member, asking the ward first, and times the answer', async () => {
    const s = await handoffStack();
    const MEMBER = 'zalo:6ede1f0a9c';
    const LEARNER = 'telegram:77001234';
    await joinTeam(s, MEMBER, 'Trần Văn Minh', 'anh');
    const learner = await onboard(s, LEARNER);

    // No ward yet and no recent question: the tutor asks for both.
    expect(await learner.say('hỏi cán bộ')).toContain('phường hoặc xã nào');
    expect(await learner.say('Làm sao cài VNeID?')).toContain('chưa nhận ra tên phường');
    expect(await learner.say('vâng')).toContain('chưa nhận ra tên phường');
    // Typed without "phường" and without diacritics: still the listed ward, and its team.
    expect(await learner.say('yen hoa')).toContain('gõ câu hỏi muốn gửi cho tổ công nghệ số Phường Yên Hòa');
    const confirm = await learner.say('Căn cước của tôi số 001234567890, tôi cài VNeID mãi không được');
    expect(confirm).toContain('[số căn cước]');
    expect(confirm).not.toContain('001234567890');
    const id = questionId(await learner.say('có'));
    await s.idle();
    expect(textOf(s.sentTo(MEMBER).at(-1)!)).toContain('Bác ở Phường Yên Hòa');

    s.clock.set('2026-11-25T02:25:00Z');
    const member = s.chat(MEMBER);
    await member.press(`k:ho-claim:${id}`);
    await member.say('Bác mang điện thoại ra công an phường, cán bộ sẽ cài giúp bác ạ.');
    await s.idle();
    const answer = s
      .sentTo(LEARNER)
      .map(textOf)
      .find((t) => t.includes('Tổ công nghệ số trả lời'))!;
    expect(answer).toContain('— Anh Minh, tổ công nghệ số Phường Yên Hòa');

    // The member closes: the learner is told and asked for a rating.
    expect(await member.press(`k:ho-close:${id}`)).toContain('báo cho người hỏi');
    await s.idle();
    const closed = s.sentTo(LEARNER).at(-1)!;
    expect(textOf(closed)).toContain(`đã đóng câu hỏi #${id}`);
    expect(flat(closed)).toContain(`k:ho-rate:${id}.down`);
    expect(await learner.press(`k:ho-rate:${id}.down`)).toContain('rút kinh nghiệm');
    expect(await learner.press(`k:ho-rate:${id}.up`)).toContain('đã đánh giá câu này rồi');

    expectNoneOf(s, MEMBER, [platformId(LEARNER), '001234567890']);
    expectNoneOf(s, LEARNER, [platformId(MEMBER)]);
    expect((await readWardStats(s.store, WARD, '2026-11-25')).medianAnswerMinutes).toBe(25);
  });

  it('sends questions of learners without a ward, or of wards without anyone on duty, to the admins', async () => {
    const s = await handoffStack();
    await s.chat(ADMIN).say('xin chao');
    const learner = await onboard(s, 'zalooa:4401');
    await learner.say('hỏi cán bộ');
    expect(await learner.press('k:ho-admins')).toContain('ban quản trị Học vụ số');
    await learner.say('Ở đâu dạy dùng điện thoại cho người già?');
    const sent = await learner.press('k:ho-send');
    const id = questionId(sent);
    await s.idle();
    const toAdmin = textOf(s.sentTo(ADMIN).at(-1)!);
    expect(toAdmin).toContain(`Câu hỏi #${id} gửi ban quản trị`);
    expect(toAdmin).toContain('chưa rõ phường, xã');

    // A ward whose team nobody has joined: the admins get it, and the learner is told so.
    const other = await onboard(s, 'telegram:4402', 'Xã Bát Tràng');
    await other.say('hỏi cán bộ');
    await other.say('Cho tôi hỏi cách nộp thuế đất qua mạng');
    const rerouted = await other.say('1');
    expect(rerouted).toContain('chưa có ai trực trên trợ lý');
    expect(rerouted).toContain('ban quản trị');
  });
});
