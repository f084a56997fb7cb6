import type { KnowledgeEntry } from '../../core/content/knowledge-schema.ts';
import { personalize } from '../../core/flows/personalize.ts';
import type { Learner } from '../../core/learners/learner.ts';
import { fold } from '../../core/text/fold.ts';
import { asksForSecret } from './asks-secret.ts';
import type { LlmMessage } from './llm-client.ts';
import { redact } from './redact.ts';

/** Questions longer than this are cut before they reach the model. */
const MAX_QUESTION = 600;
/** Longer replies are cut at a line break: the learner reads on a phone. */
const MAX_REPLY = 1200;

/** Fills `{{name}}` in one pass, so placeholders typed by the user are never expanded. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (m, name: string) => values[name] ?? m);
}

/** The question as inert data: no tag can close the block it sits in. */
function quote(question: string): string {
  return question.replace(/[<>]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_QUESTION);
}

/**
 * The system prompt exactly as written in `prompts/answer-system.md`; the passages and the
 * (already redacted) question go in the user message, the question inside `<cau_hoi>`.
 */
export function buildMessages(
  prompts: Readonly<Record<string, string>>,
  passages: readonly KnowledgeEntry[],
  question: string,
  learner: Pick<Learner, 'honorific'>,
): LlmMessage[] {
  const blocks = passages.map(
    (p, i) => `<tai_lieu so="${i + 1}">\nCâu hỏi: ${p.questions[0] ?? ''}\nTrả lời: ${p.answer.trim()}\n</tai_lieu>`,
  );
  const user = fill(prompts['answer-user'] ?? '', {
    xung_ho: personalize('{xung_ho}', learner).toLowerCase(),
    toi: personalize('{toi}', learner).toLowerCase(),
    passages: blocks.join('\n'),
    question: quote(question),
  });
  return [
    { role: 'system', content: prompts['answer-system'] ?? '' },
    { role: 'user', content: user },
  ];
}

/** A usable model reply: its text and the passages (0-based) it cites. */
export type ParsedReply = { known: true; text: string; cited: number[] } | { known: false };

const URL =
  /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|vn|net|org|info|io|me|xyz|top|site|online|app|link|cc|ly)(?:\/\S*)?/gi;

/** Links the passages do not contain are removed: a model must never send someone to a new site. */
function dropUnknownLinks(text: string, passages: readonly KnowledgeEntry[]): string {
  const known = passages.map((p) => `${p.answer} ${p.source}`.toLowerCase()).join(' ');
  return text.replace(URL, (link) => (known.includes(link.toLowerCase().replace(/[).,;:!?]+$/, '')) ? link : ''));
}

/** Cuts a long reply at the last line break that fits. */
function cap(text: string): string {
  if (text.length <= MAX_REPLY) return text;
  const cut = text.lastIndexOf('\n', MAX_REPLY);
  return text.slice(0, cut > 0 ? cut : MAX_REPLY).trim();
}

/**
 * Checks a model reply: "KHONG_BIET" means the passages did not answer; otherwise the reply
 * must cite at least one passage (`NGUON: 1, 2`, or inline `[1]`). Links the passages do not
 * contain and personal numbers are removed. Returns undefined for anything unusable, and for a
 * reply asking the learner to hand over an OTP, a password or an ID number.
 */
export function parseReply(raw: string, passages: readonly KnowledgeEntry[]): ParsedReply | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  if (/^[`*"' ]*KH[OÔ]NG_BI[EẾ]T/iu.test(text) || fold(text) === 'khong biet') return { known: false };
  const lines = text.split('\n');
  const sourceAt = lines.findLastIndex((l) => fold(l).startsWith('nguon'));
  const cites =
    sourceAt >= 0 ? [...(lines[sourceAt] ?? '').matchAll(/(\d{1,2})/g)] : [...text.matchAll(/\[(\d{1,2})\]/g)];
  const cited = [...new Set(cites.map((m) => Number(m[1]) - 1))].filter((n) => n >= 0 && n < passages.length);
  if (cited.length === 0) return undefined;
  const body = (sourceAt >= 0 ? lines.slice(0, sourceAt) : lines).join('\n').replace(/\s*\[\d{1,2}\]/g, '');
  if (asksForSecret(body)) return undefined;
  const clean = cap(
    redact(dropUnknownLinks(body, passages))
      .text.replace(/[ \t]+\n/g, '\n')
      .trim(),
  );
  return clean === '' ? undefined : { known: true, text: clean, cited };
}
