import type { Content } from '../content/content.ts';
import type { TalkTables } from '../content/talk-schema.ts';
import { currentView } from '../flows/current-view.ts';
import { decodePayload } from '../flows/payload.ts';
import { personalize } from '../flows/personalize.ts';
import type { Learner } from '../learners/learner.ts';
import { samePosition } from '../learners/lesson-finished.ts';
import type { Choice, Reply } from '../message.ts';
import { fold } from '../text/fold.ts';
import { foldedSet } from '../text/folded-list.ts';
import { matchOption } from '../text/option-match.ts';
import { readOrdinal, stripParticles, yesOrNo } from '../text/talk-words.ts';
import { typedLabel } from '../text/typed-label.ts';

/** What a reply to the pending question stands for: a button, or a yes/no without one. */
export interface PendingMatch {
  payload?: string;
  answer?: 'yes' | 'no';
}

const QUIZ_KINDS = new Set(['quiz', 'review', 'pre']);
const LESSON_KINDS = new Set(['choice', 'next', 'quiz', 'review', 'pre-start', 'pre', 'pre-skip', 'task']);
/** Real questions ("ch play là gì?") are asked, not answers; "không" alone does not make one. */
const ASKING =
  /(^| )(sao|gi|j|the nao|ntn|lam sao|o dau|bao nhieu|bao gio|khi nao|tai sao|nhu the nao|cho (toi |chau |em |minh )?hoi|muon hoi)( |$)| nao$/;
/** A reply saying something is done already ("rồi", "đã rồi", "có rồi", "xong rồi"). */
const ALREADY = /^((da|co|xong|lam|duoc) )?roi$/;
/** A reply that starts by saying no: never a press of "✍️ Thử 2 câu trước", however close its words. */
const DECLINING = /^(khong|ko|k|hong|chua|thoi|khoi|dung|bo qua)( |$)/;

/** Where declining the check leads: "⏭️ Bỏ qua" in the check, "Tiếp tục" under its offer. */
function skipOfCheck(pending: readonly Choice[]): string | undefined {
  const kinds = pending.map((c) => decodePayload(c.payload)?.kind);
  const skip = pending[kinds.indexOf('pre-skip')];
  if (skip) return skip.payload;
  if (!kinds.includes('pre-start')) return undefined;
  const main = pending.filter((_c, i) => kinds[i] !== 'pre-start');
  return main.length === 1 ? main[0]!.payload : undefined;
}

const lessonish = (c: Choice) => LESSON_KINDS.has(decodePayload(c.payload)?.kind ?? '');

/**
 * The options of a lesson step, quiz or review question the learner is answering, if any: the
 * leading lesson options of `lastChoices` (an answer's 👍/👎 shown above the step may follow them).
 */
export function pendingChoices(learner: Learner): Choice[] | undefined {
  const choices = learner.lastChoices;
  if (!learner.position || !choices || choices.length === 0) return undefined;
  const end = choices.findIndex((c) => !lessonish(c));
  const own = end === -1 ? choices : choices.slice(0, end);
  return own.length > 0 ? own : undefined;
}

/** Whether the options waiting are a quiz, review or check question's: a letter alone then names one. */
const quizLike = (learner: Learner) =>
  pendingChoices(learner)?.some((c) => QUIZ_KINDS.has(decodePayload(c.payload)?.kind ?? '')) ?? false;

/** An emoji without skin tone or variation selector, a run of it once ("👍🏻👍" → "👍"). */
const bareEmoji = (s: string): string =>
  s
    .trim()
    .replace(/[\u{1F3FB}-\u{1F3FF}\uFE0F]/gu, '')
    .replace(/(\p{Extended_Pictographic})\1+/gu, '$1');

/**
 * The button whose label starts with the one emoji typed alone: "👍" under an answer is its
 * "👍 Hữu ích", "📚" the menu. Only when a single button starts with it.
 */
