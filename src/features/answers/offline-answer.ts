import type { Content } from '../../core/content/content.ts';
import type { KnowledgeEntry } from '../../core/content/knowledge-schema.ts';
import { personalize } from '../../core/flows/personalize.ts';
import { address, type Learner } from '../../core/learners/learner.ts';
import type { Answer, Source, Suggestion } from './answer.ts';
import type { KnowledgeHit } from './knowledge-index.ts';
import type { RedactionKind } from './redact.ts';
import { cautionText, SAFETY_LESSON, SAFETY_REPLIES, scamWarning, withSituation } from './safety-replies.ts';
import type { SafetyVerdict } from './safety.ts';
import type { ScamVerdict } from './scam-net.ts';
import type { SecondQuestion } from './second-question.ts';
import { shortLabel } from '../../core/text/short-label.ts';

/** What every offline answer needs to know. */
export interface OfflineContext {
  content: Content;
  learner: Pick<Learner, 'honorific'>;
  redacted: RedactionKind[];
}

const SUGGESTION_COUNT = 3;
const LABEL_LENGTH = 60;

export const sourceOf = (e: KnowledgeEntry): Source => ({ title: e.sourceTitle, url: e.source });

export function lessonOf(content: Content, id: string | undefined): Answer['lesson'] {
  const lesson = id ? content.lesson(id) : undefined;
  return lesson ? { id: lesson.id, title: lesson.title } : undefined;
}

/** Knowledge answers say "bác"; learners who prefer another honorific read theirs ("bác sĩ" stays). */
export function entryText(entry: KnowledgeEntry, learner: Pick<Learner, 'honorific'>): string {
  const text = entry.answer.trim();
  if (learner.honorific === undefined || learner.honorific === 'bác') return text;
  return text.replace(/(?<!\p{L})([Bb])ác(?!\p{L})(?!\s+sĩ)/gu, (_m, b: string) => address(learner, b === 'B'));
}

export function suggestionsFrom(hits: readonly KnowledgeHit[]): Suggestion[] {
  return hits.slice(0, SUGGESTION_COUNT).map((h) => {
    const q = h.entry.questions[0] ?? h.entry.id;
    return { entryId: h.entry.id, label: shortLabel(q, LABEL_LENGTH) };
  });
}

const base = (ctx: OfflineContext) => ({ redacted: ctx.redacted, sources: [] as Source[], unsure: false });

/** A confident knowledge-base answer. */
export function knowledgeAnswer(entry: KnowledgeEntry, ctx: OfflineContext): Answer {
  const lesson = lessonOf(ctx.content, entry.lesson);
  return {
    ...base(ctx),
    kind: 'knowledge',
    text: entryText(entry, ctx.learner),
    sources: [sourceOf(entry)],
    entry: entry.id,
    ...(lesson ? { lesson } : {}),
  };
}

/** The best entry, said with a caveat, plus the other close topics. */
export function probableAnswer(hits: readonly KnowledgeHit[], ctx: OfflineContext): Answer {
  const [top] = hits;
  if (!top) return unsureAnswer([], ctx);
  const asked = top.entry.questions[0] ?? '';
  const intro = personalize(
    `Dạ, {toi} chưa chắc đã hiểu đúng ý {xung_ho}. Có phải {xung_ho} muốn hỏi: “${asked}”`,
    ctx.learner,
  );
  const lesson = lessonOf(ctx.content, top.entry.lesson);
  return {
    ...base(ctx),
    kind: 'fallback',
    text: `${intro}\n\n${entryText(top.entry, ctx.learner)}`,
    sources: [sourceOf(top.entry)],
    entry: top.entry.id,
    suggestions: suggestionsFrom(hits.slice(1)),
    unsure: true,
    ...(lesson ? { lesson } : {}),
  };
}

/** The offer that ends an unsure answer; dropped where nobody takes questions (`deskInstead`). */
export const HANDOFF_OFFER = ' Hoặc {toi} chuyển câu hỏi cho cán bộ hỗ trợ nhé.';

