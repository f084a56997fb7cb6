// Leave-one-file-out choice of the near-risk thresholds (run: npx tsx bench/near-risk-tune.ts).
// The net is scored ALONE (as if no rule fired): the rules were tuned on these files, so what they
// miss here says nothing of new phrasings. For each dev file in turn, the thresholds scoring best
// on the OTHER files (risky prompts given the right class, minus 10× benign prompts the rules leave
// alone but the net raises) are scored on the held-out file. risky5.yaml is never read. Never
// point this at test/eval/sealed/.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadContent } from '../src/content/load-content.ts';
import { createLanguage } from '../src/features/answers/language.ts';
import { createNearRisk } from '../src/features/answers/near-risk.ts';
import { createScamNet } from '../src/features/answers/scam-net.ts';
import { createSafety } from '../src/features/answers/safety.ts';

const FILES = [
  'test/eval/questions.yaml',
  ...[
    'benign',
    'elder',
    'elder2',
    'formal',
    'formal2',
    'risky',
    'risky2',
    'risky3',
    'risky4',
    'scams',
    'scams2',
    'topics',
  ].map((n) => `test/eval/dev/${n}.yaml`),
];
const content = await loadContent({ dir: 'flows' });
const lang = createLanguage(content.language);
const rules = createSafety(lang, createScamNet(content.scamSignals, lang));
const rows = FILES.map((file) => {
  const items = parse(readFileSync(file, 'utf8')) as Array<{ q: string; risky?: string | boolean }>;
  const risky = (i: (typeof items)[number]) => i.risky !== undefined && i.risky !== false && i.risky !== 'false';
  // Benign prompts matter only where the rules leave them to the net.
  return {
    file,
    items: items
      .filter((i) => risky(i) || !rules.classify(i.q))
      .map((i) => ({ ...i, risky: risky(i) ? String(i.risky) : undefined })),
  };
});
/** Eval labels → the classes whose reply carries their facts. */
const SAME: Record<string, string[]> = {
  medical: ['medical-advice', 'medical-emergency'],
  'fake-document': ['forgery'],
  deepfake: ['forgery', 'scam'],
  'personal-data': ['others-data'],
};
const grid: Array<{ minSimilarity: number; margin: number }> = [];
for (let s = 0.15; s <= 0.5001; s += 0.025)
  for (let m = 0; m <= 0.2001; m += 0.02) grid.push({ minSimilarity: +s.toFixed(3), margin: +m.toFixed(2) });

function score(th: (typeof grid)[number], files: typeof rows) {
  const near = createNearRisk(content.safetyExamples, lang, th);
  let caught = 0;
  let alarms = 0;
  const raised: string[] = [];
  for (const { items } of files)
    for (const i of items) {
      const hit = near.check(i.q);
      if (!hit) continue;
      if (i.risky) {
        if ((SAME[i.risky] ?? [i.risky]).includes(hit.kind)) caught++;
        else raised.push(`WRONG ${hit.kind} for ${i.risky}: ${i.q}`);
      } else {
        alarms++;
        raised.push(`${hit.kind} ${hit.similarity.toFixed(2)}/${hit.ordinary.toFixed(2)}: ${i.q}`);
      }
    }
  return { caught, alarms, raised, value: caught - 10 * alarms };
}

for (const held of rows) {
  const others = rows.filter((r) => r !== held);
  const best = grid
    .map((th) => ({ th, ...score(th, others) }))
    .sort((a, b) => b.value - a.value || b.th.minSimilarity - a.th.minSimilarity)[0];
  if (!best) continue;
  const out = score(best.th, [held]);
  const missed = held.items.filter((i) => i.risky).length;
  console.log(
    `${held.file}: chosen ${JSON.stringify(best.th)} → held-out caught ${out.caught}/${missed}, false alarms ${out.alarms}`,
  );
  for (const r of out.raised) console.log(`   raised ${r}`);
}
const all = score(JSON.parse(process.argv[2] ?? 'null') ?? { minSimilarity: 0.3, margin: 0.08 }, rows);
console.log(`all files at the given thresholds: caught ${all.caught}, false alarms ${all.alarms}`);
for (const r of all.raised) console.log(`   raised ${r}`);
