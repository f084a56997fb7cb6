import type { Content } from '../../core/content/content.ts';
import type { QuizQuestion } from '../../core/content/lesson-schema.ts';
import {
  answerQuiz,
  answerReview,
  chooseAt,
  continueFrom,
  goBack,
  goTo,
  startLesson,
  startReview,
  type Transition,
} from '../../core/flows/engine.ts';
import { currentView } from '../../core/flows/current-view.ts';
import { command, encodePayload } from '../../core/flows/payload.ts';
import { personalize } from '../../core/flows/personalize.ts';
import { rememberChoices } from '../../core/flows/remember-choices.ts';
import type { Learner, ReviewItem } from '../../core/learners/learner.ts';
import { dueReviews } from '../../core/learners/review.ts';
import { addDays } from '../../core/time/local-day.ts';
import { shortLabel } from '../../core/text/short-label.ts';
import type { Choice, Reply } from '../../core/message.ts';
import type { Decision, Feature, TurnContext } from '../../core/router/feature.ts';
import { menuView } from './menu-view.ts';
import { askHonorific } from '../onboarding/ask.ts';
import { onlyAsksLesson } from '../onboarding/reply-reading.ts';
import { looksLikeQuestion } from '../../core/text/looks-like-question.ts';
import { pendingChoices } from '../../core/router/pending.ts';
import { isAcknowledgement } from '../../core/text/small-talk.ts';
import { stripParticles } from '../../core/text/talk-words.ts';
import { gainTurn, taskAgainAfterReview } from './gain-turns.ts';

const CONTINUE_WORDS = new Set([
  'tiep',
  'tiep tuc',
  'tiep di',
  'ok',
  'oke',
  'roi',
  'xong',
  'hieu roi',
  'da hieu',
  'next',
  'tiep theo',
  'duoc',
  'vang',
  'da',
  'bo qua',
  'bo qua buoc nay',
  'bo qua doan nay',
  'bo buoc nay',
  'qua buoc khac',
  'sang buoc khac',
  'buoc tiep',
  'buoc tiep theo',
  'buoc sau',
  'doan tiep',
  'doan tiep theo',
  'cai nao cung duoc',
  'y nao cung duoc',
  'sao cung duoc',
  'gi cung duoc',
  'khong biet chon cai nao',
  // Asking what comes next is going on too ("rồi sao nữa", "tiếp theo là gì", "rồi làm gì nữa").
  'roi sao',
  'sao nua',
  'roi sao nua',
  'roi gi nua',
  'gi nua',
  'roi sao tiep',
  'tiep theo la gi',
  'tiep theo lam gi',
  'tiep theo sao',
  'lam gi tiep',
  'lam gi nua',
  'roi lam gi',
  'roi lam gi nua',
  'roi lam sao',
  'roi lam sao nua',
  'roi the nao nua',
  'sau do thi sao',
  'sau do lam gi',
  'dc',
  'duoc roi',
]);

/** Words said around going on ("dạ tiếp đi cháu", "xong rồi", "rồi tiếp"): dropped when going on is left. */
const AROUND_GOING_ON = new Set([
  'da',
  'vang',
  'ok',
  'oke',
  'roi',
  'xong',
  'u',
  'um',
  'o',
  'thoi',
  'nao',
  'coi',
  'xem',
  'luon',
]);

/** Whether folded text only says to go on, with particles and the words around it ("tiếp đi cháu", "ok rồi tiếp"). */
function goesOn(folded: string, particles: readonly string[]): boolean {
  if (CONTINUE_WORDS.has(folded)) return true;
  let words = stripParticles(folded, particles).split(' ');
  if (CONTINUE_WORDS.has(words.join(' '))) return true;
  while (words.length > 1 && AROUND_GOING_ON.has(words[0]!)) words = words.slice(1);
  while (words.length > 1 && AROUND_GOING_ON.has(words[words.length - 1]!)) words = words.slice(0, -1);
  return CONTINUE_WORDS.has(words.join(' '));
}

