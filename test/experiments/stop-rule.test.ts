import { describe, expect, it } from 'vitest';
import { newLearner } from '../../src/core/learners/learner.ts';
import { readExperiments } from '../../src/features/experiments/report.ts';
import { twoProportionZ, verdict, wilson } from '../../src/features/experiments/stop-rule.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import { chatter } from '../support/test-app.ts';
import { experimentApp, experimentContent } from './support.ts';

/*
 * Worked example, by hand.
 * A: 120 learners started, 60 finished → 0.5000.  B: 130 started, 85 finished → 0.6538.
 * Pooled rate p = (60 + 85) / (120 + 130) = 145 / 250 = 0.58.
 * Standard error = √(p(1 − p)(1/120 + 1/130)) = √(0.58 · 0.42 · 0.016026) = √0.0039038 = 0.06248.
 * z = (0.6538 − 0.5000) / 0.06248 = 0.15385 / 0.06248 = 2.462 > 1.960 (the 97.5% point), so at
 * α = 0.05 two-sided: "B tốt hơn". p = 2 · (1 − Φ(2.46)) = 2 · (1 − 0.9931) = 0.0138.
 * A's 95% Wilson interval: z²/n = 3.8415 / 120 = 0.03201; centre = (0.5 + 0.01601) / 1.03201 = 0.5;
 * half-width = 1.96 · √(0.25/120 + 3.8415/57600) / 1.03201 = 1.96 · 0.046368 / 1.03201 = 0.0881
 * → 41.2% to 58.8%.
 * With B at 70 of 130 (0.5385) instead: p = 130/250 = 0.52, se = √(0.52 · 0.48 · 0.016026) = 0.06325,
 * z = 0.03846 / 0.06325 = 0.61 → "Chưa khác biệt". With B at 99 learners: "Chưa đủ dữ liệu".
 */
describe('the stop rule', () => {
  it('gives the verdicts of the worked example', () => {
    const { z, p } = twoProportionZ({ count: 60, n: 120 }, { count: 85, n: 130 });
    expect(z).toBeCloseTo(2.462, 2);
    expect(p).toBeCloseTo(0.0138, 3);
    const a = { letter: 'A', started: 120, completed: 60 };
    expect(verdict([a, { letter: 'B', started: 130, completed: 85 }]).text).toBe('B tốt hơn');
    expect(verdict([a, { letter: 'B', started: 130, completed: 70 }]).text).toBe('Chưa khác biệt');
    expect(verdict([a, { letter: 'B', started: 99, completed: 85 }]).text).toBe('Chưa đủ dữ liệu');
    expect(
      verdict([
        { letter: 'A', started: 130, completed: 85 },
        { ...a, letter: 'B' },
      ]).text,
    ).toBe('A tốt hơn');
    const interval = wilson(60, 120);
    expect(interval.low).toBeCloseTo(0.412, 3);
    expect(interval.high).toBeCloseTo(0.588, 3);
  });

  it('reaches the same verdict from learners taking the lesson through the tutor', async () => {
    const store = createMemoryStore();
    const content = await experimentContent();
    const app = experimentApp(store, content);
    const test = app.experiments.list.find((e) => e.id === 'thu-ab.mo-dau')!;
    const now = new Date('2026-12-03T02:00:00Z');
    const plan: Record<string, { start: number; finish: number; done: number; begun: number }> = {
      goc: { start: 120, finish: 60, done: 0, begun: 0 },
      'vi-du': { start: 130, finish: 85, done: 0, begun: 0 },
    };
    for (let i = 0; plan.goc!.begun < 120 || plan['vi-du']!.begun < 130; i++) {
      const id = `zalo:${700_000 + i}`;
      const arm = plan[app.experiments.armFor(newLearner(id, now), test)]!;
      if (arm.begun >= arm.start) continue;
      arm.begun++;
      const chat = chatter(app, id);
      await chat.press('l:thu-ab');
      if (arm.done >= arm.finish) continue;
      arm.done++;
      // Next, next, then both quiz questions (the first one wrong for every other learner).
      await chat.say('1');
      await chat.say('1');
      await chat.say(arm.done % 2 === 0 ? '2' : '1');
      await chat.say('1');
    }
    const [report] = (await readExperiments(store, app.experiments, content, '*')).filter(
      (r) => r.experiment.id === test.id,
    );
    const [a, b] = report!.arms;
    expect([a!.started, a!.completion.count, b!.started, b!.completion.count]).toEqual([120, 60, 130, 85]);
    expect(a!.completion.low).toBeCloseTo(0.412, 3);
    expect(report!.verdict.text).toBe('B tốt hơn');
    // First-try quiz score: q2 right for all; q1 wrong for every second finisher (30 of A's 60, 42 of B's 85).
    expect([a!.quiz.count, a!.quiz.n, b!.quiz.count, b!.quiz.n]).toEqual([90, 120, 128, 170]);
  }, 120_000);
});
