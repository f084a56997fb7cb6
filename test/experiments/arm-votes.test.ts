import { describe, expect, it } from 'vitest';
import { assignArm } from '../../src/core/flows/variants.ts';
import { readExperiments } from '../../src/features/experiments/report.ts';
import { redisAvailable } from '../support/redis.ts';
import { bothStores } from '../support/stores.ts';
import { chatter } from '../support/test-app.ts';
import { experimentApp, experimentContent } from './support.ts';

const hasRedis = await redisAvailable();

describe.each(bothStores('exp-votes', hasRedis))('👎 per arm on the %s store', (_name, available, open) => {
  it.runIf(available)('counts answers shown to learners of an arm and the 👎 they gave, once each', async () => {
    const { store, cleanup } = open();
    try {
      const content = await experimentContent();
      const app = experimentApp(store, content);
      const test = app.experiments.list.find((e) => e.id === 'thu-ab.mo-dau')!;
      const ids: Record<string, string> = {};
      for (let i = 0; !ids['goc'] || !ids['vi-du']; i++) ids[assignArm(`zalo:v${i}`, test)] ??= `zalo:v${i}`;
      // Someone who never started the lesson is in no arm: their answers are not counted.
      const outsider = chatter(app, 'zalo:outsider');
      await outsider.say('quên mật khẩu vneid thì làm sao');
      for (const [arm, id] of Object.entries(ids)) {
        const chat = chatter(app, id);
        await chat.press('l:thu-ab');
        const { reply } = await chat.send({ text: 'quên mật khẩu vneid thì làm sao' });
        const down = reply.flatMap((p) => ('choices' in p ? p.choices : [])).find((c) => c.label === '👎 Chưa đúng')!;
        if (arm === 'vi-du') {
          await chat.press(down.payload);
          await chat.press(down.payload);
        }
      }
      const [report] = (await readExperiments(store, app.experiments, content, '*')).filter(
        (r) => r.experiment.id === test.id,
      );
      const byArm = Object.fromEntries(report!.arms.map((a) => [a.id, [a.down.count, a.down.n]]));
      expect(byArm).toEqual({ goc: [0, 1], 'vi-du': [1, 1] });
    } finally {
      await cleanup();
    }
  });
});