const BACK = {
  done: 'Dạ, mình xem lại bước trước nhé:',
  first: 'Dạ, đây là bước đầu tiên của bài rồi ạ, không có bước trước nữa:',
  question:
    'Dạ, ở câu hỏi thì không quay lại bước học được ạ. {xung_ho} cứ chọn ý thấy đúng nhất; xong rồi muốn học lại bài lúc nào cũng được:',
  none: '{xung_ho} chưa học dở bài nào nên chưa có bước trước ạ. Chọn một bài để bắt đầu nhé:',
} as const;

const RESTART = {
  done: 'Dạ, mình học lại từ đầu bài nhé, chậm thôi ạ:',
  none: '{xung_ho} chưa học dở bài nào ạ. {xung_ho} chọn bài muốn học lại nhé:',
} as const;

/** "chỉ bà cách dùng ChatGPT": a question word, but with only a lesson's name after it, that lesson. */
const HOW_TO_USE = /(^| )cach (dung|xai|su dung)( |$)/;
/** Not knowing how yet ("hổng biết xài Zalo"): "không" there is no yes-no question. */
const DOES_NOT_KNOW = /(^| )(khong|chua|hong|ko|k|hok) (biet|ranh)( |$)/;
/** "học lại bài Zalo từ đầu": the lesson named, from its first step even when it is the one in progress. */
const FROM_START = /(^| )tu dau( |$)/;
const PICK_ONE = 'Dạ, {xung_ho} chọn một ý ở dưới giúp {toi} nhé: bấm nút, hoặc gõ số của ý đó ạ.';

/** One line above where a transition leaves the learner ("Mình học tiếp nhé bác! 📖" over the step). */
const withLine = (line: string, t: Transition, learner: Learner): Decision => ({
  learner: t.learner,
  reply: [{ type: 'text', text: personalize(line, learner) }, ...t.reply],
});

/** The lessons under one line, its options remembered so a typed number picks one. */
function menuWith(line: string, ctx: TurnContext): Decision {
  const reply: Reply = [menuView(ctx.learner, ctx.content, ctx.today, personalize(line, ctx.learner))];
  return { learner: rememberChoices(ctx.learner, reply), reply };
}

const questionOf =
  (content: Content) =>
  (item: ReviewItem): QuizQuestion | undefined =>
    content.lesson(item.lessonId)?.quiz.find((q) => q.id === item.questionId);

function fromTransition(t: Transition, ctx: TurnContext): Decision {
  // A lesson with a real task asks about it first ("Bác đã tự làm được chưa?"); what next comes after.
  if (!t.completedLesson || t.learner.position?.mode === 'task') return { learner: t.learner, reply: t.reply };
  return whatNext(t.learner, t.completedLesson, t.reply, ctx);
}

/** After a lesson: the next lesson, reminders, progress and the menu (or first, how to address the learner). */
function whatNext(learner: Learner, lessonId: string, lead: Reply, ctx: TurnContext): Decision {
  const t = { learner, reply: lead };
  const content = ctx.content;
  const index = content.lessons.findIndex((l) => l.id === lessonId);
  const nextLesson = content.lessons.slice(index + 1).find((l) => !t.learner.lessons[l.id]?.completedAt);
  const choices: Choice[] = [];
  if (nextLesson)
    choices.push({
      label: shortLabel(`📘 Bài tiếp: ${nextLesson.title}`, 60),
      payload: encodePayload({ kind: 'lesson', lessonId: nextLesson.id }),
    });
  if (t.learner.ext?.['reminder'] === undefined)
    choices.push({ label: '⏰ Nhắc học mỗi ngày', payload: command('remind') });
  choices.push({ label: '📊 Tiến độ', payload: command('progress') }, { label: '📚 Menu', payload: command('menu') });
  if (t.learner.honorific === undefined && !t.learner.honorificDeclined) {
    const ask = askHonorific(t.learner);
    return { learner: ask.learner ?? t.learner, reply: [...t.reply, ...ask.reply] };
  }
  const reply: Reply = [
    ...t.reply,
    { type: 'choices', text: personalize('{xung_ho} muốn làm gì tiếp ạ?', t.learner), choices },
  ];
  return { learner: rememberChoices(t.learner, reply), reply };
}

