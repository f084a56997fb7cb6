import { withLastQuestion } from '../answers/last-question.ts';
import type { Content } from '../../core/content/content.ts';
import type { Lesson, QuizQuestion } from '../../core/content/lesson-schema.ts';
import { currentView } from '../../core/flows/current-view.ts';
import { renderStep, type Transition, withChoices } from '../../core/flows/engine.ts';
import { decodePayload } from '../../core/flows/payload.ts';
import { personalize } from '../../core/flows/personalize.ts';
import { rememberChoices } from '../../core/flows/remember-choices.ts';
import type { Learner, ReviewItem } from '../../core/learners/learner.ts';
import type { Choice, Reply } from '../../core/message.ts';
import type { Decision, TurnContext } from '../../core/router/feature.ts';
import { pendingChoices } from '../../core/router/pending.ts';
import type { ExplainAsk } from '../../core/text/explain-words.ts';
import type { ExplainDeps } from './deps.ts';
import { ASK_TEAM, personOffer } from './offer.ts';
import { markSaidAgain, timesSaidAgain } from './said-again.ts';

const LINES = {
  simpler: 'Dạ, {toi} nói lại cho dễ hiểu hơn nhé. {xung_ho} cứ đọc chậm, không vội đâu ạ:',
  step: 'Dạ, {toi} nói lại từng bước nhé. {xung_ho} cứ đọc chậm từng dòng, không vội đâu ạ:',
  failed:
    'Dạ, không sao ạ, lần đầu làm ai cũng hay vướng. {xung_ho} làm lại chậm theo từng dòng dưới đây nhé; ' +
    'vướng ở dòng nào thì nhờ người giúp đúng chỗ đó ạ:',
  pick: 'Dạ, {toi} hỏi lại nhé. {xung_ho} chọn ý đúng với mình; chọn ý nào cũng học tiếp được ạ:',
  quiz: 'Dạ, {toi} đọc lại câu hỏi nhé. {xung_ho} chọn ý thấy đúng nhất; sai cũng không sao, {toi} giải thích ngay ạ:',
  precheck: 'Dạ, câu này chỉ để thử xem {xung_ho} đã biết chưa; chưa biết thì bấm “Bỏ qua” cũng được ạ:',
  task: 'Dạ, {toi} chỉ hỏi {xung_ho} đã tự làm việc này trên điện thoại của mình được chưa ạ. {xung_ho} chọn một ý:',
  taskFailed: 'Dạ, chưa làm được cũng không sao ạ. {xung_ho} bấm “🙋 Chưa, cần giúp” để được chỉ thêm nhé:',
} as const;

/** A second "không hiểu" at once: no third telling, a way on instead. */
const STUCK = {
  step:
    'Dạ, chỗ này khó thật, {xung_ho} đừng lo ạ. Không cần hiểu hết ngay đâu, {xung_ho} cứ bỏ qua bước này ' +
    'học tiếp cũng được, cuối bài còn có câu hỏi ôn lại ạ.',
  pick: 'Dạ, chỗ này khó thật, {xung_ho} đừng lo ạ. {xung_ho} chọn ý nào gần với mình nhất; chọn ý nào cũng học tiếp được ạ:',
  question:
    'Dạ, câu này khó thật, {xung_ho} đừng lo ạ. {xung_ho} cứ chọn ý thấy đúng nhất; sai thì {toi} giải thích ' +
    'ngay, không sao cả:',
  precheck: 'Dạ, chưa biết cũng không sao ạ, {xung_ho} bấm “Bỏ qua” là vào học luôn:',
} as const;

/**
 * A third "không hiểu" and more in a row: said differently again, owning that the telling was not
 * clear, pointing to a person first (the button below) and the way on.
 */
const STILL_STUCK =
  'Dạ, {toi} xin lỗi vì giảng chưa được rõ ạ. Chỗ này có người chỉ tận nơi sẽ dễ hơn nhiều: {xung_ho} nhờ ' +
  'cán bộ hỗ trợ (cách hỏi ở ngay bên dưới) hoặc nhờ con cháu xem cùng. Còn muốn học tiếp ngay thì {xung_ho} chọn một ý ' +
  'dưới đây, không cần hiểu hết bước này ạ:';

/** The "Tiếp tục" of a step offered as what it does when the learner is stuck. */
const SKIP_STEP = '⏭️ Bỏ qua bước này, học tiếp';

/** What the volunteer reads when the learner asks for a person from here (at most this long). */
const ABOUT_LENGTH = 160;

const questionOf =
  (content: Content) =>
  (item: ReviewItem): QuizQuestion | undefined =>
    content.lesson(item.lessonId)?.quiz.find((q) => q.id === item.questionId);

const cut = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > ABOUT_LENGTH ? `${flat.slice(0, ABOUT_LENGTH - 1)}…` : flat;
};

