import { describe, expect, it } from 'vitest';
import { dumpPrefix, redisAvailable } from '../support/redis.ts';
import { flat, handoffStack, joinTeam, onboard, questionId, type HandoffStack } from './handoff-stack.ts';

const hasRedis = await redisAvailable();
const MEMBER = 'telegram:5550077';

/** A question with personal numbers written the ways redaction used to miss. */
const QUESTION =
  'Có người gọi (091) 234 5678 và +84 (0) 912 345 679 xin mã OTP483920, bảo đọc số không chín tám bảy sáu năm bốn ba hai một, thẻ 4111-1111-1111-1111, email lan.nguyen@gmail.com, có phải lừa đảo không?';
const SECRETS = ['234 5678', '912 345 679', '483920', 'chín tám bảy', '1111-1111', 'lan.nguyen'];

/** Nothing the learner typed that identifies them is in the learner record, the store or what the team received. */
async function expectNowhere(s: HandoffStack, learnerId: string): Promise<void> {
  const record = JSON.stringify(await s.app.learners.get(learnerId));
  const stored = await dumpPrefix(s.prefix);
  const toTeam = s.sentTo(MEMBER).map(flat).join('\n');
  for (const secret of SECRETS) {
    expect(record, `learner record holds ${secret}`).not.toContain(secret);
    expect(stored, `Redis holds ${secret}`).not.toContain(secret);
    expect(toTeam, `the team received ${secret}`).not.toContain(secret);
  }
}

describe.runIf(hasRedis)('personal numbers never reach the learner record or the ward team (Redis)', () => {
  it('a question the tutor answered, then handed to the team', async () => {
    const s = await handoffStack();
    await joinTeam(s, MEMBER, 'Nguyễn Thị Lan');
    const learner = await onboard(s, 'zalooa:7710001', 'Phường Yên Hòa');
    await learner.say(QUESTION);
    const confirm = await learner.press('k:handoff');
    expect(confirm).toContain('[số điện thoại]');
    for (const secret of SECRETS) expect(confirm).not.toContain(secret);
    questionId(await learner.say('1'));
    await s.idle();
    expect(flat(s.sentTo(MEMBER).at(-1)!)).toContain('[mã OTP]');
    await expectNowhere(s, 'zalooa:7710001');
  });

  it('a question typed straight to the team', async () => {
    const s = await handoffStack();
    await joinTeam(s, MEMBER, 'Nguyễn Thị Lan');
    const learner = await onboard(s, 'telegram:7710002', 'Phường Yên Hòa');
    expect(await learner.say('hỏi cán bộ')).toContain('gõ câu hỏi');
    const confirm = await learner.say(QUESTION);
    expect(confirm).toContain('[số thẻ]');
    for (const secret of SECRETS) expect(confirm).not.toContain(secret);
    questionId(await learner.say('có'));
    await s.idle();
    expect(flat(s.sentTo(MEMBER).at(-1)!)).toContain('[email]');
    await expectNowhere(s, 'telegram:7710002');
  });
});
