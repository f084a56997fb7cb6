import { stringify } from 'yaml';
import type { KnowledgeEntry } from '../../core/content/knowledge-schema.ts';
import { knowledgeEntrySchema } from '../../core/content/knowledge-schema.ts';
import { parseYaml } from '../../core/content/parse-yaml.ts';
import type { ContentProblem } from '../../core/errors.ts';
import { REDACTED_LABEL } from '../answers/redact.ts';
import type { EntryTally } from './report.ts';

export interface BetterAnswerInput {
  tally: EntryTally;
  /** The entry rated, when the answer was built on one. */
  entry?: KnowledgeEntry;
  answer: string;
  author: string;
  /** Local day (`reviewed:`) and minute, which make the draft's name unique. */
  today: string;
  stamp: string;
  /** `source:` when the rated answer had no entry. */
  fallbackSource: string;
}

export type BetterAnswerDraft = { ok: true; name: string; text: string } | { ok: false; problems: ContentProblem[] };

const clean = (s: string) =>
  s
    .replace(REDACTED_LABEL, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();

/**
 * A better answer proposed from the feedback page, as a knowledge draft (the same folder and
 * review as drafts from team answers): the 👎 questions become its ways of asking.
 */
export function betterAnswerDraft(input: BetterAnswerInput): BetterAnswerDraft {
  const { tally, entry } = input;
  const base = (entry?.id ?? `ai-${tally.key.replace(/^~/, '')}`).slice(0, 50);
  const id = `sua-${base}-${input.stamp}`;
  const name = `${id}.yaml`;
  const questions = [
    ...new Set([...(entry ? [entry.questions[0]!] : []), ...tally.downs.map((d) => clean(d.question))]),
  ]
    .filter((q) => q.length >= 3)
    .slice(0, 12);
  const draft = {
    id,
    questions,
    ...(entry?.keywords.length ? { keywords: entry.keywords } : {}),
    answer: input.answer.replace(/\r\n/g, '\n').trim(),
    source: entry?.source ?? input.fallbackSource,
    sourceTitle: entry?.sourceTitle ?? 'Tổ công nghệ số cộng đồng',
    reviewed: input.today,
    ...(entry?.lesson ? { lesson: entry.lesson } : {}),
    author: input.author,
  };
  const header = [
    `# Đề xuất câu trả lời tốt hơn cho ${entry ? `mục \`${entry.id}\`` : 'câu trả lời không theo mục nào'} (${tally.down} lượt 👎).`,
    '# Khi duyệt: sửa mục cũ theo bản này (giữ id cũ), hoặc duyệt bản này rồi xoá mục cũ.',
    `# Duyệt: npx hocvuso knowledge review approve ${name}`,
  ].join('\n');
  const text = `${header}\n${stringify(draft, { lineWidth: 0 })}`;
  const parsed = parseYaml(name, text, knowledgeEntrySchema);
  return parsed.ok ? { ok: true, name, text } : { ok: false, problems: parsed.problems };
}
