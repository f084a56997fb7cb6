import { createApp } from '../src/app/create-app.ts';
import { loadEvalSet } from '../src/cli/eval-set.ts';
import { createConfig } from '../src/config.ts';
import { loadContent } from '../src/content/load-content.ts';
import type { LlmClient } from '../src/features/answers/llm-client.ts';
import { silentLogger } from '../src/core/logger.ts';
import { createMemoryStore } from '../src/store/memory/memory-store.ts';
import { latencySummary, type ScenarioOptions, type ScenarioResult } from './lib.ts';

const EVAL_FILE = 'test/eval/questions.yaml';

/** An LLM that is never reached in this scenario: it only lets the answerer decide when it would call one. */
const unusedLlm: LlmClient = {
  complete: async () => '',
  transcribe: async () => '',
};

/**
 * Scenario 4: offline answer latency over every way the knowledge base says people ask a
 * question, plus the public evaluation set, through `app.answerer` (no network); and the share
 * of the evaluation set an LLM-equipped deployment answers without calling the LLM.
 */
export async function answersScenario(options: ScenarioOptions): Promise<ScenarioResult> {
  const content = await loadContent({ dir: 'flows', promptsDir: 'prompts' });
  const evalSet = await loadEvalSet(EVAL_FILE);
  const app = (llm?: LlmClient) =>
    createApp({
      config: createConfig({}),
      content,
      store: createMemoryStore(),
      logger: silentLogger,
      ...(llm ? { llm } : {}),
    });
  const offline = app();
  const phrasings = content.knowledge.flatMap((entry) => entry.questions);
  const questions = [...phrasings, ...evalSet.map((item) => item.q)];
  // First pass warms the JIT; later passes are measured.
  const passes = options.quick ? 2 : 6;
  const latencies: number[] = [];
  const kinds = new Map<string, number>();
  for (let pass = 0; pass < passes; pass++) {
    for (const q of questions) {
      const started = performance.now();
      const answer = await offline.answerer.answer(q);
      if (pass === 0) {
        kinds.set(answer.kind, (kinds.get(answer.kind) ?? 0) + 1);
        continue;
      }
      latencies.push(performance.now() - started);
    }
  }
  const online = app(unusedLlm);
  const withoutLlm = evalSet.filter((item) => !online.answerer.draft(item.q).needsLlm).length;
  const summary = latencySummary(latencies);
  const share = Math.round((withoutLlm / evalSet.length) * 1000) / 10;
  const figures: Record<string, number | string> = {
    'questions (knowledge phrasings + eval set)': questions.length,
    'knowledge phrasings': phrasings.length,
    'eval set questions': evalSet.length,
    'answers timed': latencies.length,
    'p50 ms': summary.p50,
    'p99 ms': summary.p99,
    'max ms': summary.max,
    'eval set answered without an LLM call %': share,
    ...Object.fromEntries([...kinds].map(([kind, n]) => [`offline kind ${kind}`, n])),
  };
  return {
    name: 'Answers: offline answer latency (app.answerer) and share answered without the LLM',
    figures,
    table: Object.entries(figures).map(([figure, value]) => ({ figure, value })),
    note: 'Offline answers are CPU only (redaction, safety rules, a MiniSearch query over the knowledge base); with an LLM configured, only answers below "sure" confidence that found passages call it.',
  };
}
