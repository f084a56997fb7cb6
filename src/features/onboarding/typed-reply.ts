import type { Lesson } from '../../core/content/lesson-schema.ts';
import { encodePayload } from '../../core/flows/payload.ts';
import { personalize } from '../../core/flows/personalize.ts';
import { HONORIFICS, type Honorific, type Learner } from '../../core/learners/learner.ts';
import { fold } from '../../core/text/fold.ts';
import type { Choice } from '../../core/message.ts';
import type { Decision, TurnContext } from '../../core/router/feature.ts';
import { shortLabel } from '../../core/text/short-label.ts';
import { yesOrNo } from '../../core/text/talk-words.ts';
import {
  ASK_HONORIFIC,
  ASK_WARD,
  ASK_WARD_AGAIN,
  askHonorific,
  askWard,
  beginLesson,
  finishOnboarding,
  honorificLabel,
  skipWard,
} from './ask.ts';
import {
  aboutSomethingElse,
  asksOrTells,
  calledAs,
  knownPlace,
  lessonAsked,
  onlyGreets,
  readHonorific,
  readHonorificAnswer,
  readPlace,
  withoutUnsure,
} from './reply-reading.ts';
import { smallTalkSaid } from './small-talk-said.ts';
import { CALLED_FROM_NOW } from '../../core/learners/honorific-reading.ts';
import { wardForPeople } from '../../core/learners/ward-for-people.ts';

/** The message is about something else: the features after onboarding answer it, then the question comes back. */
export const ELSEWHERE = 'elsewhere';

const CHOOSE_AGAIN = 'Mình chọn một trong các cách gọi dưới đây (hoặc gõ "bác", "cô", "anh"…) giúp nhé ạ.';

/** "co" alone: "cô" or "có"? Asked, with the number of the button that means it. */
const askWhichMeant = (typed: string, honorific: Honorific) =>
  `Dạ, mình gõ "${typed}" là muốn được gọi là "${honorific}" phải không ạ? Nếu đúng, mình bấm ` +
  `"${honorificLabel(honorific)}" (hoặc gõ số ${(HONORIFICS as readonly string[]).indexOf(honorific) + 1}); nếu không, mình chọn một cách ` +
  'gọi khác dưới đây giúp {toi} nhé.';

/** A sticker, an emoji or nothing typed: nothing to read. */
const nothingToRead = (ctx: TurnContext) => ctx.inbound.kind === 'sticker' || ctx.folded === '';

/** The ward question when a lesson asked for waits behind it: the learner is told it comes next. */
const askWardBeforeLesson = (lesson: Lesson) =>
  'Dạ, {toi} chào {xung_ho}! Còn một câu nữa thôi, rồi {toi} mở bài "' +
  lesson.title +
  '" ngay ạ. {xung_ho} đang sống ở xã hoặc phường nào ạ? Ví dụ: "Phường Yên Hòa". Không muốn nói thì ' +
  '{xung_ho} chọn "Bỏ qua" ạ.';

/**
 * The learner now called as they asked; then the ward question, or, when the ward is known, the
 * lesson asked for on the way or the menu.
 */
export function honored(learner: Learner, honorific: Honorific, ctx: TurnContext): Decision {
  const next = calledAs(learner, honorific, ctx.content);
  if (next.ward)
    return finishOnboarding(next, ctx, personalize('Dạ, {toi} chào {xung_ho}! {xung_ho} muốn học bài nào ạ? 🌷', next));
  const waiting = next.lessonAsked === undefined ? undefined : ctx.content.lesson(next.lessonAsked);
  return askWard(next, waiting ? askWardBeforeLesson(waiting) : ASK_WARD);
}

/**
 * "thôi khỏi", "không biết" at "how should I call you?": called "bác" for now, told how to
 * change it, then the ward question (or, with the ward known, the lesson asked for or the menu).
 */