function emojiButton(text: string, choices: readonly Choice[]): Choice | undefined {
  const typed = bareEmoji(text);
  if (!/^\p{Extended_Pictographic}$/u.test(typed)) return undefined;
  const hits = choices.filter((c) => bareEmoji(c.label.split(' ')[0] ?? '') === typed);
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * A letter typed alone as on a paper test, under any options: a capital "A"–"D" ("B.", "C)"), or
 * "b", which has no other reading. A lower-case "a", "c", "d" may be "ạ", "có", "dạ".
 */
const letterTyped = (text: string): boolean => /^(?:[A-D]|b)[.)]?$/.test(text.trim());

/**
 * Matches a typed reply against the question waiting for it, before any feature sees it:
 * a number ("2", "hai", "cái thứ hai"), an option's label, yes/no words, and for a lesson
 * question the option's words (partial, with typos). A bare ambiguous stop word ("dung") is
 * a yes only to a yes/no question, never a quiz option.
 */
export function matchPending(
  learner: Learner,
  text: string,
  folded: string,
  tables: TalkTables,
): PendingMatch | undefined {
  const { talk, stop } = tables;
  const choices = learner.lastChoices ?? [];
  const stripped = stripParticles(folded, talk.particles);
  const pressed = emojiButton(text, choices);
  if (pressed) return { payload: pressed.payload };
  if (text === '' || folded === '') return undefined;
  if (choices.length > 0) {
    const n = readOrdinal(folded, talk.particles, quizLike(learner) || letterTyped(text));
    if (n !== undefined) return choices[n - 1] ? { payload: choices[n - 1]!.payload } : undefined;
    const exact = choices.find((c) => typedLabel(text, c.label, talk.particles, talk.bareLookalikes));
    if (exact) return { payload: exact.payload };
  }
  const answer = yesOrNo(folded, talk);
  const pending = pendingChoices(learner);
  if (learner.yesNo && answer) {
    const payload = learner.yesNo[answer];
    if (payload) return { payload };
    // A lesson step that asks "…không ạ?" is answered by its own options below.
    if (!pending) return { answer };
  }
  if (!pending) return undefined;
  const skip = skipOfCheck(pending);
  if (skip && foldedSet(talk.skipCheck).has(stripped)) return { payload: skip };
  // "rồi", "đã rồi" to "Bác đã … chưa ạ?": the one option saying it is done ("Đã kích hoạt rồi").
  if (ALREADY.test(stripped) && !quizLike(learner)) {
    const done = pending.filter((c) => /^da |\broi$/.test(fold(c.label)));
    if (done.length === 1) return { payload: done[0]!.payload };
  }
  if (answer) {
    if (foldedSet(stop.ambiguous).has(stripped)) return undefined;
    // A yes to a step with one button ("Tiếp tục ▶️", maybe beside the offer of a check) presses it.
    const main = pending.filter((c) => decodePayload(c.payload)?.kind !== 'pre-start');
    if (answer === 'yes' && main.length === 1) return { payload: main[0]!.payload };
    const lead = answer === 'yes' ? ['co', 'dung', 'phai'] : ['khong', 'sai', 'chua'];
    const hits = pending.filter((c) => lead.includes(fold(c.label).split(' ')[0] ?? ''));
    return hits.length === 1 ? { payload: hits[0]!.payload } : undefined;
  }
  if (text.includes('?') || ASKING.test(folded)) return undefined;
  // Declining or going on ("bỏ qua", "tiếp") is no option's words: "bỏ qua" once chose "hình quả táo".
  if (foldedSet(talk.skipCheck).has(stripped)) return undefined;
  const i = matchOption(
    stripped,
    pending.map((c) => c.label),
  );
  if (i === undefined) return undefined;
  const chosen = pending[i]!.payload;
  if (skip && decodePayload(chosen)?.kind === 'pre-start' && DECLINING.test(stripped)) return { payload: skip };
  return { payload: chosen };
}

const YES_NO_QUESTION = /\b(co phai|phai khong|dung khong|duoc khong|co muon|co dong y)\b|\b(khong|chua) a$/;

/**
 * Verdicts of {@link asksYesNo} by message text. Nearly every reply is a lesson step, a menu or
 * a command's answer whose text recurs for every learner; folding each of its lines again on
 * every message was most of what a lesson step allocated. Emptied when full (free answers vary).
 */
const askedByText = new Map<string, boolean>();
const ASKED_TEXTS = 4096;

