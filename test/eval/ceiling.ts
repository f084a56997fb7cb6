/**
 * `npm run eval:ceiling`: the evaluation with the stand-in model of test/fakes (an
 * OpenAI-compatible server on loopback that answers with every passage it was given). The
 * share of answers carrying every required fact is then the share of questions whose facts
 * are in the passages handed to the model: the ceiling of any model. Both sets are printed;
 * the sealed one without per-question output.
 *
 * Under each set's figures: how often the right entry (`entry:`) was among the candidates the
 * retrieval call listed (recall@20) and among its first three (what the stand-in picks), and
 * the size of the answer prompts (passages and characters), so a retrieval change shows what it
 * costs in prompt size.
 */
import { answerForCli } from '../../src/cli/answer-output.ts';
import type { EvalObserver } from '../../src/cli/eval-command.ts';
import { evalCommand } from '../../src/cli/eval-command.ts';
import { missingFacts } from '../../src/cli/eval-set.ts';
import { createConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { type RecordedRequest, startFakeOpenAi } from '../fakes/fake-openai.ts';

const fake = await startFakeOpenAi();
fake.standIn = true;

const userOf = (r: RecordedRequest) => r.json?.messages?.[1]?.content ?? '';
const pct = (n: number, total: number) => (total === 0 ? '–' : `${Math.round((n / total) * 100)}%`);
const row = (label: string, n: number, total: number) =>
  `${label.padEnd(44)} ${String(n).padStart(4)}/${total}  (${pct(n, total)})`;

function recallObserver(): EvalObserver {
  let retrievals = fake.retrievals.length;
  let answers = fake.requests.length;
  let asked = 0;
  let withEntry = 0;
  let in20 = 0;
  let in3 = 0;
  let items = 0;
  let withFacts = 0;
  let inPassages = 0;
  const prompts: { passages: number; chars: number }[] = [];
  return {
    answered(item, answer) {
      items++;
      const newRetrievals = fake.retrievals.slice(retrievals);
      const newAnswers = fake.requests.slice(answers);
      retrievals = fake.retrievals.length;
      answers = fake.requests.length;
      for (const a of newAnswers) {
        const user = userOf(a);
        prompts.push({ passages: (user.match(/<tai_lieu so=/g) ?? []).length, chars: user.length });
      }
      // The reply is cut at 1 200 characters; the passages themselves may carry a fact the cut left out.
      if (item.expect.length > 0) {
        withFacts++;
        const text = [
          answerForCli(answer),
          ...newAnswers.map((a) => userOf(a).replace(/<cau_hoi>[\s\S]*<\/cau_hoi>/, '')),
        ].join('\n');
        if (missingFacts(text, item.expect).length === 0) inPassages++;
      }
      const [retrieval] = newRetrievals;
      if (!retrieval) return;
      asked++;
      if (item.entry === undefined) return;
      const ids = [...userOf(retrieval).matchAll(/^\[([a-z0-9-]+)\]/gm)].map((m) => m[1]);
      withEntry++;
      if (ids.includes(item.entry)) in20++;
      if (ids.slice(0, 3).includes(item.entry)) in3++;
    },
    report() {
      const sorted = prompts.map((p) => p.chars).sort((a, b) => a - b);
      const mean = (xs: number[]) => (xs.length === 0 ? 0 : Math.round(xs.reduce((a, b) => a + b, 0) / xs.length));
      const lines = [
        row('Every fact in the answer or its passages', inPassages, withFacts),
        row('Sent to the model (retrieval call)', asked, items),
        row('Right entry among the candidates (recall@20)', in20, withEntry),
        row('Right entry among the first 3 candidates', in3, withEntry),
        `Answer prompts: ${prompts.length}, passages ${(prompts.reduce((a, p) => a + p.passages, 0) / Math.max(1, prompts.length)).toFixed(1)} each, characters mean ${mean(sorted)}, max ${sorted.at(-1) ?? 0}`,
      ];
      asked = withEntry = in20 = in3 = items = withFacts = inPassages = 0;
      prompts.length = 0;
      return lines;
    },
  };
}

try {
  await evalCommand(
    createConfig({ OPENAI_API_KEY: 'stand-in', OPENAI_BASE_URL: fake.url, OPENAI_TIMEOUT_MS: '5000' }),
    process.argv.slice(2),
    process.stdout,
    {
      logger: silentLogger,
      label: 'stand-in model returning every passage: the passage ceiling',
      observer: recallObserver(),
    },
  );
} finally {
  await fake.close();
}
