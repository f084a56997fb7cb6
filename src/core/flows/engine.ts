import { QUIZ_TARGET } from '../content/check-lesson.ts';
import type { Lesson, QuizQuestion, Step } from '../content/lesson-schema.ts';
import type { Learner, ReviewItem } from '../learners/learner.ts';
import { reviewDays, scheduleMissed, recordReview } from '../learners/review.ts';
import { touchStreak } from '../learners/streak.ts';
import type { Choice, OutboundPart, Reply } from '../message.ts';
import { command, encodePayload } from './payload.ts';
import { personalize } from './personalize.ts';
import { offersPrecheck, precheckOffer, withPrecheck } from './precheck.ts';
import { renderTaskQuestion, taskDone } from './task.ts';
import { rememberChoices } from './remember-choices.ts';

/** Result of a pure flow transition: the new learner state and what to say. */
export interface Transition {
  learner: Learner;
  reply: Reply;
  /** Set when this transition completed a lesson (features react: reminders offer, stats). */
  completedLesson?: string;
}

export interface EngineContext {
  now: Date;
  /** Learner's local day, YYYY-MM-DD. */
  today: string;
}

const MAX_ANSWER_LOG = 200;

export function withChoices(learner: Learner, parts: Reply): Transition {
  return { learner: rememberChoices(learner, parts), reply: parts };
}

function stepText(step: Step, learner: Learner): string {
  const text = personalize(step.text.trim(), learner);
  return step.source ? `${text}\n\n(Nguồn: ${step.source})` : text;
}

export function renderStep(lesson: Lesson, step: Step, learner: Learner): OutboundPart[] {
  const parts: OutboundPart[] = [];
  if (step.image) parts.push({ type: 'image', url: step.image });
  const index = lesson.steps.findIndex((s) => s.id === step.id);
  const choices: Choice[] = step.choices
    ? step.choices.map((c, i) => ({
        label: c.label,
        payload: encodePayload({ kind: 'choice', lessonId: lesson.id, stepId: step.id, index: i }),
      }))
    : [
        {
          label:
            nextTarget(lesson, step) === QUIZ_TARGET && lesson.quiz.length > 0 ? 'Làm bài kiểm tra ✍️' : 'Tiếp tục ▶️',
          payload: encodePayload({ kind: 'next', lessonId: lesson.id, stepId: step.id }),
        },
      ];
  const header = `📘 ${lesson.title} (${index + 1}/${lesson.steps.length})`;
  let text = `${header}\n\n${stepText(step, learner)}`;
  if (index === 0 && learner.lessons[lesson.id]?.precheck === 'offered') {
    const offer = precheckOffer(lesson, learner);
    text = `${text}\n\n${offer.line}`;
    choices.push(offer.choice);
  }
  parts.push({ type: 'choices', text, choices });
  return parts;
}

function nextTarget(lesson: Lesson, step: Step): string {
  if (step.next !== undefined) return step.next;
  const index = lesson.steps.findIndex((s) => s.id === step.id);
  return lesson.steps[index + 1]?.id ?? QUIZ_TARGET;
}

export function renderQuestion(lesson: Lesson, index: number): OutboundPart {
  const q = lesson.quiz[index]!;
  return {
    type: 'quiz',
    question: q.question,
    index,
    total: lesson.quiz.length,
    options: q.options.map((o, i) => ({
      label: o.text,
      payload: encodePayload({ kind: 'quiz', lessonId: lesson.id, question: index, option: i }),
    })),
  };
}

export function startLesson(learner: Learner, lesson: Lesson, ctx: EngineContext): Transition {
  const first = lesson.steps[0]!;
  const record = learner.lessons[lesson.id];
  const next: Learner = touchStreak(
    {
      ...learner,
      position: { mode: 'lesson', lessonId: lesson.id, stepId: first.id },
      lessons: {
        ...learner.lessons,
        [lesson.id]: {
          ...record,
          startedAt: record?.startedAt ?? ctx.now.toISOString(),
          attempts: (record?.attempts ?? 0) + 1,
          ...(offersPrecheck(lesson, record) ? { precheck: 'offered' as const } : {}),
        },
      },
    },
    ctx.today,
  );
  return withChoices(next, renderStep(lesson, first, next));
}

