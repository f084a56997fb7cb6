import { describe, expect, it } from 'vitest';
import { encodePayload } from '../../src/core/flows/payload.ts';
import { chatter, testApp } from '../support/test-app.ts';
import {
  cleanupsAfterEach,
  dashboardStores,
  env,
  greetIn,
  MEMBER,
  wardTeamApp,
  YH,
} from '../support/ward-dashboard.ts';
import { signedInBrowser } from '../web/support/team.ts';

const stores = await dashboardStores('precheck-skip');

const START = encodePayload({ kind: 'lesson', lessonId: 'vneid' });
const SKIP = encodePayload({ kind: 'pre-skip', lessonId: 'vneid' });

/**
 * Every way out of the check before a lesson, where it is offered and where it is begun: the
 * button (Telegram, Zalo OA), its number (Zalo Bot, terminal) and words. Each ends on step 2
 * with the check counted as skipped; nothing is taken as an answer.
 */
const WAYS: Array<[string, Array<string | { press: string }>]> = [
  [
    '"Tiếp tục" under the offer, pressed',
    [{ press: encodePayload({ kind: 'next', lessonId: 'vneid', stepId: 'gioi-thieu' }) }],
  ],
  ['"1" under the offer', ['1']],
  ['"bỏ qua" under the offer', ['bỏ qua']],
  ['"không" under the offer', ['không']],
  ['"không cần đâu" under the offer', ['không cần đâu']],
  ['"không thử đâu" under the offer (not a press of "Thử")', ['không thử đâu']],
  ['"thôi khỏi" under the offer', ['thôi khỏi']],
  ['"⏭️ Bỏ qua" pressed in the check', ['2', { press: SKIP }]],
  ['"4" (Bỏ qua) typed in the check', ['2', '4']],
  ['"bo qua" typed in the check', ['2', 'bo qua']],
  ['"không biết" in the check', ['2', 'không biết']],
  ['"chưa biết ạ" at the second question', ['2', '2', 'chưa biết ạ']],
  ['"⏭️ Bỏ qua" pressed at the second question', ['2', '1', { press: SKIP }]],
];

describe.each(stores)('leaving the check before a lesson (%s store)', (_n, on, open) => {
  const cleanups = cleanupsAfterEach();

  it.runIf(on)(
    'works every way, goes on with the lesson and is counted as skipped on the page',
    async () => {
      // The real clock: the check's figures are read on today's page.
      const { app } = await wardTeamApp(open, cleanups, { make: (store) => testApp({ env, store }) });
      for (const [i, [name, turns]] of WAYS.entries()) {
        const chat = await greetIn(app, `telegram:${600 + i}`, YH);
        expect(await chat.press(START), name).toContain('Thử 2 câu trước');
        let last = '';
        for (const t of turns) last = typeof t === 'string' ? await chat.say(t) : await chat.press(t.press);
        expect(last, name).toContain('(2/');
        expect(last, name).not.toMatch(/chưa chắc|Câu \d\/2/);
        const learner = await chat.learner();
        expect(learner?.position, name).toMatchObject({ mode: 'lesson', stepId: 'muc-1-va-2' });
        expect(learner?.lessons['vneid']?.precheck, name).toBe('skipped');
      }
      const page = (await (await signedInBrowser(app, MEMBER, cleanups)).get('/admin/gain')).text;
      expect(page).toContain(`${WAYS.length} người bỏ qua`);
    },
    120_000,
  );

  it.runIf(on)(
    'answers a question typed instead, at the offer and inside the check, then shows the check again',
    async () => {
      const { store, cleanup } = open();
      cleanups.push(cleanup);
      const app = await testApp({ store });
      const chat = chatter(app, 'telegram:650');
      await chat.begin();
      await chat.press(START);
      const atOffer = await chat.say('mật khẩu vneid cần những gì');
      expect(atOffer).toContain('8–20 ký tự');
      expect(atOffer).toContain('Thử 2 câu trước');
      expect((await chat.learner())?.lessons['vneid']?.precheck).toBe('offered');
      await chat.say('2');
      for (const question of ['quên mật khẩu vneid thì làm sao', 'cho hỏi đăng ký mức 2 ở công an phường nào']) {
        const inCheck = await chat.say(question);
        expect(inCheck, question).toMatch(/Quên mật khẩu|công an xã\/phường/);
        expect(inCheck, question).toContain('đang thử câu 1 trước bài');
        expect((await chat.learner())?.position, question).toMatchObject({
          mode: 'precheck',
          question: 0,
          correct: 0,
        });
      }
    },
  );
});