export function skipHonorific(asked: Learner, ctx: TurnContext): Decision {
  const learner: Learner = asked.honorific === undefined ? { ...asked, honorificDeclined: true } : asked;
  const note = personalize(
    'Dạ vâng, không sao ạ. {toi} xin tạm gọi là {xung_ho} nhé; muốn đổi, lúc nào {xung_ho} cũng gõ "đổi xưng hô" được ạ.',
    learner,
  );
  if (learner.ward)
    return finishOnboarding(learner, ctx, `${note}\n${personalize('{xung_ho} muốn học bài nào ạ? 🌷', learner)}`);
  const waiting = learner.lessonAsked === undefined ? undefined : ctx.content.lesson(learner.lessonAsked);
  return askWard(learner, waiting ? askWardBeforeLesson(waiting) : ASK_WARD, note);
}

/** The button of a lesson asked for while onboarding, shown under the question. */
function lessonButton(lesson: Lesson): Choice {
  return {
    label: shortLabel(`📘 Học ngay: ${lesson.title}`, 64),
    payload: encodePayload({ kind: 'lesson', lessonId: lesson.id }),
  };
}

const lessonIntro = (lesson: Lesson, learner: Learner) =>
  personalize(
    `Dạ, {xung_ho} bắt đầu từ bài "${lesson.title}" là vừa ạ. {toi} chỉ từng bước một, cuối bài có vài câu ` +
      'hỏi nhỏ để ôn lại. {xung_ho} trả lời giúp {toi} câu dưới đây, xong là {toi} mở bài ngay; muốn vào bài ' +
      'luôn thì {xung_ho} bấm "📘 Học ngay" (hoặc gõ số của nút đó) nhé.',
    learner,
  );

/**
 * A typed message while "how should I call you?" waits. A plain answer ("bác", "anh ạ", "cứ gọi
 * tôi là bà") is taken; a ward typed early is kept and the question asked again; a lesson asked
 * for is offered under the question and begins once it is answered; a question, a story or a request goes to the other features
 * (`ELSEWHERE`), which answer it before the question comes back. Undefined: not a typed message.
 */
export function atHonorificQuestion(learner: Learner, ctx: TurnContext): Decision | typeof ELSEWHERE | undefined {
  if (ctx.command !== undefined || ctx.payload !== undefined) return undefined;
  if (nothingToRead(ctx)) return askHonorific(learner, CHOOSE_AGAIN);
  if (ctx.inbound.kind !== 'text') return ctx.inbound.kind === 'follow' ? undefined : ELSEWHERE;
  const typed = readHonorificAnswer(ctx.text, ctx.content);
  if (typed.taken) return honored(learner, typed.taken, ctx);
  if (typed.unsure && typed.others === 0)
    return askHonorific(learner, personalize(askWhichMeant(ctx.text, typed.unsure), learner));
  const lesson = lessonAsked(ctx.folded, ctx.content);
  if (lesson) {
    const waiting = { ...learner, lessonAsked: lesson.id };
    return askHonorific(waiting, lessonIntro(lesson, learner), ASK_HONORIFIC, [lessonButton(lesson)]);
  }
  const elsewhere = aboutSomethingElse(ctx.text, ctx.folded, ctx.content);
  const place = elsewhere ? undefined : knownPlace(ctx.text, ctx.content);
  if (place) {
    const next = { ...learner, ward: place.label, wardCode: place.code };
    const named = wardForPeople(place.label);
    const noted = named ? `{xung_ho} ở ${named}` : 'nơi {xung_ho} ở';
    return askHonorific(next, personalize(`Dạ, {toi} đã ghi lại ${noted} ạ. 🌷`, next));
  }
  // "không", "vâng", "chào cháu": nothing to answer, the question again.
  if (onlyGreets(ctx.folded, ctx.content) || yesOrNo(ctx.folded, ctx.content.talk.talk))
    return askHonorific(learner, CHOOSE_AGAIN);
  // A question or a request, or "cảm ơn cháu": answered by the features after this one, then the
  // question comes back (not after a goodbye); small talk is not counted as asking again (`again`
  // in feature.ts), so thanks never use up the one return.
  if (elsewhere || smallTalkSaid(ctx)) return ELSEWHERE;
  if (typed.honorific && (typed.others <= 2 || introducesSelf(ctx.folded, typed.honorific)))
    return honored(learner, typed.honorific, ctx);
  if (typed.others >= 3) return ELSEWHERE;
  return askHonorific(learner, CHOOSE_AGAIN);
}