/** Moves to a step id, or into the quiz when the target is `quiz`. */
export function goTo(learner: Learner, lesson: Lesson, target: string, ctx: EngineContext): Transition {
  const touched = touchStreak(learner, ctx.today);
  if (target !== QUIZ_TARGET) {
    const step = lesson.steps.find((s) => s.id === target);
    if (step) {
      const next: Learner = { ...touched, position: { mode: 'lesson', lessonId: lesson.id, stepId: step.id } };
      return withChoices(next, renderStep(lesson, step, next));
    }
  }
  if (lesson.quiz.length === 0) return completeLesson(touched, lesson, 0, ctx);
  const next: Learner = { ...touched, position: { mode: 'quiz', lessonId: lesson.id, question: 0, correct: 0 } };
  return withChoices(next, [
    {
      type: 'text',
      text: `✍️ Bài kiểm tra nhỏ: ${lesson.quiz.length} câu. ${personalize('{xung_ho}', next)} chọn đáp án đúng nhé.`,
    },
    renderQuestion(lesson, 0),
  ]);
}

export function continueFrom(learner: Learner, lesson: Lesson, stepId: string, ctx: EngineContext): Transition {
  const step = lesson.steps.find((s) => s.id === stepId);
  // Going on past the offer of the check before the lesson skips it.
  const offered = learner.lessons[lesson.id]?.precheck === 'offered';
  const from = offered ? withPrecheck(learner, lesson.id, 'skipped') : learner;
  return goTo(from, lesson, step ? nextTarget(lesson, step) : QUIZ_TARGET, ctx);
}

/** The step before `stepId` in the learner's path: the nearest earlier step that leads to it. */
function previousStep(lesson: Lesson, stepId: string): Step | undefined {
  const leadsHere = (s: Step) =>
    s.id !== stepId && (nextTarget(lesson, s) === stepId || (s.choices ?? []).some((c) => c.next === stepId));
  const index = lesson.steps.findIndex((s) => s.id === stepId);
  for (let i = index - 1; i >= 0; i--) {
    const step = lesson.steps[i];
    if (step && leadsHere(step)) return step;
  }
  return lesson.steps.find(leadsHere);
}

/** Back one step ("quay lại bước trước"); undefined at the lesson's first step. */
export function goBack(learner: Learner, lesson: Lesson, stepId: string, ctx: EngineContext): Transition | undefined {
  const step = previousStep(lesson, stepId);
  return step ? goTo(learner, lesson, step.id, ctx) : undefined;
}

export function chooseAt(
  learner: Learner,
  lesson: Lesson,
  stepId: string,
  index: number,
  ctx: EngineContext,
): Transition | undefined {
  const choice = lesson.steps.find((s) => s.id === stepId)?.choices?.[index];
  return choice ? goTo(learner, lesson, choice.next, ctx) : undefined;
}

function feedback(q: QuizQuestion, option: number): OutboundPart {
  const right = q.options[option]?.correct === true;
  const answer = q.options.find((o) => o.correct)?.text ?? '';
  const text = right ? `✅ Đúng rồi! ${q.explanation}` : `❌ Chưa đúng. Đáp án đúng: "${answer}". ${q.explanation}`;
  return { type: 'feedback', correct: right, text };
}

export function answerQuiz(
  learner: Learner,
  lesson: Lesson,
  option: number,
  ctx: EngineContext,
): Transition | undefined {
  const pos = learner.position;
  if (pos?.mode !== 'quiz') return undefined;
  const q = lesson.quiz[pos.question];
  if (!q || q.options[option] === undefined) return undefined;
  const right = q.options[option].correct === true;
  const base = touchStreak(
    {
      ...learner,
      answers: [
        ...learner.answers,
        { lessonId: lesson.id, questionId: q.id, correct: right, at: ctx.now.toISOString() },
      ].slice(-MAX_ANSWER_LOG),
      review: right ? learner.review : scheduleMissed(learner.review, lesson.id, q.id, ctx.today),
    },
    ctx.today,
  );
  const correct = pos.correct + (right ? 1 : 0);
  const nextIndex = pos.question + 1;
  if (nextIndex >= lesson.quiz.length) {
    const done = completeLesson(base, lesson, correct, ctx);
    return { ...done, reply: [feedback(q, option), ...done.reply] };
  }
  const next: Learner = { ...base, position: { mode: 'quiz', lessonId: lesson.id, question: nextIndex, correct } };
  return withChoices(next, [feedback(q, option), renderQuestion(lesson, nextIndex)]);
}

