import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createApp } from '../src/app/create-app.ts';
import { loadEvalSet } from '../src/cli/eval-set.ts';
import { createConfig } from '../src/config.ts';
import { loadContent } from '../src/content/load-content.ts';
import { silentLogger } from '../src/core/logger.ts';
import { createMemoryStore } from '../src/store/memory/memory-store.ts';

/**
 * Guard for speed work on the answer path: answers every knowledge phrasing, the public eval set
 * and the dev sets offline, and writes the answers to the snapshot file given, or, when it exists,
 * compares them with it (kind, entry, text, suggestions, safety) and exits 1 on any difference.
 * Usage: `npx tsx bench/answers-identical.ts /tmp/answers.json`. Never reads the sealed set.
 */
const file = process.argv[2];
if (!file) throw new Error('usage: tsx bench/answers-identical.ts <snapshot.json>');
const content = await loadContent({ dir: 'flows', promptsDir: 'prompts' });
const devDir = 'test/eval/dev';
const devFiles = (await readdir(devDir)).filter((f) => f.endsWith('.yaml')).map((f) => `${devDir}/${f}`);
const sets = await Promise.all(['test/eval/questions.yaml', ...devFiles].map(loadEvalSet));
const questions = [...content.knowledge.flatMap((e) => e.questions), ...sets.flat().map((item) => item.q)];
const app = createApp({ config: createConfig({}), content, store: createMemoryStore(), logger: silentLogger });
const answers: Record<string, unknown>[] = [];
for (const q of questions) {
  const a = await app.answerer.answer(q);
  const draft = app.answerer.draft(q);
  answers.push({
    q,
    kind: a.kind,
    entry: a.entry,
    text: a.text,
    safety: a.safety,
    suggestions: a.suggestions?.map((s) => s.entryId),
    passages: draft.passages.map((p) => p.entry.id),
    focus: draft.focus,
  });
}
if (!existsSync(file)) {
  await writeFile(file, JSON.stringify(answers, null, 1));
  console.log(`wrote ${answers.length} answers to ${file}`);
} else {
  const before = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>[];
  const differ = answers.filter((a, i) => JSON.stringify(a) !== JSON.stringify(before[i]));
  for (const a of differ.slice(0, 10)) console.log('DIFFERENT:', JSON.stringify(a).slice(0, 300));
  console.log(`${answers.length} answers, ${before.length} in snapshot, ${differ.length} different`);
  if (differ.length > 0 || before.length !== answers.length) process.exit(1);
}
