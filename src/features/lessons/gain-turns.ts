import { type Transition, withChoices } from '../../core/flows/engine.ts';
import { command, encodePayload, type Payload } from '../../core/flows/payload.ts';
import { personalize } from '../../core/flows/personalize.ts';
import { answerPrecheck, skipPrecheck, startPrecheck } from '../../core/flows/precheck-turns.ts';
import { rememberChoices } from '../../core/flows/remember-choices.ts';
import { answerTask, renderTaskQuestion, TASK_ANSWERS, taskDone } from '../../core/flows/task.ts';
import { currentView } from '../../core/flows/current-view.ts';
import type { Learner, ReviewItem, TaskAnswer } from '../../core/learners/learner.ts';
import type { Reply } from '../../core/message.ts';
import type { TurnContext } from '../../core/router/feature.ts';

type GainPayload = Extract<Payload, { kind: 'pre-start' | 'pre' | 'pre-skip' | 'task' }>;

/** A turn of the check before a lesson or of the task question; `afterTask` asks for the "what next" choices. */
export type GainTransition = Transition & { afterTask?: string };

const THANKS: Record<Exclude<TaskAnswer, 'help'>, string> = {
  done: '👏 Giỏi quá! {xung_ho} đã tự làm được rồi. {toi} ghi nhận ạ.',
  'not-tried':
    'Dạ. Khi nào rảnh, {xung_ho} mở điện thoại làm thử theo các bước trong bài nhé; ' +
    'vướng chỗ nào thì nhắn “hỏi cán bộ” để được giúp ạ.',
};

/** "Chưa, cần giúp": the ward's volunteer, the lesson again, or the menu. */
function helpReply(lessonId: string, ctx: TurnContext, t: Transition): GainTransition {
  const reply: Reply = [
    {
      type: 'choices',
      text: personalize(
        'Dạ, {toi} ghi nhận ạ. Cán bộ hỗ trợ ở phường có thể chỉ {xung_ho} làm từng bước. ' +
          '{xung_ho} muốn hỏi cán bộ, hay học lại bài ạ?',
        t.learner,
      ),
      choices: [
        { label: '🙋 Hỏi cán bộ hỗ trợ', payload: command('handoff') },
        { label: '🔁 Học lại bài này', payload: encodePayload({ kind: 'lesson', lessonId }) },
        { label: '📚 Menu', payload: command('menu') },
      ],
    },
  ];
  return { learner: rememberChoices(t.learner, reply), reply };
}

/**
 * "✅ Đã làm được" pressed on an earlier task question (after the volunteer helped, say) while the
 * learner is elsewhere: recorded once, thanked, and the learner's place shown again.
 */
function doneLater(lessonId: string, answer: TaskAnswer, ctx: TurnContext): GainTransition | undefined {
  const record = ctx.learner.lessons[lessonId];
  if (answer !== 'done' || record?.task === undefined || taskDone(record)) return undefined;
  const { position, lastChoices } = ctx.learner;
  const marked = answerTask(ctx.learner, lessonId, 'done', ctx.now);
  const learner: Learner = { ...marked, ...(position ? { position } : {}), ...(lastChoices ? { lastChoices } : {}) };
  const reply: Reply = [{ type: 'text', text: personalize(THANKS.done, learner) }];
  const questionOf = (item: ReviewItem) =>
    ctx.content.lesson(item.lessonId)?.quiz.find((q) => q.id === item.questionId);
  const here = currentView(learner, ctx.content.lesson, questionOf);
  if (here) return { learner: here.learner, reply: [...reply, ...here.reply] };
  return { learner, reply, afterTask: lessonId };
}

/**
 * The check before a lesson ("✍️ Thử 2 câu trước", its answers and "⏭️ Bỏ qua") and the answer to
 * "Bác đã tự làm được chưa?". Undefined when the button no longer fits where the learner is.
 */
export function gainTurn(payload: GainPayload, ctx: TurnContext): GainTransition | undefined {
  const { learner, content } = ctx;
  const lesson = content.lesson(payload.lessonId);
  const pos = learner.position;
  if (!lesson) return undefined;
  const engine = { now: ctx.now, today: ctx.today };
  switch (payload.kind) {
    case 'pre-start': {
      const atOffer = pos?.mode === 'lesson' && pos.lessonId === lesson.id && pos.stepId === lesson.steps[0]?.id;
      return atOffer ? startPrecheck(learner, lesson) : undefined;
    }
    case 'pre':
      if (pos?.mode !== 'precheck' || pos.question !== payload.question) return undefined;
      return answerPrecheck(learner, lesson, payload.option, engine);
    case 'pre-skip':
      return pos?.mode === 'precheck' && pos.lessonId === lesson.id ? skipPrecheck(learner, lesson, engine) : undefined;
    case 'task': {
      const answer = TASK_ANSWERS[payload.option];
      if (!answer) return undefined;
      if (pos?.mode !== 'task' || pos.lessonId !== lesson.id) return doneLater(lesson.id, answer, ctx);
      const t: Transition = { learner: answerTask(learner, lesson.id, answer, ctx.now), reply: [] };
      if (answer === 'help') return helpReply(lesson.id, ctx, t);
      const reply: Reply = [{ type: 'text', text: personalize(THANKS[answer], t.learner) }];
      return { ...t, reply, afterTask: lesson.id };
    }
  }
}

/**
 * The end of a spaced review that went over a lesson whose real task the learner has not done yet:
 * "Bác đã tự làm được chưa?" is asked again in place of the way back to the menu.
 */
export function taskAgainAfterReview(t: Transition, items: readonly ReviewItem[], ctx: TurnContext) {
  if (t.learner.position) return undefined;
  const lesson = items
    .map((i) => ctx.content.lesson(i.lessonId))
    .find((l) => {
      const record = l && t.learner.lessons[l.id];
      return l?.task !== undefined && record?.task !== undefined && !taskDone(record);
    });
  const last = t.reply.at(-1);
  if (!lesson || last?.type !== 'choices') return undefined;
  const learner: Learner = { ...t.learner, position: { mode: 'task', lessonId: lesson.id } };
  return withChoices(learner, [
    ...t.reply.slice(0, -1),
    { type: 'text', text: last.text },
    renderTaskQuestion(lesson, learner),
  ]);
}
