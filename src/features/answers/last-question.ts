import type { Learner } from '../../core/learners/learner.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * The learner's last free-form question recorded by the answers feature (`ext.lastQuestion`), if asked less than
 * `maxAgeMs` ago: its redacted text and, when known at once, the answer given (cut).
 */
export function lastQuestion(
  learner: Pick<Learner, 'ext'>,
  now: Date,
  maxAgeMs: number,
): { text: string; answer?: string } | undefined {
  const raw = learner.ext?.['lastQuestion'];
  if (!isObject(raw) || typeof raw['text'] !== 'string' || typeof raw['at'] !== 'string') return undefined;
  if (now.getTime() - Date.parse(raw['at']) >= maxAgeMs) return undefined;
  return { text: raw['text'], ...(typeof raw['answer'] === 'string' ? { answer: raw['answer'] } : {}) };
}