const RETRY_NOW = 'review-now';

/** "ôn tập" with nothing due: say truthfully when the missed questions come back, and offer them now. */
function notDueYet(learner: Learner, ctx: TurnContext): Decision {
  const later = learner.review.filter((r) => questionOf(ctx.content)(r) !== undefined);
  if (later.length === 0)
    return menuWith(
      learner.answers.length === 0
        ? '{xung_ho} chưa làm bài kiểm tra nào nên chưa có gì để ôn ạ. Mình học một bài trước nhé:'
        : '{xung_ho} chưa có câu nào làm sai cần ôn. Giỏi quá! 👏 Học bài mới nhé:',
      ctx,
    );
  const first = later.map((r) => r.due).sort()[0]!;
  const when =
    first === addDays(ctx.today, 1) ? 'ngày mai' : `ngày ${Number(first.slice(8, 10))}/${Number(first.slice(5, 7))}`;
  const text = personalize(
    `🔁 ${later.length} câu {xung_ho} làm sai sẽ được hỏi lại ${when}, để nhớ lâu hơn. {xung_ho} muốn làm lại ngay bây giờ không ạ?`,
    learner,
  );
  const reply: Reply = [
    {
      type: 'choices',
      text,
      choices: [
        { label: '🔁 Làm lại ngay', payload: command(RETRY_NOW) },
        { label: '📚 Menu', payload: command('menu') },
      ],
    },
  ];
  return {
    learner: rememberChoices({ ...learner, yesNo: { yes: command(RETRY_NOW), no: command('menu') } }, reply),
    reply,
  };
}

function stale(learner: Learner, ctx: TurnContext): Decision {
  const view = currentView(learner, ctx.content.lesson, questionOf(ctx.content));
  if (view) return withLine('Nút này thuộc tin nhắn cũ rồi ạ. {xung_ho} đang học ở đây:', view, learner);
  return menuWith('Nút này thuộc tin nhắn cũ rồi ạ. {xung_ho} chọn lại bài học nhé:', ctx);
}

/** "Quay lại bước trước": the step before in a lesson; elsewhere, why not, and where the learner is. */
function back(ctx: TurnContext): Decision {
  const { learner, content } = ctx;
  const pos = learner.position;
  const lesson = pos && 'lessonId' in pos ? content.lesson(pos.lessonId) : undefined;
  if (pos?.mode === 'lesson' && lesson) {
    const t = goBack(learner, lesson, pos.stepId, { now: ctx.now, today: ctx.today });
    if (t) return withLine(BACK.done, t, learner);
  }
  const view = currentView(learner, content.lesson, questionOf(content));
  if (view) return withLine(pos?.mode === 'lesson' ? BACK.first : BACK.question, view, learner);
  return menuWith(BACK.none, ctx);
}

/** "Học lại từ đầu": the lesson in progress (step, quiz, check or task) from its first step; else the menu. */
function restart(ctx: TurnContext): Decision {
  const { learner, content } = ctx;
  const pos = learner.position;
  const lesson = pos && 'lessonId' in pos ? content.lesson(pos.lessonId) : undefined;
  const first = lesson?.steps[0];
  if (lesson && first)
    return withLine(RESTART.done, goTo(learner, lesson, first.id, { now: ctx.now, today: ctx.today }), learner);
  return menuWith(RESTART.none, ctx);
}

