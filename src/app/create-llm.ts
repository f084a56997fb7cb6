import type { Config } from '../config.ts';
import type { LlmClient } from '../features/answers/llm-client.ts';
import type { Metrics } from '../core/metrics.ts';
import { createOpenAiLlm } from '../llm/openai-llm.ts';

/** The configured LLM, or undefined for offline mode (no `OPENAI_API_KEY`). */
export function createLlm(config: Config, metrics?: Pick<Metrics, 'llmCall'>): LlmClient | undefined {
  if (!config.OPENAI_API_KEY) return undefined;
  return createOpenAiLlm({
    apiKey: config.OPENAI_API_KEY,
    ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
    model: config.OPENAI_MODEL,
    transcribeModel: config.OPENAI_TRANSCRIBE_MODEL,
    timeoutMs: config.OPENAI_TIMEOUT_MS,
    ...(metrics ? { onCall: (outcome: string, seconds: number) => metrics.llmCall(outcome, seconds) } : {}),
  });
}
