import { describe, expect, it } from 'vitest';
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
  type HandoffStack,
} from './handoff-stack.ts';

const hasRedis = await redisAvailable();

async function askQuestion(s: HandoffStack, learnerId: string, ward: string, question: string): Promise<string> {
  const learner = await onboard(s, learnerId, ward);
  await learner.say('gặp người hỗ trợ');
  await learner.say(question);
  return questionId(await learner.press('k:ho-send'));
}

describe.runIf(hasRedis)('claiming, listing and passing questions (Redis)', () => {
  it('gives a question claimed by two members at the same moment to exactly one of them', async () => {
    const s = await handoffStack();
    const members = ['telegram:61', 'zalo:62', 'zalooa:63'];
    await joinTeam(s, members[0]!, 'Nguyễn Thị Lan');
    await joinTeam(s, members[1]!, 'Lê Văn Hùng', 'anh');
    await joinTeam(s, members[2]!, 'Phạm Thị Hoa', 'cô');
    const id = await askQuestion(s, 'telegram:70', 'Phường Yên Hòa', 'Làm sao để xem điểm thi của cháu trên mạng?');
    await s.idle();
    for (const m of members) expect(flat(s.sentTo(m).at(-1)!)).toContain(`k:ho-claim:${id}`);

    const replies = await Promise.all(members.map((m) => s.chat(m).press(`k:ho-claim:${id}`)));
    const winners = replies.filter((r) => r.includes('giờ do'));
    expect(winners).toHaveLength(1);
    expect(replies.filter((r) => r.includes('nhận rồi ạ'))).toHaveLength(2);
    const winner = members[replies.findIndex((r) => r.includes('giờ do'))]!;
    const loser = members.find((m) => m !== winner)!;

    // The others cannot answer it; their typed text goes to the tutor as usual.
    const q = await s.app.handoff.answer(id, (await s.app.learners.get(loser))!, 'Tôi cũng trả lời', s.clock.now());
    expect(q.ok ? 'ok' : q.reason).toBe('not_claimer');
    await s.chat(winner).say('Bác vào trang của trường, chọn "Tra cứu điểm" rồi nhập số báo danh ạ.');
    await s.idle();
    const answers = s
      .sentTo('telegram:70')
      .map(textOf)
      .filter((t) => t.includes('Tổ công nghệ số trả lời'));
    expect(answers).toHaveLength(1);

    // "/cauhoi" shows who is on it, without any platform id.
    const list = await s.chat(loser).say('/cauhoi');
    expect(list).toContain(`#${id}`);
    expect(list).toContain('đang trả lời');
    expect(list).not.toContain(platformId('telegram:70'));
  });

  it('lists open questions of the member’s ward only, all of them for admins, and passes a question to another ward', async () => {
    const s = await handoffStack();
    await joinTeam(s, 'telegram:81', 'Nguyễn Thị Lan');
    await joinTeam(s, 'zalo:82', 'Đỗ Văn Nam', 'anh', 'xa-bat-trang');
    const here = await askQuestion(s, 'zalooa:91', 'Phường Yên Hòa', 'Cách đăng ký khám bệnh qua VNeID thế nào?');
    const there = await askQuestion(s, 'zalooa:92', 'Xã Bát Tràng', 'Làm sao nhận tiền trợ cấp qua tài khoản?');
    await s.idle();

    const lan = s.chat('telegram:81');
    const list = await lan.say('/cauhoi');
    expect(list).toContain(`#${here}`);
    expect(list).not.toContain(`#${there}`);
    expect(list).toContain('chưa ai nhận');
    // Another ward's question cannot be claimed.
    expect(await lan.press(`k:ho-claim:${there}`)).toContain('thuộc phường, xã khác');

    const admin = await s.chat(ADMIN).say('/cauhoi');
    expect(admin).toContain(`#${here}`);
    expect(admin).toContain(`#${there}`);

    // Pass: the choices name the other ward with someone on duty, and the admins.
    const choices = await lan.press(`k:ho-pass:${here}`);
    expect(choices).toContain('Xã Bát Tràng');
    expect(choices).toContain('Ban quản trị');
    const passed = await lan.say('1');
    expect(passed).toContain(`Đã chuyển câu hỏi #${here}`);
    await s.idle();
    expect(textOf(s.sentTo('zalo:82').at(-1)!)).toContain(`#${here}`);
    expect(await lan.say('/cauhoi')).not.toContain(`#${here}`);
    expect(await s.chat('zalo:82').press(`k:ho-claim:${here}`)).toContain('giờ do anh trả lời');
  });

  it('stops offering new questions to a member who went off duty', async () => {
    const s = await handoffStack();
    await joinTeam(s, 'telegram:83', 'Nguyễn Thị Lan');
    await joinTeam(s, 'telegram:84', 'Vũ Thị Mai');
    expect(await s.chat('telegram:83').say('nghỉ trực')).toContain('Đã tạm nghỉ trực');
    const id = await askQuestion(s, 'zalooa:93', 'Phường Yên Hòa', 'Quên mật khẩu Zalo thì lấy lại thế nào?');
    await s.idle();
    expect(s.sentTo('telegram:83').some((p) => textOf(p).includes(`#${id}`))).toBe(false);
    expect(s.sentTo('telegram:84').some((p) => textOf(p).includes(`#${id}`))).toBe(true);
    expect(await s.chat('telegram:83').say('vào trực')).toContain('Đã vào trực');
  });
});
