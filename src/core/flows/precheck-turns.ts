import type { Lesson } from '../content/lesson-schema.ts';
import type { Learner } from '../learners/learner.ts';
import { continueFrom, type EngineContext, type Transition, withChoices } from './engine.ts';
import { personalize } from './personalize.ts';
import { precheckRight, renderPrecheckQuestion, SKIP_LABEL, withPrecheck } from './precheck.ts';

/** Back to the lesson after the check: the step after the first one, where "Tiếp tục" leads. */
function backToLesson(learner: Learner, lesson: Lesson, text: string, ctx: EngineContext): Transition {
  const t = continueFrom(learner, lesson, lesson.steps[0]!.id, ctx);
  return { ...t, reply: [{ type: 'text', text: personalize(text, learner) }, ...t.reply] };
}

/** "✍️ Thử 2 câu trước": the first question of the check, while it is still offered. */
export function startPrecheck(learner: Learner, lesson: Lesson): Transition | undefined {
  if (learner.lessons[lesson.id]?.precheck !== 'offered' || lesson.precheck.length === 0) return undefined;
  const next: Learner = { ...learner, position: { mode: 'precheck', lessonId: lesson.id, question: 0, correct: 0 } };
  const intro = personalize(
    `{xung_ho} thử ${lesson.precheck.length} câu xem đã biết chưa nhé. Chưa biết cũng không sao ạ, ` +
      `{xung_ho} cứ chọn “${SKIP_LABEL}” để vào bài học luôn.`,
    next,
  );
  return withChoices(next, [{ type: 'text', text: intro }, renderPrecheckQuestion(lesson, 0)]);
}

/** An answer to the check: the next question, or the score and the lesson. Answers are not revealed. */
export function answerPrecheck(learner: Learner, lesson: Lesson, option: number, ctx: EngineContext) {
  const pos = learner.position;
  if (pos?.mode !== 'precheck' || pos.lessonId !== lesson.id) return undefined;
  const right = precheckRight(lesson, pos.question, option);
  if (right === undefined) return undefined;
  const correct = pos.correct + (right ? 1 : 0);
  const nextIndex = pos.question + 1;
  if (nextIndex < lesson.precheck.length) {
    const next: Learner = { ...learner, position: { ...pos, question: nextIndex, correct } };
    return withChoices(next, [
      { type: 'text', text: personalize('Dạ, {toi} ghi lại rồi ạ.', next) },
      renderPrecheckQuestion(lesson, nextIndex),
    ]);
  }
  const total = lesson.precheck.length;
  const scored = withPrecheck(learner, lesson.id, { right: correct, total });
  return backToLesson(
    scored,
    lesson,
    `Cảm ơn {xung_ho}! {xung_ho} đúng ${correct}/${total} câu. Giờ mình học bài nhé; ` +
      'cuối bài có bài kiểm tra nhỏ để xem {xung_ho} tiến bộ thế nào.',
    ctx,
  );
}

/** "⏭️ Bỏ qua": leaves the check (nothing is scored) and goes on with the lesson. */
export function skipPrecheck(learner: Learner, lesson: Lesson, ctx: EngineContext): Transition | undefined {
  const state = learner.lessons[lesson.id]?.precheck;
  if (learner.position?.mode !== 'precheck' || state !== 'offered') return undefined;
  return backToLesson(
    withPrecheck(learner, lesson.id, 'skipped'),
    lesson,
    'Dạ, mình bỏ qua phần thử và học bài luôn nhé.',
    ctx,
  );
}
