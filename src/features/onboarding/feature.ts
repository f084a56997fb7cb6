import type { Content } from '../../core/content/content.ts';
import { startLesson } from '../../core/flows/engine.ts';
import { personalize } from '../../core/flows/personalize.ts';
import { HONORIFICS, type Learner } from '../../core/learners/learner.ts';
import type { Reply } from '../../core/message.ts';
import { lessonBegan, lessonFinished } from '../../core/learners/lesson-finished.ts';
import type { Feature } from '../../core/router/feature.ts';
import { CALL_ME_COMMAND, EXPLAIN_COMMAND, SKIP_COMMANDS } from '../../core/router/talk-commands.ts';
import { CALLED_FROM_NOW, calledAs } from '../../core/learners/honorific-reading.ts';
import { fold } from '../../core/text/fold.ts';
import { looksLikeQuestion } from '../../core/text/looks-like-question.ts';
import {
  ASK_HONORIFIC_AFTER_LESSON,
  ASK_HONORIFIC_RESUME,
  ASK_HONORIFIC_SIMPLER,
  ASK_WARD_AFTER_LESSON,
  ASK_WARD_AGAIN,
  ASK_WARD_RESUME,
  ASK_WARD_SIMPLER,
  type Asked,
  askHonorific,
  askWard,
  showMenu,
  skipWard,
} from './ask.ts';
import { readHonorificAnswer } from './reply-reading.ts';
import { smallTalkSaid } from './small-talk-said.ts';
import { atHonorificQuestion, atWardQuestion, ELSEWHERE, honored, skipHonorific } from './typed-reply.ts';
import { wardLabelOf } from './ward.ts';

const WELCOME =
  'Kính chào! 🌷 Đây là trợ lý Học vụ số, đồng hành cùng phong trào "Bình dân học vụ số". ' +
  'Mình sẽ cùng học từng bước: dùng điện thoại, Zalo, VNeID, dịch vụ công, thanh toán điện tử, dùng AI an toàn và ' +
  'cách tránh lừa đảo.\n\n' +
  '🔒 Trợ lý không bao giờ hỏi mã OTP, mật khẩu hay số căn cước của mình.';

/** The questions let go, said once: the learner keeps asking other things and is not asked a third time. */
export const LET_GO =
  'Dạ, {toi} xin tạm gọi là {xung_ho} ạ. Khi nào tiện, {xung_ho} gõ "đổi xưng hô" để chọn cách gọi, hoặc "đổi ' +
  'phường" để cho {toi} biết nơi {xung_ho} ở nhé.';
const LET_GO_WARD = 'Dạ, khi nào tiện, {xung_ho} gõ "đổi phường" để cho {toi} biết nơi {xung_ho} ở nhé ạ.';

/** `asked`, marked as asked again once when `once` (`askHonorific` and `askWard` start the count over). */
const countedOnce = (asked: Asked, once: boolean): Asked =>
  once ? { ...asked, learner: { ...asked.learner, askedAgainOnce: true } } : asked;

function letGo(next: Learner): { learner: Learner; reply: Reply } {
  const { asking, lessonAsked: _waiting, askedAgainOnce: _once, ...rest } = next;
  const onlyWard = asking === 'ward' || rest.honorific !== undefined;
  const learner: Learner = onlyWard ? rest : { ...rest, honorificDeclined: true };
  return { learner, reply: [{ type: 'text', text: personalize(onlyWard ? LET_GO_WARD : LET_GO, learner) }] };
}

/** Deep links (`/start ward-phuong-yen-hoa`) set the ward; anything else is ignored politely. */
function applyStartPayload(learner: Learner, payload: string | undefined, content: Pick<Content, 'wardName'>): Learner {
  const m = payload?.match(/^ward-([a-z0-9-]{2,60})$/);
  if (!m) return learner;
  const code = m[1]!;
  const typedBefore = learner.wardCode === code ? learner.ward : undefined;
  return { ...learner, wardCode: code, ward: content.wardName(code) ?? typedBefore ?? wardLabelOf(code) };
}

/** The questions a lesson put off, asked once when it is finished (not after "dừng lại"). */
function afterLesson(before: Learner, next: Learner) {
  if (!lessonFinished(before, next) || !next.subscribed) return undefined;
  const { onboardingLater: _asked, ...learner } = next;
  if (learner.honorific === undefined && !learner.honorificDeclined)
    return askHonorific(learner, undefined, ASK_HONORIFIC_AFTER_LESSON);
  return learner.ward === undefined ? askWard(learner, ASK_WARD_AFTER_LESSON) : undefined;
}

