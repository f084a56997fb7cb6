import OpenAI, { toFile } from 'openai';
import type { LlmClient } from '../features/answers/llm-client.ts';

export interface OpenAiLlmOptions {
  apiKey: string;
  /** OpenAI-compatible server (vLLM, Ollama…); OpenAI itself when omitted. */
  baseURL?: string;
  model: string;
  transcribeModel: string;
  /** Limit of one whole call, including reading the streamed reply. */
  timeoutMs: number;
  /**
   * Told after every chat completion: `ok`, `timeout`, `rate_limited`, `server_error` or `error`, and its duration
   * (/metrics).
   */
  onCall?(outcome: LlmOutcome, seconds: number): void;
}

export type LlmOutcome = 'ok' | 'timeout' | 'rate_limited' | 'server_error' | 'error';

/** What went wrong with a call, by kind only (never the message, which may echo input). */
export function llmOutcome(error: unknown): LlmOutcome {
  const status = (error as { status?: unknown }).status;
  if (status === 429) return 'rate_limited';
  if (typeof status === 'number' && status >= 500) return 'server_error';
  const name = error instanceof Error ? error.name : '';
  if (
    name === 'AbortError' ||
    name === 'TimeoutError' ||
    name === 'APIConnectionTimeoutError' ||
    name === 'APIUserAbortError'
  )
    return 'timeout';
  return 'error';
}

/**
 * The connection closed before any reply: most often a kept-alive socket the server closed just as
 * it was reused. Nothing was answered, so one more try is safe; a timeout is not retried.
 */
const droppedBeforeReply = (error: unknown) =>
  error instanceof OpenAI.APIConnectionError && !(error instanceof OpenAI.APIConnectionTimeoutError);

/** Below this much time left, a second try could not finish anyway. */
const MIN_RETRY_MS = 200;

/** A reply longer than this is cut off: the model is looping, and the learner reads on a phone. */
const MAX_REPLY_CHARS = 4000;

const EXTENSIONS: Record<string, string> = {
  'audio/ogg': 'ogg',
  'audio/opus': 'ogg',
  'audio/mpeg': 'mp3',
  'audio/mp3': 'mp3',
  'audio/mp4': 'm4a',
  'audio/m4a': 'm4a',
  'audio/x-m4a': 'm4a',
  'audio/aac': 'm4a',
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/webm': 'webm',
};

/**
 * The `openai` SDK behind {@link LlmClient}. No retries but one, after a connection dropped before
 * any reply: the learner is waiting, and the answerer falls back to the knowledge base on any error.
 */
export function createOpenAiLlm(options: OpenAiLlmOptions): LlmClient {
  const client = new OpenAI({
    apiKey: options.apiKey,
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    timeout: options.timeoutMs,
    maxRetries: 0,
  });
  async function complete(
    messages: Parameters<LlmClient['complete']>[0],
    maxTokens: number,
    timeoutMs: number,
  ): Promise<string> {
    // The SDK's own timeout ends when headers arrive; this one also covers the streamed body.
    const signal = AbortSignal.timeout(timeoutMs);
    const stream = await client.chat.completions.create(
      { model: options.model, messages, stream: true, temperature: 0.2, max_tokens: maxTokens },
      { signal, timeout: timeoutMs },
    );
    let text = '';
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? '';
      if (text.length > MAX_REPLY_CHARS) {
        stream.controller.abort();
        break;
      }
    }
    return text;
  }
  /** Once more, within what is left of the limit, when the connection dropped before any reply. */
  async function completeAfterDrop(messages: Parameters<LlmClient['complete']>[0], maxTokens: number, limit: number) {
    const started = performance.now();
    try {
      return await complete(messages, maxTokens, limit);
    } catch (error) {
      const left = Math.floor(limit - (performance.now() - started));
      if (!droppedBeforeReply(error) || left < MIN_RETRY_MS) throw error;
      return complete(messages, maxTokens, left);
    }
  }
  return {
    async complete(messages, { maxTokens = 500, timeoutMs = options.timeoutMs } = {}) {
      const started = performance.now();
      try {
        const text = await completeAfterDrop(messages, maxTokens, Math.min(timeoutMs, options.timeoutMs));
        options.onCall?.('ok', (performance.now() - started) / 1000);
        return text;
      } catch (error) {
        options.onCall?.(llmOutcome(error), (performance.now() - started) / 1000);
        throw error;
      }
    },
    async transcribe(audio, { mimeType, language }) {
      const type = mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
      const file = await toFile(audio, `voice.${EXTENSIONS[type] ?? 'ogg'}`, { type: type || 'audio/ogg' });
      const result = await client.audio.transcriptions.create(
        { file, model: options.transcribeModel, ...(language ? { language } : {}) },
        { signal: AbortSignal.timeout(options.timeoutMs) },
      );
      return result.text;
    },
  };
}
