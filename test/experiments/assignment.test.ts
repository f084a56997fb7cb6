import { describe, expect, it } from 'vitest';
import { newLearner } from '../../src/core/learners/learner.ts';
import { readExperiments } from '../../src/features/experiments/report.ts';
import { redisAvailable } from '../support/redis.ts';
import { chatter } from '../support/test-app.ts';
import { experimentApp, experimentContent, reopenableStores } from './support.ts';

const hasRedis = await redisAvailable();

const KINDS = reopenableStores('exp-split', hasRedis);

const LEARNERS = 10_000;
const STARTED = 150;
const TEXT = { goc: 'Cách nói thứ nhất', 'vi-du': 'Cách nói thứ hai' } as const;

describe.each(KINDS)('A/B assignment on the %s store', (_name, available, open) => {
  it.runIf(available)(
    'splits 10,000 learners within ±2% of the weights, and each keeps its arm across restarts',
    async () => {
      const { store, reopen, cleanup } = open();
      try {
        const now = new Date('2026-12-03T02:00:00Z');
        const content = await experimentContent();
        const first = experimentApp(store, content);
        const ids = Array.from({ length: LEARNERS }, (_, i) => `zalo:${100_000 + i * 7}`);
        const stepTest = first.experiments.list.find((e) => e.id === 'thu-ab.mo-dau')!;
        const lessonTest = first.experiments.list.find((e) => e.id === 'thu-ca-bai')!;
        const arms = ids.map((id) => first.experiments.armFor(newLearner(id, now), stepTest));
        const share = (arm: string, of: string[]) => of.filter((a) => a === arm).length / of.length;
        // Weights 70/30 and 1/1: each share within two percentage points.
        expect(Math.abs(share('goc', arms) - 0.7)).toBeLessThanOrEqual(0.02);
        expect(Math.abs(share('vi-du', arms) - 0.3)).toBeLessThanOrEqual(0.02);
        const lessonArms = ids.map((id) => first.experiments.armFor(newLearner(id, now), lessonTest));
        expect(Math.abs(share('dai', lessonArms) - 0.5)).toBeLessThanOrEqual(0.02);

        // The first 300 start the lesson through the real tutor and read their arm's wording.
        for (const [i, id] of ids.slice(0, STARTED).entries()) {
          const text = await chatter(first, id).press('l:thu-ab');
          expect(text).toContain(TEXT[arms[i] as keyof typeof TEXT]);
        }

        // A restart: a new app on the same store gives every one of the 10,000 the same arm.
        const second = experimentApp(reopen(), content);
        for (const [i, id] of ids.entries()) {
          const learner = i < STARTED ? await second.learners.get(id) : newLearner(id, now);
          expect(second.experiments.armFor(learner!, stepTest)).toBe(arms[i]);
        }
        const [report] = (await readExperiments(store, second.experiments, content, '*')).filter(
          (r) => r.experiment.id === stepTest.id,
        );
        const started = arms.slice(0, STARTED);
        expect(report!.arms.map((a) => a.started)).toEqual([
          started.filter((a) => a === 'goc').length,
          started.filter((a) => a === 'vi-du').length,
        ]);

        // Another restart after the weights were changed to 10/90 in the flow file: those who
        // started keep the wording they began with.
        const third = experimentApp(reopen(), await experimentContent([10, 90]));
        for (const [i, id] of ids.slice(0, STARTED).entries()) {
          const text = await chatter(third, id).press('k:resume');
          expect(text).toContain(TEXT[arms[i] as keyof typeof TEXT]);
        }
      } finally {
        await cleanup();
      }
    },
    120_000,
  );
});