/** Lessons, quizzes and spaced review: buttons, typed numbers, "tiếp", "học tiếp", "ôn tập". */
export function lessonFlowFeature(): Feature {
  return {
    name: 'lesson-flow',
    decide(ctx) {
      const { learner, content, payload } = ctx;
      const engine = { now: ctx.now, today: ctx.today };
      const pos = learner.position;

      if (ctx.command === 'resume') {
        const view = currentView(learner, content.lesson, questionOf(content));
        if (view) return withLine('Mình học tiếp nhé {xung_ho}! 📖', view, learner);
        return menuWith('{xung_ho} chưa có bài nào đang học dở. Chọn một bài để bắt đầu nhé:', ctx);
      }
      if (ctx.command === 'back') return back(ctx);
      if (ctx.command === 'restart') return restart(ctx);
      if (ctx.command === 'review' || ctx.command === RETRY_NOW) {
        const items = ctx.command === RETRY_NOW ? learner.review : dueReviews(learner, ctx.today);
        const t = startReview(learner, items, questionOf(content));
        if (t) return fromTransition(t, ctx);
        return notDueYet(learner, ctx);
      }
      if (ctx.badPayload) return stale(learner, ctx);
      if (!payload) {
        const onlyGoesOn = goesOn(ctx.folded, content.talk.talk.particles);
        if (pos?.mode === 'lesson' && onlyGoesOn) {
          const lesson = content.lesson(pos.lessonId);
          const step = lesson?.steps.find((s) => s.id === pos.stepId);
          if (lesson && step && !step.choices)
            return fromTransition(continueFrom(learner, lesson, step.id, engine), ctx);
        }
        // "tiếp đi", "được" while options wait: which one? Never a question for the answers. Thanks and
        // "ok" get small talk's kind word, then the step.
        if (pendingChoices(learner) && onlyGoesOn && !isAcknowledgement(ctx.folded)) {
          const view = currentView(learner, content.lesson, questionOf(content));
          if (view) return withLine(PICK_ONE, view, learner);
        }
        // "học zalo", "dạy bác VNeID": that lesson, the one in progress where it was; a question is answered.
        const asked =
          ctx.inbound.kind === 'text' &&
          (!looksLikeQuestion(ctx.text, ctx.folded) ||
            (!ctx.text.includes('?') && (HOW_TO_USE.test(ctx.folded) || DOES_NOT_KNOW.test(ctx.folded))))
            ? onlyAsksLesson(ctx.folded, content)
            : undefined;
        if (asked && pos && 'lessonId' in pos && pos.lessonId === asked.id) {
          if (FROM_START.test(ctx.folded)) return restart(ctx);
          const view = currentView(learner, content.lesson, questionOf(content));
          if (view) return { learner: view.learner, reply: view.reply };
        }
        if (asked) return fromTransition(startLesson(learner, asked, engine), ctx);
        return undefined;
      }
      switch (payload.kind) {
        case 'lesson': {
          const lesson = content.lesson(payload.lessonId);
          return lesson ? fromTransition(startLesson(learner, lesson, engine), ctx) : stale(learner, ctx);
        }
        case 'next':
        case 'choice': {
          const lesson = content.lesson(payload.lessonId);
          if (!lesson || pos?.mode !== 'lesson' || pos.lessonId !== payload.lessonId || pos.stepId !== payload.stepId)
            return stale(learner, ctx);
          const t =
            payload.kind === 'next'
              ? continueFrom(learner, lesson, payload.stepId, engine)
              : chooseAt(learner, lesson, payload.stepId, payload.index, engine);
          return t ? fromTransition(t, ctx) : stale(learner, ctx);
        }
        case 'quiz': {
          const lesson = content.lesson(payload.lessonId);
          if (!lesson || pos?.mode !== 'quiz' || pos.lessonId !== payload.lessonId || pos.question !== payload.question)
            return stale(learner, ctx);
          const t = answerQuiz(learner, lesson, payload.option, engine);
          return t ? fromTransition(t, ctx) : stale(learner, ctx);
        }
        case 'review': {
          const item = pos?.mode === 'review' ? pos.items[pos.index] : undefined;
          if (!item || item.lessonId !== payload.lessonId || item.questionId !== payload.questionId)
            return stale(learner, ctx);
          const t = answerReview(learner, payload.option, questionOf(content), engine);
          if (!t) return stale(learner, ctx);
          return taskAgainAfterReview(t, pos?.mode === 'review' ? pos.items : [], ctx) ?? fromTransition(t, ctx);
        }
        case 'pre-start':
        case 'pre':
        case 'pre-skip':
        case 'task': {
          const t = gainTurn(payload, ctx);
          if (!t) return stale(learner, ctx);
          return t.afterTask ? whatNext(t.learner, t.afterTask, t.reply, ctx) : fromTransition(t, ctx);
        }
        case 'command':
          return undefined;
      }
    },
  };
}
