import { describe, expect, it } from 'vitest';
import { assignArm } from '../../src/core/flows/variants.ts';
import type { Learner } from '../../src/core/learners/learner.ts';
import { readExperiments } from '../../src/features/experiments/report.ts';
import { redisAvailable } from '../support/redis.ts';
import { chatter, manualClock } from '../support/test-app.ts';
import { ADMIN, env, signedInBrowser } from '../web/support/team.ts';
import { experimentApp, experimentContent, reopenableStores } from './support.ts';

const hasRedis = await redisAvailable();
const KINDS = reopenableStores('exp-end', hasRedis);

/** Where each scripted learner stops: pressed through `steps` "next" buttons, then `answers` quiz answers. */
interface Script {
  lesson: string;
  arm: string;
  steps: number;
  answers: number[];
}

const SCRIPTS: Script[] = [
  // The step test: at the tested step, after it, inside the quiz, finished.
  ...(['goc', 'vi-du'] as const).flatMap((arm) => [
    { lesson: 'thu-ab', arm, steps: 0, answers: [] },
    { lesson: 'thu-ab', arm, steps: 1, answers: [] },
    { lesson: 'thu-ab', arm, steps: 2, answers: [1] },
    { lesson: 'thu-ab', arm, steps: 2, answers: [0, 0] },
  ]),
  // The whole-lesson test: the short arm has steps the long one lacks.
  { lesson: 'thu-ca-bai', arm: 'ngan', steps: 1, answers: [] },
  { lesson: 'thu-ca-bai', arm: 'ngan', steps: 2, answers: [] },
  { lesson: 'thu-ca-bai', arm: 'dai', steps: 1, answers: [] },
];

const progressOf = (l: Learner | undefined) => ({
  position: l?.position,
  lessons: l?.lessons,
  answers: l?.answers,
  review: l?.review,
  experiments: l?.ext?.['experiments'],
});