/** Words that go on from a way of being called to say who one is ("bác tên Tư", "cô ở Cần Thơ", "ông năm nay 70"). */
const SELF_INTRODUCED =
  /^(?:(?:toi|tui|em|con|minh|day|da|vang|chao chau) )*(?:la )?(\S+) (?:ten|o|nam nay|nay|\d+ tuoi|que)\b/;

/**
 * "bác tên Tư, ở Cần Thơ" said at the question: the way of being called comes first, then a name or a place, so
 * the many other words are an introduction, not a question about something else (session 35).
 */
function introducesSelf(folded: string, honorific: Honorific): boolean {
  return SELF_INTRODUCED.exec(folded)?.[1] === fold(honorific);
}

/**
 * A typed message while "which ward?" waits. A place is taken ("phường Yên Hòa", "tôi ở xã Bát
 * Tràng"); "không", "bỏ qua" skip; a new way of being called ("chú", "gọi tôi là bà") is taken and
 * the ward asked again; a lesson asked for begins at once; a question or a request goes `ELSEWHERE`.
 */
export function atWardQuestion(learner: Learner, ctx: TurnContext): Decision | typeof ELSEWHERE | undefined {
  if (ctx.command !== undefined || ctx.payload !== undefined) return undefined;
  if (nothingToRead(ctx)) return askWard(learner, ASK_WARD_AGAIN);
  if (ctx.inbound.kind !== 'text') return ctx.inbound.kind === 'follow' ? undefined : ELSEWHERE;
  const typed = readHonorific(ctx.text, ctx.content, false);
  if (typed.honorific && typed.others === 0) {
    const next = calledAs(learner, typed.honorific, ctx.content);
    return askWard(next, ASK_WARD_AGAIN, personalize(CALLED_FROM_NOW, next));
  }
  const { answer, place } = readPlace(ctx.text, ctx.content);
  // "không" reads like the end of a question, but here it declines; "không biết VNeID là gì" asks.
  if (answer.kind === 'declined' && (ctx.folded.split(' ').length <= 4 || !asksOrTells(ctx.folded, ctx.content)))
    return skipWard(learner, ctx);
  // "hông", "sai": a no declines; "đúng rồi", "vâng": a yes is no place.
  const yesNo = yesOrNo(ctx.folded, ctx.content.talk.talk);
  if (yesNo === 'no') return skipWard(learner, ctx);
  if (yesNo === 'yes') return askWard(learner, ASK_WARD_AGAIN);
  const lesson = lessonAsked(ctx.folded, ctx.content);
  // The ward is left unsaid: the learner came to learn, and the lesson begins without a second request.
  if (lesson) return beginLesson({ ...learner, onboardingLater: true }, lesson, ctx);
  // "thôn 3 xã nào đó, hổng nhớ": not knowing is no place, unless the rest asks something.
  const rest = withoutUnsure(ctx.folded, ctx.content);
  if (rest !== ctx.folded && !aboutSomethingElse(rest, rest, ctx.content)) return skipWard(learner, ctx);
  if (aboutSomethingElse(place, fold(place), ctx.content) || asksOrTells(ctx.folded, ctx.content)) return ELSEWHERE;
  // Small talk is never a place to store: "cảm ơn cháu" is thanked and the question asked again;
  // "cảm ơn cháu nhiều nhé, tạm biệt cháu" takes leave, and the question is let go.
  const talk = smallTalkSaid(ctx);
  if (talk) return talk.then === 'pending' ? ELSEWHERE : skipWard(learner, ctx);
  if (answer.kind === 'ward') {
    const next = { ...learner, ward: answer.label, wardCode: answer.code };
    const named = wardForPeople(answer.label);
    const noted = named ? ` {toi} đã ghi lại {xung_ho} ở ${named}.` : '';
    // Someone changing the ward ("đổi phường") has learned before: no "bắt đầu".
    const then =
      Object.keys(learner.lessons).length > 0
        ? '{xung_ho} chọn bài để học nhé:'
        : 'Bây giờ {xung_ho} chọn một bài để bắt đầu nhé:';
    return finishOnboarding(next, ctx, personalize(`Cảm ơn {xung_ho}! 🌷${noted} ${then}`, next));
  }
  return askWard(learner, ASK_WARD_AGAIN);
}
