import { createInterface } from 'node:readline';
import { createLlm } from '../app/create-llm.ts';
import { createLogger } from '../app/logger.ts';
import type { Config } from '../config.ts';
import { loadContent } from '../content/load-content.ts';
import { createAnswerer, type Answerer } from '../features/answers/answerer.ts';
import type { LlmClient } from '../features/answers/llm-client.ts';
import type { Logger } from '../core/logger.ts';
import { answerForCli, answerJson } from './answer-output.ts';
import { quietPipe } from './quiet-pipe.ts';

export interface AskIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
}

/** The answerer on the configured content and LLM (offline without `OPENAI_API_KEY`); no Redis needed. */
export async function cliAnswerer(
  config: Config,
  options: { llm?: LlmClient; logger?: Logger } = {},
): Promise<Answerer> {
  const content = await loadContent({ dir: config.CONTENT_DIR, promptsDir: config.PROMPTS_DIR });
  return createAnswerer({
    content,
    llm: options.llm ?? createLlm(config),
    logger: options.logger ?? createLogger(config.LOG_LEVEL ?? 'warn'),
    safetyCheck: config.OPENAI_SAFETY_CHECK,
    safetyTimeoutMs: config.OPENAI_SAFETY_TIMEOUT_MS,
  });
}

/**
 * `hocvuso ask "<question>" [--json]`. With no question, reads one question per line from
 * stdin and prints one answer per line (blank lines skipped); line breaks inside a plain
 * answer become " | ".
 */
export async function askCommand(
  config: Config,
  args: string[],
  io: AskIo,
  options: { llm?: LlmClient; logger?: Logger } = {},
): Promise<number> {
  const json = args.includes('--json');
  const question = args
    .filter((a) => a !== '--json')
    .join(' ')
    .trim();
  const answerer = await cliAnswerer(config, options);
  const pipe = quietPipe(io.stdout);
  const render = async (q: string, oneLine: boolean) => {
    const answer = await answerer.answer(q);
    if (json) return answerJson(q, answer);
    const text = answerForCli(answer);
    return oneLine ? text.replace(/\s*\n+\s*/g, ' | ') : text;
  };
  if (question !== '') {
    io.stdout.write(`${await render(question, false)}\n`);
    return 0;
  }
  const lines = createInterface({ input: io.stdin, terminal: false });
  for await (const line of lines) {
    if (pipe.closed()) break;
    const q = line.trim();
    if (q !== '') io.stdout.write(`${await render(q, true)}\n`);
  }
  return 0;
}
