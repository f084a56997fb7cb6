import { describe, expect, it, onTestFinished } from 'vitest';
import { PermanentChannelError, RecipientUnreachableError, TransientChannelError } from '../../src/core/errors.ts';
import { outboundCounts } from '../../src/core/outbound/deliver.ts';
import { redisAvailable } from '../support/redis.ts';
import { signIn, startWebServer, webClient } from '../web/support/web-client.ts';
import { loginLink } from '../web/support/team.ts';
import { handoffStack, joinTeam, onboard, platformId, questionId, textOf, type HandoffStack } from './handoff-stack.ts';

const hasRedis = await redisAvailable();
const MEMBER = 'telegram:5550001';
const NOT_SENT = 'chưa gửi được tới người hỏi';

/** A ward with Chị Lan on its team and a learner whose question she has claimed. */
async function claimedQuestion(queue: 'memory' | 'bullmq', learnerId: string) {
  const s = await handoffStack({ queue });
  await joinTeam(s, MEMBER, 'Nguyễn Thị Lan');
  const learner = await onboard(s, learnerId, 'Phường Yên Hòa');
  await learner.say('gặp người hỗ trợ');
  await learner.say('Làm sao đặt lịch khám bệnh trên VNeID?');
  const id = questionId(await learner.press('k:ho-send'));
  await s.idle();
  const member = s.chat(MEMBER);
  await member.press(`k:ho-claim:${id}`);
  await s.idle();
  return { s, id, member };
}

/** What the member was told about answers that did not reach the learner. */
const notices = (s: HandoffStack) =>
  s
    .sentTo(MEMBER)
    .map(textOf)
    .filter((t) => t.includes(NOT_SENT));

describe.runIf(hasRedis).each(['memory', 'bullmq'] as const)(
  'an answer that cannot reach the learner (%s queue, Redis)',
  (queue) => {
    it('tells the member once, with the reason, when the learner blocked the bot after asking, and the question shows it', async () => {
      const LEARNER = 'telegram:77001234';
      const { s, id, member } = await claimedQuestion(queue, LEARNER);
      s.channels.telegram.failAlways(
        LEARNER,
        new RecipientUnreachableError('blocked', 'Forbidden: bot was blocked by the user'),
      );
      const before = s.sentTo(LEARNER).length;

      expect(await member.say('Bác mở VNeID, chọn "Đặt lịch khám" rồi chọn bệnh viện ạ.')).toContain(
        'Đã gửi câu trả lời',
      );
      // A person types the second line after the first has gone. Two jobs for one chat queued in the
      // same instant may be tried in either order on BullMQ, and the notice quotes the first that failed.
      await s.idle();
      await member.say('Nếu không thấy mục đó, bác cập nhật ứng dụng nhé.');
      await s.idle();

      expect(s.sentTo(LEARNER)).toHaveLength(before);
      const told = notices(s);
      expect(told).toHaveLength(1);
      expect(told[0]).toContain(`câu hỏi #${id} (Bác ở Phường Yên Hòa)`);
      expect(told[0]).toContain('Lý do: người hỏi đã chặn trợ lý');
      expect(told[0]).toContain('Bác mở VNeID');
      expect(told[0]).not.toContain(platformId(LEARNER));

      // "/cauhoi" and the dashboard show it where the member looks.
      expect(await member.say('/cauhoi')).toContain(`#${id} · Bác ở Phường Yên Hòa`);
      expect(await member.say('/cauhoi')).toContain('⚠️ trả lời chưa gửi được (người hỏi đã chặn trợ lý)');
      const server = await startWebServer(s.app, { secret: 'u' });
      onTestFinished(server.close);
      const web = webClient(server.base);
      expect((await signIn(web, (await loginLink(s.app, MEMBER))!)).status).toBe(303);
      const inbox = (await web.get('/admin/questions')).text;
      expect(inbox).toMatch(new RegExp(`data-question="${id}"[\\s\\S]*Trả lời chưa gửi được`));
      const page = (await web.get(`/admin/questions/view?id=${id}`)).text;
      expect(page.match(/Chưa gửi được tới người hỏi: người hỏi đã chặn trợ lý/g)).toHaveLength(2);
    });

    it('says nothing when a network error is followed by a successful retry', async () => {
      const LEARNER = 'telegram:77005678';
      const { s, member } = await claimedQuestion(queue, LEARNER);
      s.channels.telegram.failNext(LEARNER, new TransientChannelError('502 Bad Gateway'));

      await member.say('Bác mở VNeID, chọn "Đặt lịch khám" rồi chọn bệnh viện ạ.');
      await s.idle();

      expect(
        s
          .sentTo(LEARNER)
          .map(textOf)
          .some((t) => t.includes('Bác mở VNeID')),
      ).toBe(true);
      expect(
        s.channels.telegram.attempts.filter((a) => a.to === LEARNER && a.error === 'TransientChannelError'),
      ).toHaveLength(1);
      expect(notices(s)).toHaveLength(0);
      expect(await member.say('/cauhoi')).not.toContain('chưa gửi được');
    });

    it('explains Zalo’s 7-day window when the Zalo OA refuses the answer', async () => {
      const LEARNER = 'zalooa:8842731';
      const { s, member } = await claimedQuestion(queue, LEARNER);
      s.channels.zalooa.failAlways(
        LEARNER,
        new RecipientUnreachableError('outside_window', 'user has not interacted in the last 7 days'),
      );

      await member.say('Bác mở VNeID, chọn "Đặt lịch khám" rồi chọn bệnh viện ạ.');
      await s.idle();

      const told = notices(s);
      expect(told).toHaveLength(1);
      expect(told[0]).toContain('đã lâu không nhắn cho trợ lý nên Zalo từ chối');
      expect(await member.say('/cauhoi')).toContain('người hỏi đã lâu không nhắn, Zalo từ chối');
    });

    it('sends nothing more when the notice cannot reach the member either', async () => {
      const LEARNER = 'telegram:77009999';
      const { s, id, member } = await claimedQuestion(queue, LEARNER);
      s.channels.telegram.failAlways(LEARNER, new PermanentChannelError('Bad Request: chat not found'));
      s.channels.telegram.failAlways(
        MEMBER,
        new RecipientUnreachableError('blocked', 'Forbidden: bot was blocked by the user'),
      );
      const sentBefore = s.allSent().length;

      await member.say('Bác mở VNeID, chọn "Đặt lịch khám" rồi chọn bệnh viện ạ.');
      await s.idle();

      expect(s.allSent()).toHaveLength(sentBefore);
      // One try at the notice, none at anything after it.
      expect(s.channels.telegram.attempts.filter((a) => a.to === MEMBER && a.error)).toHaveLength(1);
      expect(s.channels.telegram.attempts.at(-1)).toMatchObject({ to: MEMBER, error: 'RecipientUnreachableError' });
      expect(s.channels.telegram.attempts.filter((a) => a.to === LEARNER && a.error)).toHaveLength(1);
      expect(await outboundCounts(s.store)).toMatchObject({
        'handoff:failed:permanent': 1,
        'handoff:unreachable:blocked': 1,
      });
      // The question still records why, for the dashboard.
      const view = await s.app.handoff.view(id, (await s.app.learners.get(MEMBER))!);
      expect(view?.answers.map((a) => a.undelivered?.reason)).toEqual(['other']);
    });
  },
);
