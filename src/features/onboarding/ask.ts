import { startLesson } from '../../core/flows/engine.ts';
import { command } from '../../core/flows/payload.ts';
import { personalize } from '../../core/flows/personalize.ts';
import { rememberChoices } from '../../core/flows/remember-choices.ts';
import { HONORIFICS, type Honorific, type Learner } from '../../core/learners/learner.ts';
import type { Lesson } from '../../core/content/lesson-schema.ts';
import type { Choice, Reply } from '../../core/message.ts';
import type { Decision, TurnContext } from '../../core/router/feature.ts';
import { fold } from '../../core/text/fold.ts';
import { menuView } from '../lessons/menu-view.ts';

/** A question asked: the learner waiting for its answer, and the message. */
export type Asked = Decision & { learner: Learner };

export const ASK_HONORIFIC = 'Để tiện xưng hô, mình muốn được gọi là gì ạ?';
/** The first question again, after the tutor answered something else the learner wrote. */
export const ASK_HONORIFIC_RESUME =
  '↩️ Dạ, {xung_ho} cho {toi} hỏi tiếp câu lúc nãy ạ. Để tiện xưng hô, {toi} nên gọi là gì ạ? (gõ số hoặc "bác", "cô", "anh"…)';

/** The first question, left for a lesson the learner began at once, asked when it is finished. */
export const ASK_HONORIFIC_AFTER_LESSON =
  'Dạ, {toi} xin hỏi lại câu lúc đầu ạ: để tiện xưng hô, {toi} nên gọi mình là gì ạ? (gõ số hoặc "bác", "cô", "anh"…)';

/** The first question said more simply, on "không hiểu", "là sao". */
export const ASK_HONORIFIC_SIMPLER =
  'Dạ, {toi} hỏi để biết nên gọi mình thế nào cho phải phép ạ: bác, ông, bà, cô, chú, anh hay chị? Mình gõ ' +
  'một chữ, ví dụ "bác", hoặc gõ số 1 rồi gửi là được ạ.';

export const ASK_WARD =
  'Dạ, {toi} chào {xung_ho}! {xung_ho} đang sống ở xã hoặc phường nào ạ? Ví dụ: "Phường Yên Hòa".\nThông tin này ' +
  'giúp tổ công nghệ số cộng đồng nơi {xung_ho} ở hỗ trợ khi cần.';
export const ASK_WARD_AGAIN =
  'Dạ, {xung_ho} gõ giúp {toi} tên xã hoặc phường nơi {xung_ho} sống nhé, ví dụ: "Phường Yên Hòa". Nếu không muốn ' +
  'nói, {xung_ho} chọn "Bỏ qua" ạ.';
/** The ward question, left for a lesson the learner began at once, asked when it is finished. */
export const ASK_WARD_AFTER_LESSON =
  'Dạ, {toi} xin hỏi nốt câu lúc nãy còn dở ạ: {xung_ho} đang sống ở xã hoặc phường nào? Ví dụ: "Phường Yên ' +
  'Hòa". Biết nơi {xung_ho} ở, tổ công nghệ số cộng đồng gần nhà mới giúp được khi cần. Không muốn nói thì ' +
  '{xung_ho} chọn "Bỏ qua" ạ.';

/** The ward question said more simply, on "không hiểu", "là sao". */
export const ASK_WARD_SIMPLER =
  'Dạ, {toi} hỏi nhà {xung_ho} ở phường hay xã nào, ví dụ "Phường Yên Hòa", để tổ công nghệ số gần nhà giúp ' +
  '{xung_ho} khi cần. Không muốn nói thì {xung_ho} gõ "bỏ qua" ạ.';
/** The ward question again, after the tutor answered something else the learner wrote. */
export const ASK_WARD_RESUME =
  '↩️ Dạ, {xung_ho} cho {toi} hỏi tiếp câu lúc nãy ạ. {xung_ho} đang sống ở xã hoặc phường nào? Ví dụ: "Phường Yên ' +
  'Hòa". Không muốn nói thì {xung_ho} chọn "Bỏ qua" ạ.';