/** The step or question again: a lesson step in its `simpler:` words when it has them. */
function shownAgain(
  learner: Learner,
  content: Content,
  ask: ExplainAsk,
): { view: Transition; line: string; about: string } | undefined {
  const pos = learner.position;
  if (!pos) return undefined;
  const view = currentView(learner, content.lesson, questionOf(content));
  if (!view) return undefined;
  if (pos.mode === 'review') {
    const item = pos.items[pos.index];
    const q = item ? questionOf(content)(item) : undefined;
    return { view, line: LINES.quiz, about: `câu ôn tập «${cut(q?.question ?? '')}»` };
  }
  const lesson = content.lesson(pos.lessonId);
  if (!lesson) return undefined;
  const inLesson = `bài "${lesson.title}"`;
  if (pos.mode === 'quiz')
    return {
      view,
      line: LINES.quiz,
      about: `câu hỏi «${cut(lesson.quiz[pos.question]?.question ?? '')}» của ${inLesson}`,
    };
  if (pos.mode === 'precheck') return { view, line: LINES.precheck, about: `câu thử trước ${inLesson}` };
  if (pos.mode === 'task')
    return { view, line: ask === 'failed' ? LINES.taskFailed : LINES.task, about: `việc tự làm sau ${inLesson}` };
  const index = lesson.steps.findIndex((s) => s.id === pos.stepId);
  const step = lesson.steps[index];
  if (!step) return undefined;
  const about = `${inLesson}, đoạn ${index + 1}/${lesson.steps.length}: «${cut(personalize(step.text, learner))}»`;
  const tried = ask === 'failed' && !step.choices;
  if (step.simpler)
    return {
      view: withChoices(learner, renderStep(lesson, { ...step, text: step.simpler }, learner)),
      line: tried ? LINES.failed : LINES.simpler,
      about,
    };
  return { view, line: tried ? LINES.failed : step.choices ? LINES.pick : LINES.step, about };
}

/** A lesson step's own options, with its "Tiếp tục" said as skipping it; under where the learner is. */
function stepWayOn(learner: Learner, lesson: Lesson, stepId: string, choices: Choice[], again: boolean): Reply {
  const index = lesson.steps.findIndex((s) => s.id === stepId);
  const header = `📘 ${lesson.title} (${index + 1}/${lesson.steps.length})`;
  const skip = (c: Choice) => (decodePayload(c.payload)?.kind === 'next' ? { ...c, label: SKIP_STEP } : c);
  const picks = lesson.steps[index]?.choices !== undefined;
  const line = personalize(again ? STILL_STUCK : picks ? STUCK.pick : STUCK.step, learner);
  return [{ type: 'choices', text: `${header}\n\n${line}`, choices: picks ? choices : choices.map(skip) }];
}

/**
 * The second "không hiểu" in a row at one step or question: no third telling of the step but a
 * way on (skip it; any choice will do) and a person to ask; a question is read once more with
 * the reassurance that a wrong answer is fine.
 */
function stuck(deps: ExplainDeps, ctx: TurnContext, about: string, times: number): Decision | undefined {
  const { learner } = ctx;
  const again = times >= 2;
  const pos = learner.position;
  const view = currentView(learner, ctx.content.lesson, questionOf(ctx.content));
  const choices = view?.learner.lastChoices;
  if (!pos || !view || !choices || choices.length === 0) return undefined;
  const lesson = pos.mode === 'review' ? undefined : ctx.content.lesson(pos.lessonId);
  const reply: Reply =
    pos.mode === 'lesson' && lesson
      ? stepWayOn(learner, lesson, pos.stepId, choices, again)
      : [
          {
            type: 'text',
            text: personalize(again ? STILL_STUCK : pos.mode === 'precheck' ? STUCK.precheck : STUCK.question, learner),
          },
          ...view.reply,
        ];
  const shown = rememberChoices(learner, reply).lastChoices ?? choices;
  const asked = withLastQuestion({ ...view.learner, ext: learner.ext }, `Tôi chưa hiểu ${about}`, undefined, ctx.now);
  const next = markSaidAgain({ ...asked, lastChoices: shown }, ctx.today, shown, times + 1);
  return { learner: next, reply, showPending: false, after: personAfter(deps, ctx, shown, times + 1) };
}

/** After the step said again: a person to ask, the button numbered after the step's own. */
function personAfter(deps: ExplainDeps, ctx: TurnContext, step: Choice[], times = 1) {
  return async (saved: Learner): Promise<Reply> => {
    const offer = await personOffer(deps, saved, ctx.now, ctx.today);
    if (offer.kind === 'desk') return [{ type: 'text', text: offer.text }];
    const shown = [...step, ASK_TEAM];
    await deps.learners.update(saved.id, ctx.now, (l) =>
      markSaidAgain({ ...l, lastChoices: shown }, ctx.today, shown, times),
    );
    const text = personalize('Vẫn chưa rõ thì {xung_ho} nhờ cán bộ hỗ trợ giảng giúp nhé:', saved);
    return [{ type: 'choices', text, choices: [ASK_TEAM], first: step.length + 1 }];
  };
}

/**
 * "Không hiểu" in a lesson step, a quiz or review question, the check before a lesson or the
 * task question: one warm line, the same step or question again with its buttons (in plainer
 * words where the step has them), then a person to ask. Nothing is answered or graded. Asking
 * a person from here sends what the learner did not understand, not an older question. "Không
 * hiểu" again at once (`unclear` or `failed`, not a mere "nói lại") gets `stuck`: no third telling.
 * "Làm rồi mà không được" (`failed`) at a step is met with reassurance before the same step.
 */
export function lessonAgain(deps: ExplainDeps, ctx: TurnContext, ask: ExplainAsk): Decision | undefined {
  const { learner } = ctx;
  if (!pendingChoices(learner)) return undefined;
  const shown = shownAgain(learner, ctx.content, ask);
  if (!shown) return undefined;
  const times = ask === 'again' ? 0 : timesSaidAgain(learner, ctx.today);
  if (times > 0) return stuck(deps, ctx, shown.about, times);
  const said = ask === 'failed' ? 'Tôi làm theo mà chưa được' : 'Tôi chưa hiểu';
  const viewed = withLastQuestion(shown.view.learner, `${said} ${shown.about}`, undefined, ctx.now);
  const step = viewed.lastChoices ?? [];
  return {
    learner: markSaidAgain(viewed, ctx.today, step),
    reply: [{ type: 'text', text: personalize(shown.line, learner) }, ...shown.view.reply],
    showPending: false,
    after: personAfter(deps, ctx, step),
  };
}