function textAsksYesNo(text: string): boolean {
  let asked = askedByText.get(text);
  if (asked === undefined) {
    asked = text.split('\n').some((line) => YES_NO_QUESTION.test(fold(line)));
    if (askedByText.size >= ASKED_TEXTS) askedByText.clear();
    askedByText.set(text, asked);
  }
  return asked;
}

/** Whether a reply ends by asking yes or no ("Có phải bác muốn hỏi…", "…được không ạ?"). */
export function asksYesNo(reply: Reply): boolean {
  return reply.some((part) => (part.type === 'text' || part.type === 'choices') && textAsksYesNo(part.text));
}

/**
 * The question that waited before this message (`before`), shown again after another feature
 * answered, with a line saying where
 * the learner is ("Bác đang ở câu 2 của bài VNeID"); undefined when nothing waits.
 */
export function pendingAgain(
  before: Learner,
  learner: Learner,
  content: Content,
): { learner: Learner; reply: Reply } | undefined {
  const pos = learner.position;
  if (!pos || !pendingChoices(before) || !samePosition(before, learner)) return undefined;
  const questionOf = (item: { lessonId: string; questionId: string }) =>
    content.lesson(item.lessonId)?.quiz.find((q) => q.id === item.questionId);
  const view = currentView(learner, content.lesson, questionOf);
  if (!view) return undefined;
  const title = pos.mode === 'review' ? undefined : content.lesson(pos.lessonId)?.title;
  const where =
    pos.mode === 'quiz'
      ? `{xung_ho} đang ở câu ${pos.question + 1} của bài "${title}".`
      : pos.mode === 'review'
        ? `{xung_ho} đang ôn lại câu ${pos.index + 1}/${pos.items.length}.`
        : pos.mode === 'precheck'
          ? `{xung_ho} đang thử câu ${pos.question + 1} trước bài "${title}".`
          : pos.mode === 'task'
            ? `{xung_ho} vừa học xong bài "${title}".`
            : `{xung_ho} đang học bài "${title}".`;
  const note = `↩️ ${personalize(`${where} Mình làm tiếp nhé (gõ số hoặc chữ của lựa chọn):`, learner)}`;
  return { learner: view.learner, reply: [{ type: 'text', text: note }, ...view.reply] };
}

/**
 * Options another feature showed just before the step came back (an answer's 👍/👎, its topics)
 * keep working when typed: they are numbered after the step's own ("1. iPhone 2. Android" below,
 * "3. 👍 Hữu ích" above), and `lastChoices` holds both, so one number never means two things.
 * Returns the learner to keep and the options to renumber, if any.
 */
export function numberAfterStep(
  before: Learner,
  decided: Learner,
  shown: Learner,
): { learner: Learner; extra?: { choices: Choice[]; first: number } } {
  const extra = decided.lastChoices;
  const step = shown.lastChoices ?? [];
  if (!extra || extra === before.lastChoices || extra.length === 0 || step.length === 0 || extra.every(lessonish))
    return { learner: shown };
  return {
    learner: { ...shown, lastChoices: [...step, ...extra] },
    extra: { choices: extra, first: step.length + 1 },
  };
}

/**
 * A question asked after another feature's reply rather than before a step (one a finished
 * lesson put off): its options are numbered after that reply's, and `lastChoices` holds both.
 */
export function numberAfterReply(decided: Learner, shown: { learner: Learner; reply: Reply }) {
  const earlier = decided.lastChoices ?? [];
  const asked = shown.learner.lastChoices ?? [];
  if (earlier.length === 0 || asked.length === 0) return shown;
  return {
    learner: { ...shown.learner, lastChoices: [...earlier, ...asked] },
    reply: renumbered(shown.reply, { choices: asked, first: earlier.length + 1 }),
  };
}

/** The reply with the parts offering `extra.choices` numbered from `extra.first`. */
export function renumbered(reply: Reply, extra: { choices: Choice[]; first: number } | undefined): Reply {
  if (!extra) return reply;
  const same = (choices: Choice[]) =>
    choices.length === extra.choices.length && choices.every((c, i) => c.payload === extra.choices[i]!.payload);
  return reply.map((p) => (p.type === 'choices' && same(p.choices) ? { ...p, first: extra.first } : p));
}