/** Welcome, asking once how to address the learner and where they live, then the menu. */
export function onboardingFeature(): Feature {
  return {
    name: 'onboarding',
    decide(ctx) {
      const started =
        ctx.command === 'start' || ctx.inbound.kind === 'follow'
          ? applyStartPayload(ctx.learner, ctx.inbound.startPayload, ctx.content)
          : ctx.learner;
      // Following the Official Account again means they want messages again.
      const seen = ctx.inbound.kind === 'follow' ? { ...started, subscribed: true } : started;
      const firstContact = seen.welcomedAt === undefined;
      const learner = firstContact ? { ...seen, welcomedAt: ctx.now.toISOString() } : seen;

      // "đổi phường", "đổi xã": only the ward question; "đổi xưng hô": both again.
      if (ctx.command === 'profile')
        return /(^| )(phuong|xa)$/.test(ctx.folded) ? askWard(learner) : askHonorific(learner);
      const lessonLink =
        ctx.command === 'start' ? ctx.inbound.startPayload?.match(/^lesson-([a-z0-9-]{1,24})$/) : undefined;
      const linked = lessonLink ? ctx.content.lesson(lessonLink[1]!) : undefined;
      if (linked) {
        const t = startLesson(learner, linked, { now: ctx.now, today: ctx.today });
        return { learner: t.learner, reply: firstContact ? [{ type: 'text', text: WELCOME }, ...t.reply] : t.reply };
      }
      // "menu" as the very first message still gets the two questions first (once).
      if (firstContact && learner.honorific === undefined && (ctx.command === 'menu' || ctx.command === 'lessons'))
        return askHonorific(learner, WELCOME);
      if (learner.asking === 'honorific' || learner.asking === 'ward') {
        // "không hiểu", "là sao": the question waiting, said more simply.
        if (ctx.command === EXPLAIN_COMMAND)
          return learner.asking === 'honorific'
            ? askHonorific(learner, undefined, ASK_HONORIFIC_SIMPLER)
            : askWard(learner, ASK_WARD_SIMPLER);
        const typed = learner.asking === 'honorific' ? atHonorificQuestion(learner, ctx) : atWardQuestion(learner, ctx);
        // About something else: answered by the features after this one, then `again` asks once more.
        if (typed === ELSEWHERE) return undefined;
        if (typed) return typed;
        const honorific =
          ctx.command === 'honor'
            ? HONORIFICS.find((h) => fold(h) === ctx.commandArg)
            : ctx.command === CALL_ME_COMMAND
              ? ctx.commandArg
              : undefined;
        if (learner.asking === 'honorific' && honorific) return honored(learner, honorific, ctx);
        if (learner.asking === 'ward' && honorific) {
          const next = calledAs(learner, honorific, ctx.content);
          return askWard(next, ASK_WARD_AGAIN, personalize(CALLED_FROM_NOW, next));
        }
      }
      if (ctx.command === SKIP_COMMANDS.ward) return skipWard(learner, ctx);
      if (ctx.command === SKIP_COMMANDS.honorific && learner.asking === 'honorific') return skipHonorific(learner, ctx);
      // "bác" typed after the questions were let go: taken as if at the question.
      if (
        learner.honorificDeclined &&
        learner.honorific === undefined &&
        learner.position === undefined &&
        ctx.inbound.kind === 'text' &&
        ctx.command === undefined &&
        ctx.payload === undefined
      ) {
        const { taken } = readHonorificAnswer(ctx.text, ctx.content);
        if (taken) return honored(learner, taken, ctx);
      }
      const firstQuestion = firstContact && ctx.inbound.kind === 'text' && looksLikeQuestion(ctx.text, ctx.folded);
      if (
        ctx.command === 'start' ||
        ctx.inbound.kind === 'follow' ||
        (firstContact &&
          !firstQuestion &&
          ctx.inbound.kind === 'text' &&
          ctx.command === undefined &&
          ctx.payload === undefined)
      ) {
        if (learner.honorific === undefined) return askHonorific(learner, WELCOME);
        if (
          learner.ward === undefined &&
          learner.asking !== 'ward' &&
          ctx.command === 'start' &&
          learner.createdAt === learner.lastSeenAt
        )
          return askWard(learner);
        return showMenu(
          learner,
          ctx,
          personalize(`Kính chào {xung_ho}! 🌷 {xung_ho} muốn học bài nào hôm nay ạ?`, learner),
        );
      }
      return undefined;
    },
    again(before, next, ctx) {
      if (before.asking === undefined) return next.onboardingLater ? afterLesson(before, next) : undefined;
      if (next.asking !== undefined && next.asking !== before.asking) return undefined;
      // A lesson began (a lesson's button, a link): the questions wait until it is finished.
      if (lessonBegan(before, next)) return undefined;
      // Small talk ("cảm ơn") asks nothing else and keeps the count; anything else counts one more
      // asking again, and a second one lets the question go.
      const smallTalk = smallTalkSaid(ctx) !== undefined;
      const askedBefore = before.askedAgainOnce === true;
      const letsGo = askedBefore && !smallTalk;
      const askedOnce = askedBefore || !smallTalk;
      // Only while its own question waited: a name declined ("thôi khỏi") is not asked again at the ward question.
      if (next.honorific === undefined && before.asking === 'honorific')
        return letsGo ? letGo(next) : countedOnce(askHonorific(next, undefined, ASK_HONORIFIC_RESUME), askedOnce);
      if (next.ward !== undefined) return undefined;
      if (before.asking !== 'ward') return askWard(next);
      return letsGo ? letGo(next) : countedOnce(askWard(next, ASK_WARD_RESUME), askedOnce);
    },
  };
}
