import { command, decodePayload } from '../../core/flows/payload.ts';
import { personalize } from '../../core/flows/personalize.ts';
import { rememberChoices } from '../../core/flows/remember-choices.ts';
import type { Choice, Reply } from '../../core/message.ts';
import type { Decision, TurnContext } from '../../core/router/feature.ts';
import type { ExplainAsk } from '../../core/text/explain-words.ts';
import { TOPIC_COMMAND } from '../answers/reply.ts';
import { FB } from '../feedback/payloads.ts';
import { tooHardVote } from '../feedback/too-hard.ts';
import type { ExplainDeps } from './deps.ts';
import { ASK_TEAM, type PersonOffer, personOffer } from './offer.ts';
import { justSaidAgain, markSaidAgain } from './said-again.ts';

/** Commands of the buttons under a free-form answer: its 👍/👎 (and why) and the closest topics. */
const ANSWER_ROW = new Set<string>([FB.up, FB.down, FB.why, TOPIC_COMMAND]);

const commandOf = (c: Choice) => {
  const p = decodePayload(c.payload);
  return p?.kind === 'command' ? p.name : undefined;
};

/** Whether the options last shown are an answer's row: the learner reacts to that answer. */
export const justAnswered = (choices: readonly Choice[] | undefined): boolean =>
  (choices ?? []).some((c) => ANSWER_ROW.has(commandOf(c) ?? ''));

const SORRY =
  'Dạ, {toi} xin lỗi vì nói chưa dễ hiểu ạ. 🙏\n{xung_ho} hỏi lại bằng lời của mình nhé, ngắn thôi cũng được, ' +
  'ví dụ: "cài VNeID thế nào". {toi} sẽ cố trả lời dễ hiểu hơn.';
/** "Làm rồi mà không được" right after an answer: the steps did not work, so where did they stop? */
const DID_NOT_WORK =
  'Dạ, tiếc quá, làm theo mà vẫn chưa được ạ. 🙏\n{xung_ho} kể giúp {toi}: bấm tới đâu thì vướng, máy hiện chữ gì? ' +
  'Ngắn thôi cũng được, ví dụ: "bấm đăng nhập thì báo sai mật khẩu". {toi} sẽ chỉ tiếp từ chỗ đó.';
const NOTED = ' {toi} đã ghi lại để tổ hỗ trợ viết câu trả lời này dễ hiểu hơn.';
/** "Không hiểu" again right after the apology: other help than asking in one's own words once more. */
const STILL_UNCLEAR = 'Dạ, {toi} hiểu rồi ạ, chỗ này khó thật, {xung_ho} đừng ngại. 🙏';
const LESSON_EASIER = 'Bài dưới đây giảng từng bước một, dễ theo hơn câu trả lời vừa rồi ạ.';
const WITH_PERSON = 'Cán bộ hỗ trợ có thể giảng trực tiếp cho {xung_ho} ạ. {xung_ho} bấm nút dưới đây nhé:';

/** The line above the options: the lesson first when the answer had one, then a person. */
function invitation(again: boolean, hasLesson: boolean, offer: PersonOffer): string {
  if (offer.kind === 'desk')
    return again && hasLesson
      ? `${offer.text}\n${LESSON_EASIER} {xung_ho} bấm để học nhé:`
      : `${offer.text}\n{xung_ho} có thể chọn:`;
  if (!again) return 'Hoặc {xung_ho} nhờ cán bộ hỗ trợ giảng giúp:';
  return hasLesson ? `${LESSON_EASIER} {xung_ho} bấm để học, hoặc nhờ cán bộ giảng giúp:` : WITH_PERSON;
}

/**
 * "Không hiểu" right after a free-form answer: sorry, an invitation to ask again in the
 * learner's own words, the answer's lesson if it had one, and a person to ask. `unclear`
 * (not a mere "nói lại") also counts as the answer's 👎 "hard to read", once. Said again right
 * after the apology: no second apology or vote, no how-to, but the lesson and the person first.
 * `failed` ("làm rồi mà không được") asks where the steps stopped instead, and is no vote.
 */
export function afterAnswer(deps: ExplainDeps, ctx: TurnContext, ask: ExplainAsk): Decision | undefined {
  const unclear = ask === 'unclear';
  const { learner, now } = ctx;
  const shown = learner.lastChoices;
  const again = justSaidAgain(learner, ctx.today);
  if (!again && !justAnswered(shown)) return undefined;
  const lesson = (shown ?? []).filter((c) => decodePayload(c.payload)?.kind === 'lesson');
  const menu: Choice = { label: '📚 Menu', payload: command('menu') };
  return {
    reply: [],
    after: async (saved): Promise<Reply> => {
      const noted =
        !again && unclear && deps.feedback
          ? await tooHardVote(deps.feedback)(shown ?? [], saved, now).catch(() => false)
          : false;
      const sorry: Reply = [
        {
          type: 'text',
          text: personalize(
            again ? STILL_UNCLEAR : ask === 'failed' ? DID_NOT_WORK : SORRY + (noted ? NOTED : ''),
            saved,
          ),
        },
      ];
      const offer = await personOffer(deps, saved, now, ctx.today);
      const reply: Reply = [
        ...sorry,
        {
          type: 'choices',
          text: personalize(invitation(again, lesson.length > 0, offer), saved),
          choices: offer.kind === 'button' ? [...lesson, ASK_TEAM, menu] : [...lesson, menu],
        },
      ];
      await deps.learners.update(saved.id, now, (l) => {
        const kept = rememberChoices(l, reply);
        return markSaidAgain(kept, ctx.today, kept.lastChoices ?? []);
      });
      return reply;
    },
  };
}
