import { access, readdir } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { Config } from '../config.ts';
import type { Answer } from '../features/answers/answer.ts';
import type { LlmClient } from '../features/answers/llm-client.ts';
import type { Logger } from '../core/logger.ts';
import { answerForCli } from './answer-output.ts';
import { cliAnswerer } from './ask-command.ts';
import { loadEvalSet, missingFacts, type EvalItem } from './eval-set.ts';
import { quietPipe } from './quiet-pipe.ts';
import { namedHoldout, retiredHoldouts } from './retired-holdouts.ts';

export const DEFAULT_EVAL_FILE = 'test/eval/questions.yaml';

/** Watches every answer of a set and adds lines of its own under the set's figures (`eval:ceiling`'s recall). */
export interface EvalObserver {
  answered(item: EvalItem, answer: Answer): void;
  /** Lines printed after the set's figures; the observer starts afresh for the next set. */
  report(): string[];
}

interface Outcome {
  item: EvalItem;
  answer: Answer;
  missing: string[][];
}

const pct = (n: number, total: number) => (total === 0 ? '–' : `${Math.round((n / total) * 100)}%`);
const line = (label: string, n: number, total: number) =>
  `${label.padEnd(44)} ${String(n).padStart(4)}/${total}  (${pct(n, total)})`;

/** The sealed set: written before the answer changes of issue 16, reported, never tuned on. */
export const SEALED_EVAL_FILE = 'test/eval/sealed/questions.yaml';
const SEALED_WRITTEN = '2026-12-03 04:06 UTC';

/** Development sets: fresh questions written in session 6 to tune on, so the sealed set stays sealed. */
export const DEV_EVAL_DIR = 'test/eval/dev';

const isSealed = (file: string) => file.replace(/\\/g, '/').endsWith(SEALED_EVAL_FILE);
const isDev = (file: string) => file.replace(/\\/g, '/').includes(`${DEV_EVAL_DIR}/`);
/** A development set written to measure a change and never tuned on (its name says `holdout`). */
const isHeldOut = (file: string) => isDev(file) && namedHoldout(file);
const devFiles = () =>
  readdir(DEV_EVAL_DIR).then(
    (names) =>
      names
        .filter((n) => n.endsWith('.yaml'))
        .sort()
        .map((n) => `${DEV_EVAL_DIR}/${n}`),
    () => [] as string[],
  );
const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/**
 * `hocvuso eval [file…] [--verbose]`: answers every question of the evaluation sets (by default
 * the public set and the development sets in test/eval/dev/, tuned on, and the sealed set, report only) and prints how
 * many answers carry
 * every required fact, how many were confidently wrong (a sure answer missing a required fact),
 * how many risky prompts were handled safely (a safety answer with the required facts) and how
 * many were answered without the LLM. Per-question output (`--verbose`) is never printed for
 * the sealed set nor for a held-out development set: reading their failures would be tuning
 * on them.
 */
export async function evalCommand(
  config: Config,
  args: string[],
  out: NodeJS.WritableStream,
  options: { llm?: LlmClient; logger?: Logger; label?: string; observer?: EvalObserver } = {},
): Promise<number> {
  quietPipe(out);
  const verbose = args.includes('--verbose');
  const named = args.filter((a) => !a.startsWith('--'));
  const files =
    named.length > 0
      ? named
      : [DEFAULT_EVAL_FILE, ...(await devFiles()), ...((await exists(SEALED_EVAL_FILE)) ? [SEALED_EVAL_FILE] : [])];
  const answerer = await cliAnswerer(config, options);
  const devSets = new Map<string, EvalItem[]>();
  for (const file of await devFiles()) devSets.set(file, await loadEvalSet(file));
  const retired = retiredHoldouts(devSets);
  for (const [i, file] of files.entries()) {
    if (i > 0) out.write('\n');
    const key = relative(process.cwd(), resolve(file)).replace(/\\/g, '/');
    const tunedAs = retired.get(key);
    const heldOut = isHeldOut(file) && tunedAs === undefined;
    // A development set was read once to find the retired hold-outs: it is answered from that reading.
    const items = devSets.get(key) ?? (await loadEvalSet(file));
    const role = { verbose: verbose && !isSealed(file) && !heldOut, heldOut, tunedAs };
    await evalFile(answerer, file, items, role, out, options);
  }
  return 0;
}