/** An honest "not sure", with the closest topics to choose from. */
export function unsureAnswer(hits: readonly KnowledgeHit[], ctx: OfflineContext): Answer {
  const suggestions = suggestionsFrom(hits);
  const next =
    suggestions.length > 0
      ? `Có phải {xung_ho} muốn hỏi một trong các chủ đề dưới đây không ạ?${HANDOFF_OFFER}`
      : `{xung_ho} thử gõ ngắn gọn hơn, ví dụ: “quên mật khẩu VNeID” hay “làm chữ to trên điện thoại”.${HANDOFF_OFFER}`;
  const text = personalize(`Dạ, câu này {toi} chưa chắc nên không dám trả lời bừa ạ. 🙏\n${next}`, ctx.learner);
  return { ...base(ctx), kind: 'fallback', text, suggestions, unsure: true };
}

/** A safety reply; for a scam in progress the warning comes first, then the relevant entry. */
export function safetyAnswer(verdict: SafetyVerdict, related: KnowledgeHit | undefined, ctx: OfflineContext): Answer {
  const { kind, scam } = verdict;
  const template =
    kind === 'scam' && scam?.level === 'alarm'
      ? scamWarning(scam.lines)
      : withSituation(SAFETY_REPLIES[kind], verdict.lines);
  const warning = personalize(template, ctx.learner);
  // The net's own account demand refused ("cho mượn căn cước"): its entry still follows, as after a warning.
  const entry = kind === 'scam' || (kind === 'identity-fraud' && scam) ? related?.entry : undefined;
  const lesson = lessonOf(ctx.content, entry?.lesson ?? SAFETY_LESSON[kind]);
  return {
    ...base(ctx),
    kind: 'safety',
    safety: kind,
    text: entry ? `${warning}\n\n${entryText(entry, ctx.learner)}` : warning,
    sources: entry ? [sourceOf(entry)] : [],
    ...(entry ? { entry: entry.id } : {}),
    ...(lesson ? { lesson } : {}),
  };
}

/** The answer with a short caution first (money aimed at someone, no other sign of a scam). */
export function withCaution(answer: Answer, caution: ScamVerdict | undefined, ctx: OfflineContext): Answer {
  if (!caution) return answer;
  return { ...answer, text: `${personalize(cautionText(caution.lines), ctx.learner)}\n\n${answer.text}` };
}

/** Two entries are as close: "Bác muốn hỏi về … hay …?", both offered as buttons. */
export function whichAnswer(hits: readonly KnowledgeHit[], ctx: OfflineContext): Answer {
  const [a, b] = suggestionsFrom(hits.slice(0, 2));
  if (!a || !b) return unsureAnswer(hits, ctx);
  const text = personalize(
    `Dạ, {xung_ho} muốn hỏi về “${a.label}” hay “${b.label}” ạ? {xung_ho} bấm chọn một nhé, {toi} trả lời ngay.`,
    ctx.learner,
  );
  return { ...base(ctx), kind: 'fallback', text, suggestions: [a, b], unsure: true };
}

/**
 * A second question in the same message ("…, còn Zalo thì sao?"): its entry follows the answer to
 * the main one, plainly when sure of it, as "Có phải…?" when not (then the whole answer admits it
 * is not sure), and stays offered as a button.
 */
export function withSecondQuestion(answer: Answer, second: SecondQuestion | undefined, ctx: OfflineContext): Answer {
  if (!second || answer.entry === second.hit.entry.id) return answer;
  const { entry } = second.hit;
  const asked = entry.questions[0] ?? entry.id;
  const lead = second.sure
    ? `Còn câu {xung_ho} hỏi về “${asked}”:`
    : `Còn câu sau, {toi} chưa chắc đã hiểu đúng ý {xung_ho}. Có phải {xung_ho} muốn hỏi: “${asked}”`;
  return {
    ...answer,
    text: `${answer.text}\n\n${personalize(lead, ctx.learner)}\n\n${entryText(entry, ctx.learner)}`,
    sources: [...answer.sources, sourceOf(entry)],
    suggestions: [...suggestionsFrom([second.hit]), ...(answer.suggestions ?? [])],
    unsure: answer.unsure || !second.sure,
  };
}
