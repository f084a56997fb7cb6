import { z } from 'zod';
import type { Logger } from '../../core/logger.ts';
import type { Language } from './language.ts';
import type { LlmClient, LlmMessage } from './llm-client.ts';
import type { SafetyClass } from './safety-class.ts';
import { SAFETY_REPLIES } from './safety-replies.ts';

/** Which messages the model's safety pass reads: every unflagged one, only those the model answers, or none. */
export type SafetyCheckMode = 'all' | 'llm' | 'off';

/**
 * The model's second look at a message no rule or example flagged. `check` never throws: any
 * failure (timeout, HTTP error, a reply that is not the JSON asked for) is "no concern", as it
 * was before the pass existed.
 */
export interface SafetyPass {
  /** The safety class the model sees in the (redacted) question, or undefined for none or a failure. */
  check(redactedQuestion: string): Promise<SafetyClass | undefined>;
}

export interface SafetyPassDeps {
  llm: LlmClient;
  /** `safety-system` and `safety-user` (with `{{question}}`), as loaded and checked from `prompts/`. */
  prompts: Readonly<Record<string, string>>;
  language: Language;
  logger: Logger;
  /** Limit of one classification call; the learner waits for it. */
  timeoutMs: number;
  /** Verdicts kept, by folded question (default 500); the oldest goes first. */
  cacheSize?: number;
  /** Milliseconds between two warnings of the same failure (default one minute). */
  logEveryMs?: number;
  now?: () => number;
}

/** `{"class": "<a safety class or none>"}`: anything else is unusable. */
const verdictSchema = z.object({ class: z.string().trim().toLowerCase() });

const MAX_QUESTION = 600;
/** `{"class": "account-takeover"}` and a little slack. */
const MAX_TOKENS = 40;

const isSafetyClass = (value: string): value is SafetyClass => Object.hasOwn(SAFETY_REPLIES, value);

/** The question as inert data: no tag can close the block it sits in. */
const quote = (text: string) => text.replace(/[<>]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_QUESTION);

/** The classification call: the system prompt as written, the question inside `<cau_hoi>`. */
export function buildSafetyMessages(prompts: Readonly<Record<string, string>>, question: string): LlmMessage[] {
  const user = (prompts['safety-user'] ?? '').replace(/\{\{(\w+)\}\}/g, (m, name: string) =>
    name === 'question' ? quote(question) : m,
  );
  return [
    { role: 'system', content: prompts['safety-system'] ?? '' },
    { role: 'user', content: user },
  ];
}

/**
 * Reads the model's verdict: the first `{…}` of the reply (models wrap JSON in code fences or
 * words), validated. `none` is null; undefined means the reply is unusable.
 */
export function parseSafetyVerdict(raw: string): SafetyClass | null | undefined {
  const json = /\{[\s\S]*?\}/.exec(raw)?.[0];
  if (json === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  const parsed = verdictSchema.safeParse(value);
  if (!parsed.success) return undefined;
  if (parsed.data.class === 'none') return null;
  return isSafetyClass(parsed.data.class) ? parsed.data.class : undefined;
}

/** Only what a log may carry about a failure: its type and HTTP status, never a message echoing input. */
const describe = (error: unknown) => ({
  error: error instanceof Error ? error.name : typeof error,
  status: (error as { status?: unknown }).status,
});

/** The model's safety pass; undefined when the prompts for it are missing. */
export function createSafetyPass(deps: SafetyPassDeps): SafetyPass | undefined {
  const { llm, prompts, language, timeoutMs } = deps;
  if (!prompts['safety-system'] || !prompts['safety-user']) return undefined;
  const log = deps.logger.child({ component: 'answers' });
  const now = deps.now ?? Date.now;
  const limit = deps.cacheSize ?? 500;
  const logEveryMs = deps.logEveryMs ?? 60_000;
  const verdicts = new Map<string, SafetyClass | null>();
  // One warning per failure kind and period, with how many were not logged since.
  const warned = new Map<string, { at: number; skipped: number }>();

  function warn(kind: string, fields: Record<string, unknown>) {
    const last = warned.get(kind);
    const at = now();
    if (last && at - last.at < logEveryMs) {
      last.skipped += 1;
      return;
    }
    warned.set(kind, { at, skipped: 0 });
    log.warn({ llm: kind, ...fields, skipped: last?.skipped ?? 0 }, 'LLM safety check unusable; rules alone decide');
  }

  function remember(key: string, verdict: SafetyClass | null) {
    verdicts.delete(key);
    verdicts.set(key, verdict);
    if (verdicts.size > limit) verdicts.delete(verdicts.keys().next().value as string);
  }

  return {
    async check(redactedQuestion) {
      const key = language.read(redactedQuestion);
      const known = verdicts.get(key);
      if (known !== undefined) {
        remember(key, known);
        return known ?? undefined;
      }
      let raw: string;
      try {
        raw = await llm.complete(buildSafetyMessages(prompts, redactedQuestion), { maxTokens: MAX_TOKENS, timeoutMs });
      } catch (error) {
        warn('safety-check-failed', describe(error));
        return undefined;
      }
      const verdict = parseSafetyVerdict(raw);
      if (verdict === undefined) {
        warn('safety-check-invalid', {});
        return undefined;
      }
      remember(key, verdict);
      if (verdict) log.info({ llm: 'safety-flagged', safety: verdict }, 'LLM safety check flagged a question');
      return verdict ?? undefined;
    },
  };
}
