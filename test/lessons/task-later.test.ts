import { describe, expect, it } from 'vitest';
import { encodePayload } from '../../src/core/flows/payload.ts';
import { chatter } from '../support/test-app.ts';
import {
  ADMIN,
  BT,
  cleanupsAfterEach,
  csvRow,
  dashboardStores,
  MEMBER,
  wardTeamApp,
  YH,
} from '../support/ward-dashboard.ts';
import { signedInBrowser } from '../web/support/team.ts';
import { reviews, scriptedLearner } from './support/scripted-learner.ts';

const stores = await dashboardStores('task-later');

const DONE = encodePayload({ kind: 'task', lessonId: 'vneid', option: 0 });

/** "Tự làm được ngay" and "… sau cùng" of a lesson on the page: percent and n. */
function taskFigures(page: string, lessonId: string) {
  const card = page.slice(page.indexOf(`data-lesson="${lessonId}"`));
  const value = (id: string) => card.match(new RegExp(`data-testid="${id}">([^<]*)<`))?.[1];
  const n = (id: string) => card.match(new RegExp(`data-testid="${id}-n">n = (\\d+)`))?.[1];
  return {
    atOnce: `${value('task')} n=${n('task')}`,
    eventually: `${value('task-eventually')} n=${n('task-eventually')}`,
  };
}

describe.each(stores)('"done eventually" of the real task (%s store)', (_n, on, open) => {
  const cleanups = cleanupsAfterEach();

  it.runIf(on)(
    'counts a learner who first needed help and later did it, once, beside "done at once", per ward',
    async () => {
      const { app, clock } = await wardTeamApp(open, cleanups, { start: '2026-11-25T02:00:00Z' });
      // Yên Hòa: needs help, not tried yet, done at once. Bát Tràng: needs help.
      await scriptedLearner(app, 'telegram:401', YH, 'vneid', { pre: 'continue', wrong: 0, task: 2 });
      await scriptedLearner(app, 'telegram:402', YH, 'vneid', { pre: 'continue', wrong: 1, task: 3 });
      await scriptedLearner(app, 'telegram:403', YH, 'vneid', { pre: 'continue', wrong: 0, task: 1 });
      await scriptedLearner(app, 'zalo:404', BT, 'vneid', { pre: 'continue', wrong: 0, task: 2 });

      // After the volunteer helped, 401 presses "✅ Đã làm được" on the old question; a second press adds nothing.
      const helped = chatter(app, 'telegram:401');
      expect(await helped.press(DONE)).toContain('Giỏi quá');
      expect(await helped.press(DONE)).not.toContain('Giỏi quá');
      // The next day 402's review ends with the task question again, answered in words.
      clock.advanceDays(1);
      const reviewer = chatter(app, 'telegram:402');
      await reviewer.say('ôn tập');
      const end = await reviewer.say('2');
      expect(end).toContain('Xong phần ôn tập');
      expect(end).toContain('Lần trước bác chưa làm được. Giờ bác đã tự làm được chưa ạ?');
      expect((await reviewer.learner())?.position).toEqual({ mode: 'task', lessonId: 'vneid' });
      expect(await reviewer.say('đã làm được rồi')).toContain('Giỏi quá');
      // Done at once is never asked again; taking the lesson again and saying done again adds nothing.
      await scriptedLearner(app, 'telegram:403', YH, 'vneid', { pre: 'continue', wrong: 0, task: 1, greet: false });
      expect((await app.learners.get('telegram:403'))?.position).toBeUndefined();
      await scriptedLearner(app, 'telegram:401', YH, 'vneid', { pre: 'continue', wrong: 0, task: 1, greet: false });
      expect(await reviews(app, 'telegram:402', [true])).toBe(0);
      await chatter(app, 'zalo:404').press(DONE);

      const member = await signedInBrowser(app, MEMBER, cleanups);
      const own = (await member.get('/admin/gain')).text;
      expect(taskFigures(own, 'vneid')).toEqual({ atOnce: '33% n=3', eventually: '100% n=3' });
      expect(own).toContain('Sau khi cần giúp: 1 · Sau khi chưa thử: 1');
      expect(csvRow((await member.get('/admin/gain.csv')).text, 'vneid')).toMatchObject({
        tu_lam_duoc_phan_tram: '33',
        tu_lam_n: '3',
        lam_duoc_sau_cung_phan_tram: '100',
        lam_duoc_sau_cung_n: '3',
        can_giup_roi_lam_duoc: '1',
        chua_thu_roi_lam_duoc: '1',
      });
      expect((await member.get('/admin/gain?ward=xa-bat-trang')).status).toBe(403);

      const admin = await signedInBrowser(app, ADMIN, cleanups);
      expect(taskFigures((await admin.get('/admin/gain?ward=xa-bat-trang')).text, 'vneid')).toEqual({
        atOnce: '0% n=1',
        eventually: '100% n=1',
      });
      expect(taskFigures((await admin.get('/admin/gain')).text, 'vneid')).toEqual({
        atOnce: '25% n=4',
        eventually: '100% n=4',
      });
    },
    120_000,
  );
});
