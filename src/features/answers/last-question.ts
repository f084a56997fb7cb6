import type { Learner } from '../../core/learners/learner.ts';

/** Longer answers are cut in the record kept for a volunteer. */
const KEPT_ANSWER = 600;

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

/**
 * Remembers the redacted question (`ext.lastQuestion`, read by the handoff feature and by "bây giờ làm gì"), so a
 * volunteer can be asked without typing it again; with the answer shown, when known already.
 */
export function withLastQuestion<L extends Pick<Learner, 'ext'>>(
  learner: L,
  question: string,
  answer: string | undefined,
  now: Date,
): L {
  const kept = answer?.slice(0, KEPT_ANSWER);
  const lastQuestion = { text: question, at: now.toISOString(), ...(kept ? { answer: kept } : {}) };
  return { ...learner, ext: { ...learner.ext, lastQuestion } };
}
