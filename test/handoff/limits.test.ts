import { describe, expect, it } from 'vitest';
import { redisAvailable } from '../support/redis.ts';
import { handoffStack, joinTeam, onboard, questionId, textOf } from './handoff-stack.ts';

const hasRedis = await redisAvailable();

describe.runIf(hasRedis)('abuse limits and stale or forged buttons (Redis)', () => {
  it('lets a learner send 5 questions a day, then says kindly when they can send again', async () => {
    const s = await handoffStack();
    await joinTeam(s, 'telegram:401', 'Nguyễn Thị Lan');
    const learner = await onboard(s, 'zalooa:402', 'Phường Yên Hòa');
    const ask = async (n: number) => {
      await learner.say('hỏi cán bộ');
      await learner.say(`Câu hỏi số ${n}: cách chuyển tiền qua mã QR thế nào?`);
      return learner.press('k:ho-send');
    };
    for (let n = 1; n <= 5; n++) expect(await ask(n)).toContain('Đã gửi câu hỏi #');
    const refused = await ask(6);
    expect(refused).toContain('tối đa 5 câu một ngày');
    await s.idle();
    // The team got five questions, not six.
    expect(s.sentTo('telegram:401')).toHaveLength(5);
    s.clock.set('2026-11-26T02:30:00Z');
    expect(await ask(7)).toContain('Đã gửi câu hỏi #');
  });

  it('stops a team member who sends too many messages in an hour, without losing the question', async () => {
    const s = await handoffStack();
    await joinTeam(s, 'telegram:411', 'Nguyễn Thị Lan');
    const learner = await onboard(s, 'zalo:412', 'Phường Yên Hòa');
    await learner.say('hỏi cán bộ');
    await learner.say('Làm thế nào để gọi video trên Zalo?');
    const id = questionId(await learner.press('k:ho-send'));
    const member = s.chat('telegram:411');
    await member.press(`k:ho-claim:${id}`);
    for (let i = 1; i <= 30; i++)
      expect(await member.say(`Bước ${i}: bấm vào biểu tượng máy quay.`)).toContain('Đã gửi câu trả lời');
    expect(await member.say('Bước 31')).toContain('nhiều tin nhắn quá');
    await s.idle();
    expect(
      s
        .sentTo('zalo:412')
        .map(textOf)
        .filter((t) => t.includes('Tổ công nghệ số trả lời')),
    ).toHaveLength(30);
    // An hour later the member can go on.
    s.clock.set('2026-11-25T03:01:00Z');
    expect(await member.say('Bước 31: bấm gọi.')).toContain('Đã gửi câu trả lời');
  });

  it('answers stale and forged buttons politely and never lets a learner act on someone else’s question', async () => {
    const s = await handoffStack();
    await joinTeam(s, 'telegram:421', 'Nguyễn Thị Lan');
    const owner = await onboard(s, 'zalooa:422', 'Phường Yên Hòa');
    await owner.say('hỏi cán bộ');
    await owner.say('Cách bật định vị trên điện thoại?');
    const id = questionId(await owner.press('k:ho-send'));

    const stranger = await onboard(s, 'telegram:423', 'Phường Yên Hòa');
    expect(await stranger.press('k:ho-send')).toContain('tin nhắn cũ');
    expect(await stranger.press(`k:ho-close:${id}`)).toContain('tin nhắn cũ');
    expect(await stranger.press(`k:ho-rate:${id}.up`)).toContain('tin nhắn cũ');
    const claim = await stranger.press(`k:ho-claim:${id}`);
    expect(claim).not.toContain('giờ do');
    expect(claim).not.toContain('Cách bật định vị');
    expect(await stranger.press('k:ho-close:not-an-id')).toContain('tin nhắn cũ');
    // The question is still open for the team.
    expect(await s.chat('telegram:421').say('/cauhoi')).toContain(`#${id}`);
    // A member's non-text message while answering gets a polite note, not a crash.
    await s.chat('telegram:421').press(`k:ho-claim:${id}`);
    const sticker = await s.chat('telegram:421').send({ kind: 'sticker' });
    expect(sticker.text).toContain('chỉ chuyển được tin nhắn chữ');
  });
});
