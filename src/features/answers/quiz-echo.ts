import type { QuizQuestion } from '../../core/content/lesson-schema.ts';
import type { TurnContext } from '../../core/router/feature.ts';
import { fold } from '../../core/text/fold.ts';
import type { SafetyVerdict } from './safety.ts';

/** A reply this long tells a story of its own, whatever the quiz was about. */
const STORY_WORDS = 15;
/** Share of a reply's words found in the quiz for a refusal to be the quiz's own words. */
const ECHO_SHARE = 0.6;

/** The quiz question the learner is answering (a lesson's quiz or a review), if any. */
export function quizAsked(ctx: TurnContext): QuizQuestion | undefined {
  const pos = ctx.learner.position;
  if (pos?.mode === 'quiz') return ctx.content.lesson(pos.lessonId)?.quiz[pos.question];
  if (pos?.mode === 'review') {
    const item = pos.items[pos.index];
    return item ? ctx.content.lesson(item.lessonId)?.quiz.find((q) => q.id === item.questionId) : undefined;
  }
  return undefined;
}

/**
 * True when a reply typed in a quiz only talks about what the quiz asks: "phải chuyển ngay kẻo
 * bị bắt" to "Người xưng công an… Đó là gì?" is an answer to grade, not a scam told. A scam
 * reply echoes when every scam sign in it (who, what they want, pressure) is in the question or
 * its options; another safety reply when most of its words are. A long reply is a story.
 */
export function echoesQuiz(
  text: string,
  verdict: SafetyVerdict,
  question: QuizQuestion,
  signals: (text: string) => ReadonlySet<string>,
): boolean {
  const words = fold(text).split(' ').filter(Boolean);
  if (words.length === 0 || words.length >= STORY_WORDS) return false;
  const quiz = [question.question, ...question.options.map((o) => o.text)].join('. ');
  if (verdict.kind === 'scam') {
    const asked = signals(quiz);
    return [...signals(text)].every((s) => asked.has(s));
  }
  const quizWords = new Set(fold(quiz).split(' '));
  return words.filter((w) => quizWords.has(w)).length / words.length >= ECHO_SHARE;
}
