import type { Transition } from '../../core/flows/engine.ts';
import { command, encodePayload, type Payload } from '../../core/flows/payload.ts';
import { personalize } from '../../core/flows/personalize.ts';
import { answerPrecheck, skipPrecheck, startPrecheck } from '../../core/flows/precheck-turns.ts';
import { rememberChoices } from '../../core/flows/remember-choices.ts';
import { answerTask, TASK_ANSWERS } from '../../core/flows/task.ts';
import type { TaskAnswer } from '../../core/learners/learner.ts';
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
      if (!answer || pos?.mode !== 'task' || pos.lessonId !== lesson.id) return undefined;
      const t: Transition = { learner: answerTask(learner, lesson.id, answer), reply: [] };
      if (answer === 'help') return helpReply(lesson.id, ctx, t);
      const reply: Reply = [{ type: 'text', text: personalize(THANKS[answer], t.learner) }];
      return { ...t, reply, afterTask: lesson.id };
    }
  }
}