async function evalFile(
  answerer: Awaited<ReturnType<typeof cliAnswerer>>,
  file: string,
  items: readonly EvalItem[],
  { verbose, heldOut, tunedAs }: { verbose: boolean; heldOut: boolean; tunedAs: string | undefined },
  out: NodeJS.WritableStream,
  { label, observer }: { label?: string; observer?: EvalObserver },
): Promise<void> {
  const outcomes: Outcome[] = [];
  for (const item of items) {
    const answer = await answerer.answer(item.q);
    observer?.answered(item, answer);
    outcomes.push({ item, answer, missing: missingFacts(answerForCli(answer), item.expect) });
  }
  const withFacts = outcomes.filter((o) => o.item.expect.length > 0);
  const withEntry = outcomes.filter((o) => o.item.entry !== undefined);
  const risky = outcomes.filter((o) => o.item.risky !== undefined && o.item.risky !== false);
  const safe = risky.filter((o) => o.answer.kind === 'safety' && o.missing.length === 0);
  // A warning or refusal in place of the answer to a harmless question (issue 16).
  const alarmed = outcomes.filter((o) => !risky.includes(o) && o.answer.kind === 'safety');
  const confidentlyWrong = withFacts.filter(
    (o) => !o.answer.unsure && o.answer.kind !== 'safety' && o.missing.length > 0,
  );
  // "Chưa chắc" with no entry's answer: the learner reads no fact (a "Có phải…?" reply carries one).
  const bare = outcomes.filter((o) => o.answer.kind === 'fallback' && o.answer.entry === undefined);
  const kinds = new Map<string, number>();
  for (const o of outcomes) kinds.set(o.answer.kind, (kinds.get(o.answer.kind) ?? 0) + 1);

  const mode = label ?? (answerer.online ? 'LLM configured' : 'offline: no OPENAI_API_KEY');
  const role = isSealed(file)
    ? `sealed set, written ${SEALED_WRITTEN}, never tuned on: report only`
    : heldOut
      ? 'development set, held out: never tuned on'
      : tunedAs !== undefined
        ? `development set, held out until its questions were copied to ${tunedAs}: tuned on now`
        : isDev(file)
          ? 'development set, tuned on'
          : 'public set, tuned on';
  out.write(`Evaluation: ${file} (${items.length} questions, ${role}; ${mode})\n`);
  out.write(
    `${line(
      'Answers carrying every required fact',
      withFacts.filter((o) => o.missing.length === 0).length,
      withFacts.length,
    )}\n`,
  );
  out.write(`${line('Confidently wrong (sure, a fact missing)', confidentlyWrong.length, withFacts.length)}\n`);
  if (withEntry.length > 0)
    out.write(
      `${line(
        'Right knowledge entry used',
        withEntry.filter((o) => o.answer.entry === o.item.entry).length,
        withEntry.length,
      )}\n`,
    );
  out.write(`${line('Risky prompts handled safely', safe.length, risky.length)}\n`);
  out.write(`${line('Not marked risky, given a safety reply', alarmed.length, outcomes.length - risky.length)}\n`);
  out.write(
    `${line('Answered without the LLM', outcomes.filter((o) => o.answer.kind !== 'llm').length, outcomes.length)}\n`,
  );
  out.write(`${line('Bare fallback (no entry answer given)', bare.length, outcomes.length)}\n`);
  out.write(`By kind: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}\n`);
  for (const extra of observer?.report() ?? []) out.write(`${extra}\n`);
  if (verbose) {
    for (const o of outcomes) {
      const wrongEntry = o.item.entry !== undefined && o.answer.entry !== o.item.entry;
      const unsafe = risky.includes(o) && !safe.includes(o);
      if (o.missing.length === 0 && !wrongEntry && !unsafe && !alarmed.includes(o)) continue;
      out.write(
        `\n✗ ${o.item.q}\n  kind=${o.answer.kind} entry=${o.answer.entry ?? '-'}` +
          `${o.item.entry ? ` (want ${o.item.entry})` : ''}${alarmed.includes(o) ? ` safety=${o.answer.safety}` : ''}`,
      );
      if (o.missing.length > 0) out.write(`\n  missing: ${o.missing.map((g) => g.join(' | ')).join('; ')}`);
      out.write('\n');
    }
  }
}
