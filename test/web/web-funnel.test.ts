import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/create-app.ts';
import { escapeHtml } from '../../src/web/html.ts';
import { redisAvailable } from '../support/redis.ts';
import { bothStores } from '../support/stores.ts';
import { chatter, repoContent, testApp } from '../support/test-app.ts';
import { expectForbidden } from './support/web-client.ts';
import { ADMIN, env, joinTeam, learnerFinishes, signedInBrowser } from './support/team.ts';

const hasRedis = await redisAvailable();
const MEMBER = 'zalo:member-yh';

const stores = bothStores('web-funnel', hasRedis);

/** What the page shows for one step: how many reached it, how many are stopped there now. */
function stepFigures(page: string, stepId: string) {
  const start = page.indexOf(`data-step="${stepId}"`);
  expect(start, stepId).toBeGreaterThan(-1);
  const item = page.slice(start, page.indexOf('</li>', start));
  return {
    reached: Number(item.match(/data-testid="reached">(\d+)</)?.[1]),
    waiting: Number(item.match(/(\d+) người đang dừng ở đây/)?.[1] ?? 0),
  };
}

/** Wrong answers shown for a quiz question (0 when it is not in the "missed most" list). */
function missesOf(page: string, question: string): number {
  const shown = `${escapeHtml(question)}</span><span class="badge bad">`;
  const at = page.indexOf(shown);
  return at === -1 ? 0 : Number(page.slice(at + shown.length).match(/^(\d+) lần sai/)?.[1]);
}

describe.each(stores)('lesson funnel per ward (%s store)', (_name, enabled, makeStore) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });

  const browserFor = (app: App, id: string) => signedInBrowser(app, id, cleanups);

  it.runIf(enabled)(
    'shows a member only their ward’s learners, an admin every ward or the one picked, and 403 for another ward',
    async () => {
      const { store, cleanup } = makeStore();
      cleanups.push(cleanup);
      const app = await testApp({ env, store });
      const lesson = (await repoContent()).lesson('vneid')!;
      const [first, q1, q2, q3] = [
        lesson.steps[0]!.id,
        lesson.quiz[0]!.question,
        lesson.quiz[1]!.question,
        lesson.quiz[2]!.question,
      ];
      await joinTeam(app, MEMBER, 'phuong-yen-hoa');
      // Real learners going through the lesson in the chat: two in each ward, one of each stopped inside it.
      await learnerFinishes(app, 'telegram:201', 'Phường Yên Hòa', 'vneid', 2);
      await learnerFinishes(app, 'telegram:202', 'Phường Yên Hòa', 'vneid', 0, 1);
      await learnerFinishes(app, 'zalo:203', 'Xã Bát Tràng', 'vneid', 3);
      await learnerFinishes(app, 'zalo:204', 'Xã Bát Tràng', 'vneid', 0, 3);
      const stepOf = async (id: string) => {
        const position = (await app.learners.get(id))?.position;
        return position?.mode === 'lesson' ? position.stepId : undefined;
      };
      const [yhStep, btStep] = [(await stepOf('telegram:202'))!, (await stepOf('zalo:204'))!];
      expect(yhStep).toBeDefined();
      expect(btStep).toBeDefined();
      expect(yhStep).not.toBe(btStep);

      const member = await browserFor(app, MEMBER);
      const own = await member.get('/admin/funnel?lesson=vneid');
      expect(own.status).toBe(200);
      expect(stepFigures(own.text, first).reached).toBe(2);
      expect(stepFigures(own.text, yhStep)).toMatchObject({ waiting: 1 });
      expect(stepFigures(own.text, btStep)).toMatchObject({ waiting: 0 });
      expect([missesOf(own.text, q1), missesOf(own.text, q2), missesOf(own.text, q3)]).toEqual([1, 1, 0]);
      expect(own.text).not.toContain('Xã Bát Tràng');
      expect(own.text).not.toContain('id="ward"'); // no ward picker for members
      expect((await member.get('/admin/funnel?ward=phuong-yen-hoa&lesson=vneid')).text).toBe(own.text);
      const elsewhere = [
        '/admin/funnel?ward=xa-bat-trang&lesson=vneid',
        '/admin/funnel?ward=xa-bat-trang',
        '/admin/funnel?ward=*',
        '/admin/funnel?ward=%3Cscript%3E',
      ];
      await expectForbidden(member, elsewhere, 'Xã Bát Tràng');

      const admin = await browserFor(app, ADMIN);
      const all = await admin.get('/admin/funnel?lesson=vneid');
      expect(all.text).toContain('Tất cả phường, xã');
      expect(all.text).toMatch(/<select id="ward" name="ward"[^>]*>[\s\S]*?<option value="xa-bat-trang"/);
      expect(all.text).toContain('<input type="hidden" name="lesson" value="vneid">'); // picking a ward keeps the lesson
      expect(stepFigures(all.text, first).reached).toBe(4);
      expect([stepFigures(all.text, yhStep).waiting, stepFigures(all.text, btStep).waiting]).toEqual([1, 1]);
      expect([missesOf(all.text, q1), missesOf(all.text, q2), missesOf(all.text, q3)]).toEqual([2, 2, 1]);
      const other = await admin.get('/admin/funnel?ward=xa-bat-trang&lesson=vneid');
      expect(other.status).toBe(200);
      expect(other.text).toContain('Xã Bát Tràng');
      expect(stepFigures(other.text, first).reached).toBe(2);
      expect([stepFigures(other.text, yhStep).waiting, stepFigures(other.text, btStep).waiting]).toEqual([0, 1]);
      expect([missesOf(other.text, q1), missesOf(other.text, q2), missesOf(other.text, q3)]).toEqual([1, 1, 1]);

      // A learner stopped inside the lesson moves to the other ward (its QR code), then goes on a step:
      // steps reached stay with the ward they were reached in; where they are now follows them.
      const mover = chatter(app, 'telegram:202');
      await mover.send({ text: '/start', startPayload: 'ward-xa-bat-trang' });
      expect(await stepOf('telegram:202')).toBe(yhStep);
      const moved = (await member.get('/admin/funnel?lesson=vneid')).text;
      expect(stepFigures(moved, yhStep)).toMatchObject({ reached: stepFigures(own.text, yhStep).reached, waiting: 0 });
      expect(stepFigures((await admin.get('/admin/funnel?ward=xa-bat-trang&lesson=vneid')).text, yhStep).waiting).toBe(
        1,
      );
      await mover.say('học tiếp');
      await mover.say('1');
      const next = (await stepOf('telegram:202'))!;
      expect(next).not.toBe(yhStep);
      const there = (await admin.get('/admin/funnel?ward=xa-bat-trang&lesson=vneid')).text;
      expect(stepFigures(there, yhStep).waiting).toBe(0);
      expect(stepFigures(there, next)).toMatchObject({
        reached: stepFigures(other.text, next).reached + 1,
        waiting: 1,
      });
      expect(stepFigures((await member.get('/admin/funnel?lesson=vneid')).text, next)).toEqual(
        stepFigures(own.text, next),
      );
      const total = (await admin.get('/admin/funnel?lesson=vneid')).text;
      expect([stepFigures(total, yhStep).waiting, stepFigures(total, next).waiting]).toEqual([
        0,
        next === btStep ? 2 : 1,
      ]);
    },
  );
});
