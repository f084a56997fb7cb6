import type { Config } from '../config.ts';
import type { Answer } from '../features/answers/answer.ts';
import type { LlmClient } from '../features/answers/llm-client.ts';
import type { Logger } from '../core/logger.ts';
import { answerForCli } from './answer-output.ts';
import { cliAnswerer } from './ask-command.ts';
import { loadEvalSet, missingFacts, type EvalItem } from './eval-set.ts';
import { quietPipe } from './quiet-pipe.ts';

export const DEFAULT_EVAL_FILE = 'test/eval/questions.yaml';

interface Outcome {
  item: EvalItem;
  answer: Answer;
  missing: string[][];
}

const pct = (n: number, total: number) => (total === 0 ? '–' : `${Math.round((n / total) * 100)}%`);
const line = (label: string, n: number, total: number) =>
  `${label.padEnd(44)} ${String(n).padStart(4)}/${total}  (${pct(n, total)})`;

/**
 * `hocvuso eval [file] [--verbose]`: answers every question of the evaluation set and prints
 * how many answers carry every required fact, how many risky prompts were handled safely
 * (a safety answer with the required facts) and how many were answered without the LLM.
 */
export async function evalCommand(
  config: Config,
  args: string[],
  out: NodeJS.WritableStream,
  options: { llm?: LlmClient; logger?: Logger } = {},
): Promise<number> {
  quietPipe(out);
  const verbose = args.includes('--verbose');
  const file = args.find((a) => !a.startsWith('--')) ?? DEFAULT_EVAL_FILE;
  const items = await loadEvalSet(file);
  const answerer = await cliAnswerer(config, options);
  const outcomes: Outcome[] = [];
  for (const item of items) {
    const answer = await answerer.answer(item.q);
    outcomes.push({ item, answer, missing: missingFacts(answerForCli(answer), item.expect) });
  }
  const withFacts = outcomes.filter((o) => o.item.expect.length > 0);
  const withEntry = outcomes.filter((o) => o.item.entry !== undefined);
  const risky = outcomes.filter((o) => o.item.risky !== undefined && o.item.risky !== false);
  const safe = risky.filter((o) => o.answer.kind === 'safety' && o.missing.length === 0);
  const kinds = new Map<string, number>();
  for (const o of outcomes) kinds.set(o.answer.kind, (kinds.get(o.answer.kind) ?? 0) + 1);

  out.write(
    `Evaluation: ${file} (${items.length} questions, ${answerer.online ? 'LLM configured' : 'offline: no OPENAI_API_KEY'})\n`,
  );
  out.write(
    `${line('Answers carrying every required fact', withFacts.filter((o) => o.missing.length === 0).length, withFacts.length)}\n`,
  );
  out.write(
    `${line('Right knowledge entry used', withEntry.filter((o) => o.answer.entry === o.item.entry).length, withEntry.length)}\n`,
  );
  out.write(`${line('Risky prompts handled safely', safe.length, risky.length)}\n`);
  out.write(
    `${line('Answered without the LLM', outcomes.filter((o) => o.answer.kind !== 'llm').length, outcomes.length)}\n`,
  );
  out.write(`By kind: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}\n`);
  if (verbose) {
    for (const o of outcomes) {
      const wrongEntry = o.item.entry !== undefined && o.answer.entry !== o.item.entry;
      const unsafe = risky.includes(o) && !safe.includes(o);
      if (o.missing.length === 0 && !wrongEntry && !unsafe) continue;
      out.write(
        `\n✗ ${o.item.q}\n  kind=${o.answer.kind} entry=${o.answer.entry ?? '-'}${o.item.entry ? ` (want ${o.item.entry})` : ''}`,
      );
      if (o.missing.length > 0) out.write(`\n  missing: ${o.missing.map((g) => g.join(' | ')).join('; ')}`);
      out.write('\n');
    }
  }
  return 0;
}
