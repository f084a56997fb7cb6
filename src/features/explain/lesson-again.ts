import type { Content } from '../../core/content/content.ts';
import type { QuizQuestion } from '../../core/content/lesson-schema.ts';
import { currentView } from '../../core/flows/current-view.ts';
import { renderStep, type Transition, withChoices } from '../../core/flows/engine.ts';
import { personalize } from '../../core/flows/personalize.ts';
import type { Learner, ReviewItem } from '../../core/learners/learner.ts';
import type { Reply } from '../../core/message.ts';
import type { Decision, TurnContext } from '../../core/router/feature.ts';
import { pendingChoices } from '../../core/router/pending.ts';
import type { ExplainDeps } from './deps.ts';
import { ASK_TEAM, personOffer } from './offer.ts';

const LINES = {
  simpler: 'Dạ, {toi} nói lại cho dễ hiểu hơn nhé. {xung_ho} cứ đọc chậm, không vội đâu ạ:',
  step: 'Dạ, {toi} nói lại từng bước nhé. {xung_ho} cứ đọc chậm từng dòng, không vội đâu ạ:',
  pick: 'Dạ, {toi} hỏi lại nhé. {xung_ho} chọn ý đúng với mình; chọn ý nào cũng học tiếp được ạ:',
  quiz: 'Dạ, {toi} đọc lại câu hỏi nhé. {xung_ho} chọn ý thấy đúng nhất; sai cũng không sao, {toi} giải thích ngay ạ:',
  precheck: 'Dạ, câu này chỉ để thử xem {xung_ho} đã biết chưa; chưa biết thì bấm “Bỏ qua” cũng được ạ:',
  task: 'Dạ, {toi} chỉ hỏi {xung_ho} đã tự làm việc này trên điện thoại của mình được chưa ạ. {xung_ho} chọn một ý:',
} as const;

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
function shownAgain(learner: Learner, content: Content): { view: Transition; line: string; about: string } | undefined {
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
  if (pos.mode === 'task') return { view, line: LINES.task, about: `việc tự làm sau ${inLesson}` };
  const index = lesson.steps.findIndex((s) => s.id === pos.stepId);
  const step = lesson.steps[index];
  if (!step) return undefined;
  const about = `${inLesson}, đoạn ${index + 1}/${lesson.steps.length}: «${cut(personalize(step.text, learner))}»`;
  if (step.simpler)
    return {
      view: withChoices(learner, renderStep(lesson, { ...step, text: step.simpler }, learner)),
      line: LINES.simpler,
      about,
    };
  return { view, line: step.choices ? LINES.pick : LINES.step, about };
}

/**
 * "Không hiểu" in a lesson step, a quiz or review question, the check before a lesson or the
 * task question: one warm line, the same step or question again with its buttons (in plainer
 * words where the step has them), then a person to ask. Nothing is answered or graded. Asking
 * a person from here sends what the learner did not understand, not an older question.
 */
export function lessonAgain(deps: ExplainDeps, ctx: TurnContext): Decision | undefined {
  const { learner } = ctx;
  if (!pendingChoices(learner)) return undefined;
  const shown = shownAgain(learner, ctx.content);
  if (!shown) return undefined;
  const lastQuestion = { text: `Tôi chưa hiểu ${shown.about}`, at: ctx.now.toISOString() };
  const next: Learner = { ...shown.view.learner, ext: { ...shown.view.learner.ext, lastQuestion } };
  const step = next.lastChoices ?? [];
  return {
    learner: next,
    reply: [{ type: 'text', text: personalize(shown.line, learner) }, ...shown.view.reply],
    showPending: false,
    after: async (saved): Promise<Reply> => {
      const offer = await personOffer(deps, saved, ctx.now, ctx.today);
      if (offer.kind === 'desk') return [{ type: 'text', text: offer.text }];
      await deps.learners.update(saved.id, ctx.now, (l) => ({ ...l, lastChoices: [...step, ASK_TEAM] }));
      const text = personalize('Vẫn chưa rõ thì {xung_ho} nhờ cán bộ hỗ trợ giảng giúp nhé:', saved);
      return [{ type: 'choices', text, choices: [ASK_TEAM], first: step.length + 1 }];
    },
  };
}
