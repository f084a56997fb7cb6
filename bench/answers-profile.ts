import { readFile } from 'node:fs/promises';
import { createApp } from '../src/app/create-app.ts';
import { loadEvalSet } from '../src/cli/eval-set.ts';
import { createConfig } from '../src/config.ts';
import { loadContent } from '../src/content/load-content.ts';
import { silentLogger } from '../src/core/logger.ts';
import { createMemoryStore } from '../src/store/memory/memory-store.ts';

/**
 * Where an offline answer's time goes: answers the bench's questions (knowledge phrasings and the public eval set)
 * `passes` times, for a CPU profile (or the questions of the JSON file `QUESTIONS` names). Usage:
 * `node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/answers-profile.ts [passes]`.
 */
const passes = Number(process.argv[2] ?? 3);
const content = await loadContent({ dir: 'flows', promptsDir: 'prompts' });
const evalSet = await loadEvalSet('test/eval/questions.yaml');
const app = createApp({ config: createConfig({}), content, store: createMemoryStore(), logger: silentLogger });
const questions: string[] = process.env.QUESTIONS
  ? JSON.parse(await readFile(process.env.QUESTIONS, 'utf8'))
  : [...content.knowledge.flatMap((e) => e.questions), ...evalSet.map((item) => item.q)];
const started = performance.now();
for (let pass = 0; pass < passes; pass++) for (const q of questions) await app.answerer.answer(q);
const ms = performance.now() - started;
console.log(`${questions.length * passes} answers, ${(ms / (questions.length * passes)).toFixed(2)} ms each`);
