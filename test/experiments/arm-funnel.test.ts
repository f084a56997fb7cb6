import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app/create-app.ts';
import { assignArm } from '../../src/core/flows/variants.ts';
import { escapeHtml } from '../../src/web/html.ts';
import {
  ADMIN,
  BT,
  cleanupsAfterEach,
  dashboardStores,
  env,
  greetIn,
  MEMBER,
  wardTeamApp,
  YH,
} from '../support/ward-dashboard.ts';
import { signedInBrowser } from '../web/support/team.ts';
import { experimentApp, experimentContent } from './support.ts';

const stores = await dashboardStores('arm-funnel');

/** The part of the funnel page about one arm. */
function armBlock(page: string, arm: string): string {
  const start = page.indexOf(`data-arm="${arm}"`);
  expect(start, arm).toBeGreaterThan(-1);
  const end = page.indexOf('data-arm="', start + 10);
  return page.slice(start, end === -1 ? undefined : end);
}

/** Reached and stopped-now of each step shown in a block, in order. */
function steps(block: string): string[] {
  return [
    ...block.matchAll(
      /data-step="([^"]+)"[\s\S]*?data-testid="reached">(\d+)<\/strong>(?:[^<]*<\/span><span class="badge warn">(\d+))?/g,
    ),
  ].map((m) => `${m[1]} ${m[2]}${m[3] ? ` (${m[3]} here)` : ''}`);
}

const missed = (block: string, question: string) =>
  Number(
    block.match(
      new RegExp(`${escapeHtml(question).replace(/[?.()]/g, '\\$&')}</span><span class="badge bad">(\\d+) lần sai`),
    )?.[1] ?? 0,
  );

const startedIn = (page: string, lessonId: string) =>
  Number(page.match(new RegExp(`data-lesson="${lessonId}"[\\s\\S]*?data-testid="started">(\\d+)<`))?.[1]);

describe.each(stores)('the lesson funnel of an A/B test (%s store)', (_n, on, open) => {
  const cleanups = cleanupsAfterEach();

  it.runIf(on)(
    'shows each arm’s own steps and misses, per ward, and who took the winner after the end',
    async () => {
      const content = await experimentContent();
      const { app, clock } = await wardTeamApp(open, cleanups, {
        start: '2026-12-03T02:00:00Z',
        make: (store, now) => experimentApp(store, content, now, env),
      });
      const test = app.experiments.list.find((e) => e.id === 'thu-ca-bai')!;
      let next = 1;
      const idIn = (arm: string) => {
        for (;;) {
          const id = `telegram:${7000 + next++}`;
          if (assignArm(id, test) === arm) return id;
        }
      };
      /** Onboards in `ward`, starts the lesson, goes `steps` steps on, then answers the quiz (wrong first when `miss`). */
      const learner = async (app: App, id: string, ward: string, steps: number, miss = false) => {
        const chat = await greetIn(app, id, ward);
        await chat.press('l:thu-ca-bai');
        for (let i = 0; i < steps; i++) await chat.say('1');
        for (let i = 0; i < 4 && (await chat.learner())?.position?.mode === 'quiz'; i++)
          await chat.say(miss && i === 0 ? '2' : '1');
      };
      // Yên Hòa: the short arm finished (one miss) and stopped at its 2nd step; the long arm finished with a miss.
      await learner(app, idIn('ngan'), YH, 2, true);
      await learner(app, idIn('ngan'), YH, 1);
      await learner(app, idIn('dai'), YH, 3, true);
      // Bát Tràng: the long arm stopped at step 2, the short one finished.
      await learner(app, idIn('dai'), BT, 1);
      await learner(app, idIn('ngan'), BT, 2);

      const member = await signedInBrowser(app, MEMBER, cleanups);
      const own = (await member.get('/admin/funnel?lesson=thu-ca-bai')).text;
      // The lesson as written has 1 starter in Yên Hòa; the learners who really started are 3.
      expect(startedIn(own, 'thu-ca-bai')).toBe(3);
      expect(own).toContain('đang được thử A/B cả bài');
      expect(steps(armBlock(own, 'ngan'))).toEqual(['tom-tat 2', 'nhac-lai 2 (1 here)']);
      expect(missed(armBlock(own, 'ngan'), 'Đã hiểu chưa?')).toBe(1);
      expect(steps(armBlock(own, 'dai'))).toEqual(['buoc-1 1', 'buoc-2 1', 'buoc-3 1']);
      expect(missed(armBlock(own, 'dai'), 'Bài dài có mấy bước?')).toBe(1);
      expect(armBlock(own, 'ngan')).toContain('Bài thử cả bài (ngắn)');
      for (const path of [
        '/admin/funnel?ward=xa-bat-trang&lesson=thu-ca-bai',
        '/admin/funnel?ward=*&lesson=thu-ca-bai',
      ])
        expect((await member.get(path)).status, path).toBe(403);

      const admin = await signedInBrowser(app, ADMIN, cleanups);
      const all = (await admin.get('/admin/funnel?lesson=thu-ca-bai')).text;
      expect(startedIn(all, 'thu-ca-bai')).toBe(5);
      expect(steps(armBlock(all, 'ngan'))).toEqual(['tom-tat 3', 'nhac-lai 3 (1 here)']);
      expect(steps(armBlock(all, 'dai'))).toEqual(['buoc-1 2', 'buoc-2 2 (1 here)', 'buoc-3 1']);
      const bt = (await admin.get('/admin/funnel?ward=xa-bat-trang&lesson=thu-ca-bai')).text;
      expect(steps(armBlock(bt, 'ngan'))).toEqual(['tom-tat 1', 'nhac-lai 1']);
      expect(steps(armBlock(bt, 'dai'))).toEqual(['buoc-1 1', 'buoc-2 1 (1 here)', 'buoc-3 0']);

      // A step test keeps the lesson's list, marks the tested step and splits it by arm below.
      const stepTest = (await admin.get('/admin/funnel?lesson=thu-ab')).text;
      expect(stepTest).toContain('Đang thử A/B');
      expect(stepTest).toContain('data-arms="thu-ab.mo-dau"');

      // After the end, someone of the short arm's hash who starts gets the long arm and is counted there.
      expect((await app.experiments.end('thu-ca-bai', 'dai', ADMIN, clock.now())).ok).toBe(true);
      await learner(app, idIn('ngan'), YH, 0);
      const ended = (await member.get('/admin/funnel?lesson=thu-ca-bai')).text;
      expect(ended).toContain('Thử nghiệm đã kết thúc lúc 9:00 ngày 03/12/2026, chọn phương án <code>dai</code>');
      expect(steps(armBlock(ended, 'dai'))).toEqual(['buoc-1 2 (1 here)', 'buoc-2 1', 'buoc-3 1']);
      expect(steps(armBlock(ended, 'ngan'))).toEqual(['tom-tat 2', 'nhac-lai 2 (1 here)']);
    },
    120_000,
  );
});
