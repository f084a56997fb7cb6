import { stringify } from 'yaml';
import { REDACTED_LABEL } from '../answers/redact.ts';
import { knowledgeEntrySchema, type KnowledgeEntry } from '../../core/content/knowledge-schema.ts';
import { parseYaml } from '../../core/content/parse-yaml.ts';
import type { ContentProblem } from '../../core/errors.ts';
import { questionTag, type HandoffQuestion } from './question.ts';

/**
 * Where knowledge drafts go for review (a folder of YAML files in production; see
 * `src/content/knowledge-drafts.ts`). Kept outside the core so the core does no file I/O.
 */
export interface DraftWriter {
  /** Writes a new draft named `name` (never overwrites); returns where it was written. */
  write(name: string, text: string): Promise<string>;
}

export interface DraftOptions {
  /** `source:` of the entry (PUBLIC_URL or the movement's site): the schema requires a web address. */
  sourceUrl: string;
  /** The local day, `reviewed:` of the entry. */
  today: string;
}

/** A draft file ready to write, already checked by the same validator as every content file. */
export type KnowledgeDraft =
  | { ok: true; name: string; text: string; entry: KnowledgeEntry }
  | { ok: false; problems: ContentProblem[] };

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const clean = (s: string) =>
  s
    .replace(REDACTED_LABEL, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();

/** The knowledge entry id a question's draft gets: `tu-to-a7k2`. */
export const draftEntryId = (q: Pick<HandoffQuestion, 'id'>): string => `tu-to-${q.id.toLowerCase()}`;

/**
 * Turns a team answer into a draft knowledge entry: the question as asked (a reviewer adds the
 * other ways people ask it), the team's answer, its author, the ward team as source title.
 */
export function knowledgeDraft(q: HandoffQuestion, options: DraftOptions): KnowledgeDraft {
  const first = q.answers[0];
  const name = `${draftEntryId(q)}.yaml`;
  if (!first) return { ok: false, problems: [{ file: name, line: 1, message: 'the question has no answer yet' }] };
  const entry = {
    id: draftEntryId(q),
    questions: [clean(q.text)],
    answer: q.answers.map((a) => clean(a.text)).join('\n\n'),
    source: options.sourceUrl,
    sourceTitle: capital(first.team),
    reviewed: options.today,
    author: first.signature,
  };
  const header = [
    `# Bản nháp từ câu hỏi ${questionTag(q.id)} do ${first.signature} trả lời.`,
    '# Trước khi duyệt: thêm các cách hỏi khác vào `questions`, thêm `keywords`, sửa câu trả lời cho gọn,',
    '# và thay `source` bằng trang chính thức nếu có. Duyệt: npx hocvuso knowledge review approve ' + name,
  ].join('\n');
  const text = `${header}\n${stringify(entry, { lineWidth: 0 })}`;
  const parsed = parseYaml(name, text, knowledgeEntrySchema);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  return { ok: true, name, text, entry: parsed.value.data };
}
