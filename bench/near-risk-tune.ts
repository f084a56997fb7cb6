// Leave-one-file-out choice of the near-risk thresholds (run: npx tsx bench/near-risk-tune.ts, or
// with '{"minShared":5}' to score given thresholds only).
// The net is scored ALONE (as if no rule fired): the rules were tuned on these files, so what they
// miss here says nothing of new phrasings. For each dev file in turn, the thresholds scoring best
// on the OTHER files (risky prompts given the right class, minus 10× benign prompts the rules leave
// alone but the net raises) are scored on the held-out file. risky5.yaml and *-holdout.yaml are never read. Never
// point this at test/eval/sealed/.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadContent } from '../src/content/load-content.ts';
import { createLanguage } from '../src/features/answers/language.ts';
import { createNearRisk, NEAR_RISK_THRESHOLDS, type NearRiskThresholds } from '../src/features/answers/near-risk.ts';
import { createScamNet } from '../src/features/answers/scam-net.ts';
import { createSafety } from '../src/features/answers/safety.ts';

// Every tuned dev file (never a *-holdout.yaml, never risky5.yaml) and the public set.
const FILES = [
  'test/eval/questions.yaml',
  ...readdirSync('test/eval/dev')
    .filter((n) => n.endsWith('.yaml') && !n.endsWith('-holdout.yaml') && n !== 'risky5.yaml')
    .sort()
    .map((n) => `test/eval/dev/${n}`),
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
const grid: NearRiskThresholds[] = [];
for (let s = 0.09; s <= 0.3001; s += 0.02)
  for (let m = 0; m <= 0.1601; m += 0.02)
    for (const minShared of [2, 3, 4, 5]) grid.push({ minSimilarity: +s.toFixed(3), margin: +m.toFixed(2), minShared });

type Tally = { caught: number; alarms: number; raised: string[] };

function scoreFile(near: ReturnType<typeof createNearRisk>, items: (typeof rows)[number]['items']): Tally {
  const out: Tally = { caught: 0, alarms: 0, raised: [] };
  for (const i of items) {
    const hit = near.check(i.q);
    if (!hit) continue;
    if (i.risky) {
      if ((SAME[i.risky] ?? [i.risky]).includes(hit.kind)) out.caught++;
      else out.raised.push(`WRONG ${hit.kind} for ${i.risky}: ${i.q}`);
    } else {
      out.alarms++;
      out.raised.push(`${hit.kind} ${hit.similarity.toFixed(2)}/${hit.ordinary.toFixed(2)}: ${i.q}`);
    }
  }
  return out;
}

// One index per threshold choice, every file scored once; the folds only add up rows. Thresholds
// given on the command line are scored alone, without the folds.
const table = (process.argv[2] ? [] : grid).map((th) => {
  const near = createNearRisk(content.safetyExamples, lang, th);
  return { th, perFile: rows.map((r) => scoreFile(near, r.items)) };
});
const value = (t: Tally) => t.caught - 10 * t.alarms;
const sum = (ts: Tally[]): Tally => ({
  caught: ts.reduce((a, t) => a + t.caught, 0),
  alarms: ts.reduce((a, t) => a + t.alarms, 0),
  raised: ts.flatMap((t) => t.raised),
});

rows.forEach((held, h) => {
  const best = table
    .map(({ th, perFile }) => ({ th, others: sum(perFile.filter((_, i) => i !== h)), out: perFile[h] }))
    .sort(
      (a, b) =>
        value(b.others) - value(a.others) || b.th.minSimilarity - a.th.minSimilarity || b.th.minShared - a.th.minShared,
    )[0];
  if (!best?.out) return;
  const total = held.items.filter((i) => i.risky).length;
  console.log(
    `${held.file}: chosen ${JSON.stringify(best.th)} → held-out caught ${best.out.caught}/${total}, false alarms ${best.out.alarms}`,
  );
  for (const r of best.out.raised) console.log(`   raised ${r}`);
});
const given: NearRiskThresholds = { ...NEAR_RISK_THRESHOLDS, ...JSON.parse(process.argv[2] ?? '{}') };
const all = sum(rows.map((r) => scoreFile(createNearRisk(content.safetyExamples, lang, given), r.items)));
console.log(`all files at ${JSON.stringify(given)}: caught ${all.caught}, false alarms ${all.alarms}`);
for (const r of all.raised) console.log(`   raised ${r}`);