/** A question asked anew: the count of its askings again starts over. */
function withoutOnce(learner: Learner): Learner {
  const { askedAgainOnce: _once, ...rest } = learner;
  return rest;
}

/** The button of a way of being called ("cô" → "Cô"). */
export const honorificLabel = (honorific: Honorific) => honorific.charAt(0).toUpperCase() + honorific.slice(1);

/**
 * Asks how the learner likes to be addressed (once; again only on "đổi xưng hô"). `question`
 * replaces the usual wording; `extra` are buttons after the seven ways of being called.
 */
export function askHonorific(learner: Learner, intro?: string, question = ASK_HONORIFIC, extra: Choice[] = []): Asked {
  const reply: Reply = [
    ...(intro ? [{ type: 'text' as const, text: intro }] : []),
    {
      type: 'choices',
      text: personalize(question, learner),
      choices: [
        ...HONORIFICS.map((h) => ({
          label: honorificLabel(h),
          payload: command('honor', fold(h)),
        })),
        ...extra,
      ],
    },
  ];
  return { learner: rememberChoices({ ...withoutOnce(learner), asking: 'honorific' }, reply), reply };
}

/** Asks where the learner lives, with a "Bỏ qua" button and any `extra` ones; `intro` comes first. */
export function askWard(learner: Learner, text = ASK_WARD, intro?: string, extra: Choice[] = []): Asked {
  const reply: Reply = [
    ...(intro ? [{ type: 'text' as const, text: intro }] : []),
    {
      type: 'choices',
      text: personalize(text, learner),
      choices: [{ label: 'Bỏ qua', payload: command('skip-ward') }, ...extra],
    },
  ];
  return { learner: rememberChoices({ ...withoutOnce(learner), asking: 'ward' }, reply), reply };
}

/** Ends onboarding with the menu of lessons under `intro`. */
export function showMenu(learner: Learner, ctx: TurnContext, intro: string): Decision {
  const { asking: _done, lessonAsked: _waiting, ...rest } = learner;
  const reply: Reply = [menuView(rest, ctx.content, ctx.today, intro)];
  return { learner: rememberChoices(rest, reply), reply };
}

/** Ends onboarding with `lesson` begun at once, the questions left unasked. */
export function beginLesson(learner: Learner, lesson: Lesson, ctx: TurnContext): Decision {
  const { asking: _done, lessonAsked: _waiting, ...rest } = learner;
  const begun = startLesson(rest, lesson, { now: ctx.now, today: ctx.today });
  const intro = personalize(`Dạ vâng, {toi} mở bài "${lesson.title}" cho {xung_ho} ngay ạ. 🌷`, begun.learner);
  return { learner: begun.learner, reply: [{ type: 'text', text: intro }, ...begun.reply] };
}

/**
 * Ends onboarding: the lesson asked for while the questions waited begins, so the learner need
 * not ask again; without one, the menu under `intro`.
 */
export function finishOnboarding(learner: Learner, ctx: TurnContext, intro: string): Decision {
  const lesson = learner.lessonAsked === undefined ? undefined : ctx.content.lesson(learner.lessonAsked);
  return lesson ? beginLesson(learner, lesson, ctx) : showMenu(learner, ctx, intro);
}

/** "Bỏ qua", "không", "hổng nhớ" at the ward question: no ward (it can be told later); the lesson asked for, or the menu. */
export const skipWard = (learner: Learner, ctx: TurnContext): Decision =>
  finishOnboarding(
    learner,
    ctx,
    personalize(
      'Dạ vâng, không sao ạ. Khi nào cần, {xung_ho} gõ "đổi phường" để báo {toi} nơi ở nhé. {xung_ho} chọn một bài để bắt đầu nhé:',
      learner,
    ),
  );
