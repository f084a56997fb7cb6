import type { Content } from '../../core/content/content.ts';
import { startLesson } from '../../core/flows/engine.ts';
import { command } from '../../core/flows/payload.ts';
import { personalize } from '../../core/flows/personalize.ts';
import { rememberChoices } from '../../core/flows/remember-choices.ts';
import { HONORIFICS, type Honorific, type Learner } from '../../core/learners/learner.ts';
import type { Reply } from '../../core/message.ts';
import type { Decision, Feature, TurnContext } from '../../core/router/feature.ts';
import { fold } from '../../core/text/fold.ts';
import { menuView } from '../lessons/menu-view.ts';
import { readWard, wardLabelOf } from './ward.ts';
import { looksLikeQuestion } from '../../core/text/looks-like-question.ts';

const WELCOME =
  'Kính chào! 🌷 Đây là trợ lý Học vụ số, đồng hành cùng phong trào "Bình dân học vụ số". ' +
  'Mình sẽ cùng học từng bước: dùng điện thoại, Zalo, VNeID, dịch vụ công, thanh toán điện tử, dùng AI an toàn và ' +
  'cách tránh lừa đảo.\n\n' +
  '🔒 Trợ lý không bao giờ hỏi mã OTP, mật khẩu hay số căn cước của mình.';

/** Asks how the learner likes to be addressed (once; again only on "đổi xưng hô"). */
export function askHonorific(learner: Learner, intro?: string): Decision {
  const reply: Reply = [
    ...(intro ? [{ type: 'text' as const, text: intro }] : []),
    {
      type: 'choices',
      text: 'Để tiện xưng hô, mình muốn được gọi là gì ạ?',
      choices: HONORIFICS.map((h) => ({
        label: h.charAt(0).toUpperCase() + h.slice(1),
        payload: command('honor', fold(h)),
      })),
    },
  ];
  return { learner: rememberChoices({ ...learner, asking: 'honorific' }, reply), reply };
}

const ASK_WARD =
  'Dạ, {toi} chào {xung_ho}! {xung_ho} đang sống ở xã hoặc phường nào ạ? Ví dụ: "Phường Yên Hòa".\nThông tin này ' +
  'giúp tổ công nghệ số cộng đồng nơi {xung_ho} ở hỗ trợ khi cần.';
const ASK_WARD_AGAIN =
  'Dạ, {xung_ho} gõ giúp {toi} tên xã hoặc phường nơi {xung_ho} sống nhé, ví dụ: "Phường Yên Hòa". Nếu không muốn ' +
  'nói, {xung_ho} chọn "Bỏ qua" ạ.';

function askWard(learner: Learner, text = ASK_WARD): Decision {
  const reply: Reply = [
    {
      type: 'choices',
      text: personalize(text, learner),
      choices: [{ label: 'Bỏ qua', payload: command('skip-ward') }],
    },
  ];
  return { learner: rememberChoices({ ...learner, asking: 'ward' }, reply), reply };
}

function showMenu(learner: Learner, ctx: TurnContext, intro: string): Decision {
  const { asking: _done, ...rest } = learner;
  const reply: Reply = [menuView(rest, ctx.content, ctx.today, intro)];
  return { learner: rememberChoices(rest, reply), reply };
}

const skipWard = (learner: Learner, ctx: TurnContext): Decision =>
  showMenu(learner, ctx, personalize('Dạ vâng. {xung_ho} chọn một bài để bắt đầu nhé:', learner));

/** Reads an honorific from a button or from typed text ("bác", "gọi tôi là bà"). */
function honorificFrom(ctx: TurnContext): Honorific | undefined {
  if (ctx.command === 'honor') return HONORIFICS.find((h) => fold(h) === ctx.commandArg);
  const words = ctx.text
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}]+/u);
  return HONORIFICS.find((h) => words.includes(h));
}

/** Deep links (`/start ward-phuong-yen-hoa`) set the ward; anything else is ignored politely. */
function applyStartPayload(learner: Learner, payload: string | undefined, content: Pick<Content, 'wardName'>): Learner {
  const m = payload?.match(/^ward-([a-z0-9-]{2,60})$/);
  if (!m) return learner;
  const code = m[1]!;
  const typedBefore = learner.wardCode === code ? learner.ward : undefined;
  return { ...learner, wardCode: code, ward: content.wardName(code) ?? typedBefore ?? wardLabelOf(code) };
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

      if (ctx.command === 'profile') return askHonorific(learner);
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
      if (learner.asking === 'honorific') {
        const honorific = honorificFrom(ctx);
        if (honorific) {
          const next = { ...learner, honorific };
          return next.ward
            ? showMenu(next, ctx, personalize('Dạ, {toi} chào {xung_ho}! 🌷 {xung_ho} muốn học bài nào ạ?', next))
            : askWard(next);
        }
        if (ctx.command === undefined && ctx.payload === undefined)
          return askHonorific(
            learner,
            'Mình chọn một trong các cách gọi dưới đây (hoặc gõ "bác", "cô", "anh"…) giúp nhé ạ.',
          );
      }
      if (learner.asking === 'ward' && ctx.command === undefined) {
        const answer =
          ctx.payload === undefined && ctx.text.trim() !== '' ? readWard(ctx.text, ctx.content) : undefined;
        // "không" reads like the end of a question, but here it declines.
        if (answer?.kind === 'declined') return skipWard(learner, ctx);
        // A question instead of a place: let the answering part take it (the tutor drops `asking`).
        if (ctx.payload === undefined && looksLikeQuestion(ctx.text, ctx.folded)) return undefined;
        if (answer?.kind === 'ward') {
          const next = { ...learner, ward: answer.label, wardCode: answer.code };
          return showMenu(
            next,
            ctx,
            personalize('Cảm ơn {xung_ho}! 🌷 Bây giờ {xung_ho} chọn một bài để bắt đầu nhé:', next),
          );
        }
        if (answer?.kind === 'not-a-place') return askWard(learner, ASK_WARD_AGAIN);
      }
      if (ctx.command === 'skip-ward') return skipWard(learner, ctx);
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
  };
}