function completeLesson(learner: Learner, lesson: Lesson, correct: number, ctx: EngineContext): Transition {
  const record = learner.lessons[lesson.id];
  const total = lesson.quiz.length;
  const { position: _done, ...rest } = learner;
  const next: Learner = {
    ...rest,
    lessons: {
      ...learner.lessons,
      [lesson.id]: {
        startedAt: record?.startedAt ?? ctx.now.toISOString(),
        attempts: record?.attempts ?? 1,
        completedAt: ctx.now.toISOString(),
        lastScore: correct,
        bestScore: Math.max(correct, record?.bestScore ?? 0),
        total,
        ...(record?.precheck !== undefined ? { precheck: record.precheck } : {}),
        ...(record?.task !== undefined ? { task: record.task } : {}),
        ...(record?.taskDoneAt !== undefined ? { taskDoneAt: record.taskDoneAt } : {}),
      },
    },
  };
  // The lesson's real task is asked until the learner says it is done.
  const askTask = lesson.task !== undefined && !taskDone(record);
  if (askTask) next.position = { mode: 'task', lessonId: lesson.id };
  const praise =
    total === 0
      ? `🎉 ${personalize('{xung_ho}', next)} đã học xong bài "${lesson.title}".`
      : correct === total
        ? `🎉 Tuyệt vời! ${personalize('{xung_ho}', next)} trả lời đúng cả ${total}/${total} câu ` +
          `của bài "${lesson.title}".`
        : `🎉 ${personalize('{xung_ho}', next)} đã học xong bài "${lesson.title}", đúng ${correct}/${total} câu. ` +
          'Những câu chưa đúng sẽ được hỏi lại vào hôm sau để ôn.';
  const parts: Reply = [{ type: 'text', text: praise }];
  if (askTask) parts.push(renderTaskQuestion(lesson, next));
  return { ...withChoices(next, parts), completedLesson: lesson.id };
}

/** Starts a review round over due items (at most five). */
export function startReview(
  learner: Learner,
  items: ReviewItem[],
  questionOf: (item: ReviewItem) => QuizQuestion | undefined,
): Transition | undefined {
  const round = items.filter((i) => questionOf(i) !== undefined).slice(0, 5);
  const first = round[0];
  if (!first) return undefined;
  const next: Learner = { ...learner, position: { mode: 'review', items: round, index: 0, correct: 0 } };
  return withChoices(next, [
    {
      type: 'text',
      text: `🔁 Ôn lại ${round.length} câu ${personalize('{xung_ho}', next)} chưa trả lời đúng lần trước.`,
    },
    renderReviewQuestion(first, questionOf(first)!, 0, round.length),
  ]);
}

export function renderReviewQuestion(item: ReviewItem, q: QuizQuestion, index: number, total: number): OutboundPart {
  return {
    type: 'quiz',
    question: q.question,
    index,
    total,
    options: q.options.map((o, i) => ({
      label: o.text,
      payload: encodePayload({ kind: 'review', lessonId: item.lessonId, questionId: item.questionId, option: i }),
    })),
  };
}

export function answerReview(
  learner: Learner,
  option: number,
  questionOf: (item: ReviewItem) => QuizQuestion | undefined,
  ctx: EngineContext,
): Transition | undefined {
  const pos = learner.position;
  if (pos?.mode !== 'review') return undefined;
  const item = pos.items[pos.index];
  const q = item && questionOf(item);
  if (!item || !q || q.options[option] === undefined) return undefined;
  const right = q.options[option].correct === true;
  // A question asked when due is a spaced review (1, 3 or 7 days on); "làm lại ngay" is not.
  const at = ctx.now.toISOString();
  const spaced = item.due <= ctx.today ? [{ ...item, correct: right, at, reviewDays: reviewDays(item.box) }] : [];
  const base = touchStreak(
    {
      ...learner,
      review: recordReview(learner.review, item, right, ctx.today),
      answers: [...learner.answers, ...spaced].slice(-MAX_ANSWER_LOG),
    },
    ctx.today,
  );
  const correct = pos.correct + (right ? 1 : 0);
  const nextItem = pos.items[pos.index + 1];
  const nextQ = nextItem && questionOf(nextItem);
  if (nextItem && nextQ) {
    const next: Learner = { ...base, position: { ...pos, index: pos.index + 1, correct } };
    return withChoices(next, [
      feedback(q, option),
      renderReviewQuestion(nextItem, nextQ, pos.index + 1, pos.items.length),
    ]);
  }
  const { position: _done, ...rest } = base;
  return withChoices(rest, [
    feedback(q, option),
    {
      type: 'choices',
      text: `Xong phần ôn tập: đúng ${correct}/${pos.items.length} câu. Giỏi lắm ạ! 👏`,
      choices: [{ label: 'Về menu', payload: command('menu') }],
    },
  ]);
}
