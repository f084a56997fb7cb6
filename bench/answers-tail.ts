import { writeFile } from 'node:fs/promises';
import { createApp } from '../src/app/create-app.ts';
import { loadEvalSet } from '../src/cli/eval-set.ts';
import { createConfig } from '../src/config.ts';
import { loadContent } from '../src/content/load-content.ts';
import { silentLogger } from '../src/core/logger.ts';
import { createMemoryStore } from '../src/store/memory/memory-store.ts';

/**
 * The slowest offline answers, for speed work on the tail (p99): answers the bench's questions five times and prints
 * the `n` with the highest median time. `SLOW_OUT=<file>` also writes the 150 slowest questions as JSON, for
 * `QUESTIONS=<file> node --import tsx --cpu-prof bench/answers-profile.ts`. Usage: `npx tsx bench/answers-tail.ts [n]`.
 */
const content = await loadContent({ dir: 'flows', promptsDir: 'prompts' });
const evalSet = await loadEvalSet('test/eval/questions.yaml');
const app = createApp({ config: createConfig({}), content, store: createMemoryStore(), logger: silentLogger });
const questions = [...content.knowledge.flatMap((e) => e.questions), ...evalSet.map((item) => item.q)];
const times = questions.map(() => [] as number[]);
for (let pass = 0; pass < 5; pass++)
  for (const [i, q] of questions.entries()) {
    const t = performance.now();
    await app.answerer.answer(q);
    if (pass > 0) times[i]!.push(performance.now() - t);
  }
const med = times.map((t) => [...t].sort((a, b) => a - b)[1]!);
const order = med.map((m, i) => [m, i] as const).sort((a, b) => b[0] - a[0]);
if (process.env.SLOW_OUT)
  await writeFile(process.env.SLOW_OUT, JSON.stringify(order.slice(0, 150).map(([, i]) => questions[i])));
for (const [m, i] of order.slice(0, Number(process.argv[2] ?? 40)))
  console.log(m.toFixed(2), questions[i]!.length, JSON.stringify(questions[i]).slice(0, 140));
const all = times.flat().sort((a, b) => a - b);
console.log(
  'p50',
  all[Math.floor(all.length * 0.5)]!.toFixed(2),
  'p99',
  all[Math.floor(all.length * 0.99)]!.toFixed(2),
);
