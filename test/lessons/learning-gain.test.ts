import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app/create-app.ts';
import {
  ADMIN,
  BT,
  cleanupsAfterEach,
  csvRow,
  dashboardStores,
  greetIn,
  MEMBER,
  wardTeamApp,
  YH,
} from '../support/ward-dashboard.ts';
import { signedInBrowser } from '../web/support/team.ts';
import { reviews, scriptedLearner } from './support/scripted-learner.ts';

const stores = await dashboardStores('learning-gain');

/** The four figures of a lesson on the page: percent and n of each. */
function figuresOf(page: string, lessonId: string) {
  const start = page.indexOf(`data-lesson="${lessonId}"`);
  expect(start, lessonId).toBeGreaterThan(-1);
  const card = page.slice(start, page.indexOf('</section>', start));
  const value = (id: string) => card.match(new RegExp(`data-testid="${id}">([^<]*)<`))?.[1];
  const n = (id: string) => Number(card.match(new RegExp(`data-testid="${id}-n">n = (\\d+)`))?.[1]);
  return Object.fromEntries(
    ['before', 'after', 'review', 'task', 'task-eventually'].map((id) => [id, `${value(id)} n=${n(id)}`]),
  ) as Record<'before' | 'after' | 'review' | 'task' | 'task-eventually', string>;
}

describe.each(stores)('learning gain per lesson and ward (%s store)', (_n, on, open) => {
  const cleanups = cleanupsAfterEach();

  const browserFor = (app: App, id: string) => signedInBrowser(app, id, cleanups);

  it.runIf(on)(
    'scripted learners give known before, after, review and task-done figures on the page and in the CSV',
    async () => {
      const { app, clock } = await wardTeamApp(open, cleanups, { start: '2026-11-25T02:00:00Z' });
      // Yên Hòa: check 2/2 and 0/2, one skipped by "Bỏ qua"; quiz 4/5, 3/5, 5/5; done, needs help, not tried.
      await scriptedLearner(app, 'telegram:301', YH, 'vneid', { pre: [true, true], wrong: 1, task: 1 });
      await scriptedLearner(app, 'telegram:302', YH, 'vneid', { pre: [false, false], wrong: 2, task: 2 });
      await scriptedLearner(app, 'zalo:303', YH, 'vneid', { pre: 'skip', wrong: 0, task: 3 });
      // Bát Tràng: check 1/2, quiz 2/5, done. One more who goes on past the offer (skipped) and stops in the lesson.
      await scriptedLearner(app, 'zalo:304', BT, 'vneid', { pre: [true, false], wrong: 3, task: 1 });
      await greetIn(app, 'zalo:305', BT, '3', '1');

      // A day later the missed questions come back (1 day); three days after that, the one answered right (3 days).
      clock.advanceDays(1);
      expect(await reviews(app, 'telegram:301', [true])).toBe(1);
      expect(await reviews(app, 'telegram:302', [true, false])).toBe(2);
      expect(await reviews(app, 'zalo:304', [true, false, false])).toBe(3);
      clock.advanceDays(3);
      expect(await reviews(app, 'telegram:301', [true])).toBe(1);
      // Taking the lesson again: the check and the quiz after count once per learner; the task,
      // first "needs help" and now done, counts as done eventually (not at once).
      await scriptedLearner(app, 'telegram:302', YH, 'vneid', { pre: 'continue', wrong: 0, task: 1, greet: false });

      const member = await browserFor(app, MEMBER);
      const own = await member.get('/admin/gain');
      expect(own.status).toBe(200);
      expect(figuresOf(own.text, 'vneid')).toEqual({
        before: '50% n=2',
        after: '80% n=3',
        review: '75% n=4',
        task: '33% n=3',
        'task-eventually': '67% n=3',
      });
      expect(own.text).toContain('Sau khi cần giúp: 1 · Sau khi chưa thử: 0');
      expect(own.text).toContain('1 người bỏ qua');
      expect(own.text).not.toContain(BT);
      expect(figuresOf(own.text, 'zalo-an-toan')).toEqual({
        before: '– n=0',
        after: '– n=0',
        review: '– n=0',
        task: '– n=0',
        'task-eventually': '– n=0',
      });
      for (const path of ['/admin/gain?ward=xa-bat-trang', '/admin/gain?ward=*', '/admin/gain.csv?ward=xa-bat-trang'])
        expect((await member.get(path)).status, path).toBe(403);
      const ownCsv = csvRow((await member.get('/admin/gain.csv')).text, 'vneid');
      expect(ownCsv).toMatchObject({
        phuong: 'phuong-yen-hoa',
        truoc_phan_tram: '50',
        truoc_n: '2',
        truoc_bo_qua: '1',
        sau_phan_tram: '80',
        sau_n: '3',
        on_tap_phan_tram: '75',
        on_tap_n: '4',
        on_tap_1_ngay_phan_tram: '67',
        on_tap_1_ngay_n: '3',
        on_tap_3_ngay_phan_tram: '100',
        on_tap_3_ngay_n: '1',
        tu_lam_duoc_phan_tram: '33',
        tu_lam_n: '3',
        can_giup: '1',
        chua_thu: '1',
        lam_duoc_sau_cung_phan_tram: '67',
        lam_duoc_sau_cung_n: '3',
        can_giup_roi_lam_duoc: '1',
        chua_thu_roi_lam_duoc: '0',
      });

      const admin = await browserFor(app, ADMIN);
      const all = (await admin.get('/admin/gain')).text;
      expect(figuresOf(all, 'vneid')).toEqual({
        before: '50% n=3',
        after: '70% n=4',
        review: '57% n=7',
        task: '50% n=4',
        'task-eventually': '75% n=4',
      });
      expect(all).toContain('2 người bỏ qua');
      const bt = await admin.get('/admin/gain?ward=xa-bat-trang');
      expect(figuresOf(bt.text, 'vneid')).toEqual({
        before: '50% n=1',
        after: '40% n=1',
        review: '33% n=3',
        task: '100% n=1',
        'task-eventually': '100% n=1',
      });
      expect(csvRow((await admin.get('/admin/gain.csv?ward=*')).text, 'vneid')).toMatchObject({
        truoc_phan_tram: '50',
        truoc_n: '3',
        truoc_bo_qua: '2',
        sau_phan_tram: '70',
        sau_n: '4',
        on_tap_phan_tram: '57',
        on_tap_n: '7',
        tu_lam_duoc_phan_tram: '50',
        tu_lam_n: '4',
        lam_duoc_sau_cung_phan_tram: '75',
        lam_duoc_sau_cung_n: '4',
      });
    },
    120_000,
  );
});