describe.each(KINDS)('ending an A/B test on the %s store', (_name, available, open) => {
  it.runIf(available)(
    'moves everyone to the winner and keeps every learner’s place and answers',
    async () => {
      const { store, reopen, cleanup } = open();
      const cleanups: Array<() => Promise<void>> = [];
      try {
        const clock = manualClock('2026-12-03T02:00:00Z');
        const content = await experimentContent();
        const app = experimentApp(store, content, clock.now);
        const tests = new Map(app.experiments.list.map((e) => [e.lessonId, e]));
        // Learner ids that fall in the wanted arm by the stable hash of the test.
        let next = 1;
        const idIn = (lesson: string, arm: string) => {
          for (;;) {
            const id = `telegram:${5000 + next++}`;
            if (assignArm(id, tests.get(lesson)!) === arm) return id;
          }
        };
        const people = SCRIPTS.map((s) => ({ ...s, id: idIn(s.lesson, s.arm) }));
        for (const p of people) {
          const chat = chatter(app, p.id);
          await chat.press(`l:${p.lesson}`);
          for (let i = 0; i < p.steps; i++) await chat.say('1');
          for (const a of p.answers) await chat.say(String(a + 1));
        }
        const before = new Map(
          await Promise.all(people.map(async (p) => [p.id, progressOf(await app.learners.get(p.id))] as const)),
        );
        const counted = await readExperiments(store, app.experiments, content, '*');

        expect(await app.experiments.end('thu-ab.mo-dau', 'goc', 'telegram:9001', clock.now())).toEqual({ ok: true });
        expect(await app.experiments.end('thu-ca-bai', 'dai', 'telegram:9001', clock.now())).toEqual({ ok: true });
        expect((await app.experiments.end('thu-ca-bai', 'ngan', 'telegram:9001', clock.now())).ok).toBe(false);

        // Another process, started after the end: nothing of anyone's progress changed.
        clock.advanceDays(1);
        const later = experimentApp(reopen(), content, clock.now, env);
        for (const p of people) expect(progressOf(await later.learners.get(p.id))).toEqual(before.get(p.id));

        // Everyone inside a lesson goes on from where they were, in the arm they began, to the end.
        for (const p of people.filter((x) => x.steps < 2 || x.answers.length < 2)) {
          const chat = chatter(later, p.id);
          const resumed = await chat.press('k:resume');
          if (p.lesson === 'thu-ab' && p.steps === 0)
            expect(resumed).toContain(p.arm === 'goc' ? 'Cách nói thứ nhất' : 'Cách nói thứ hai');
          if (p.lesson === 'thu-ca-bai' && p.arm === 'ngan') expect(resumed).toMatch(/\(ngắn\)|Đã hiểu chưa/);
          for (let i = 0; i < 8 && (await chat.learner())?.position; i++) await chat.say('1');
          const done = await chat.learner();
          expect(done?.position).toBeUndefined();
          expect(done?.lessons[p.lesson]?.completedAt).toBeDefined();
          expect(done?.lessons[p.lesson]?.attempts).toBe(1);
          // Earlier answers are kept; the rest of the quiz was added after them.
          const old = before.get(p.id)!.answers!;
          expect(done?.answers.slice(0, old.length)).toEqual(old);
          expect(done?.lessons[p.lesson]?.total).toBe(p.arm === 'ngan' ? 1 : p.lesson === 'thu-ab' ? 2 : 1);
        }

        // From now on everyone starting gets the winner: new learners of the losing arm, and
        // those who finished the losing arm and start again. Neither counts in the ended test.
        const newcomer = idIn('thu-ab', 'vi-du');
        const late = chatter(later, newcomer);
        expect(await late.press('l:thu-ab')).toContain('Cách nói thứ nhất');
        for (let i = 0; i < 8 && (await late.learner())?.position; i++) await late.say('1');
        expect((await late.learner())?.lessons['thu-ab']?.completedAt).toBeDefined();
        const finished = people.find((p) => p.arm === 'vi-du' && p.answers.length === 2)!;
        expect(await chatter(later, finished.id).press('l:thu-ab')).toContain('Cách nói thứ nhất');
        expect(await chatter(later, idIn('thu-ca-bai', 'ngan')).press('l:thu-ca-bai')).toContain(
          'Bước một của bài dài',
        );

        // Those who began during the test and finished after it ended count in the arm they began;
        // nobody who started afterwards adds to it.
        const after = await readExperiments(store, later.experiments, content, '*');
        expect(after.map((r) => r.arms.map((a) => a.started))).toEqual(
          counted.map((r) => r.arms.map((a) => a.started)),
        );
        const finishers = (lesson: string, arm: string) => people.filter((p) => p.lesson === lesson && p.arm === arm);
        const completed = (reports: typeof after, lesson: string) =>
          Object.fromEntries(
            reports.find((r) => r.experiment.lessonId === lesson)!.arms.map((a) => [a.id, a.completion.count]),
          );
        expect(completed(counted, 'thu-ab')).toEqual({ goc: 1, 'vi-du': 1 });
        expect(completed(after, 'thu-ab')).toEqual({
          goc: finishers('thu-ab', 'goc').length,
          'vi-du': finishers('thu-ab', 'vi-du').length,
        });
        expect(completed(after, 'thu-ca-bai')).toEqual({ dai: 1, ngan: 2 });
        // The late finishers' quiz answers count too, once per question.
        const quiz = after.find((r) => r.experiment.lessonId === 'thu-ab')!.arms.map((a) => a.quiz.n);
        expect(quiz).toEqual([8, 8]);

        // The page says the test ended, which arm won and when, and shows the late finishers.
        const admin = await signedInBrowser(later, ADMIN, cleanups);
        const page = (await admin.get('/admin/experiments')).text;
        const card = page.slice(page.indexOf('data-experiment="thu-ca-bai"'));
        expect(card).toContain('Đã kết thúc');
        expect(card.match(/data-testid="ended">([^<]*)/)?.[1]).toContain('Đã chọn phương án A (');
        expect(card).toContain('ngày 03/12/2026');
        const ngan = card.slice(card.indexOf('data-arm="ngan"'));
        expect(
          ngan.match(/data-testid="completion">.*?<strong>(\d+%)<\/strong> <span class="muted">\((\d+\/\d+)\)/s)?.[2],
        ).toBe('2/2');
      } finally {
        while (cleanups.length) await cleanups.pop()!();
        await cleanup();
      }
    },
    120_000,
  );
});
