import { command, decodePayload } from '../../core/flows/payload.ts';
import { personalize } from '../../core/flows/personalize.ts';
import { rememberChoices } from '../../core/flows/remember-choices.ts';
import type { Choice, Reply } from '../../core/message.ts';
import type { Decision, TurnContext } from '../../core/router/feature.ts';
import { TOPIC_COMMAND } from '../answers/reply.ts';
import { FB } from '../feedback/payloads.ts';
import { tooHardVote } from '../feedback/too-hard.ts';
import type { ExplainDeps } from './deps.ts';
import { ASK_TEAM, personOffer } from './offer.ts';

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
const NOTED = ' {toi} đã ghi lại để tổ hỗ trợ viết câu trả lời này dễ hiểu hơn.';

/**
 * "Không hiểu" right after a free-form answer: sorry, an invitation to ask again in the
 * learner's own words, the answer's lesson if it had one, and a person to ask. `unclear`
 * (not a mere "nói lại") also counts as the answer's 👎 "hard to read", once.
 */
export function afterAnswer(deps: ExplainDeps, ctx: TurnContext, unclear: boolean): Decision | undefined {
  const { learner, now } = ctx;
  const shown = learner.lastChoices;
  if (!justAnswered(shown)) return undefined;
  const lesson = (shown ?? []).filter((c) => decodePayload(c.payload)?.kind === 'lesson');
  const menu: Choice = { label: '📚 Menu', payload: command('menu') };
  return {
    reply: [],
    after: async (saved): Promise<Reply> => {
      const noted =
        unclear && deps.feedback ? await tooHardVote(deps.feedback)(shown ?? [], saved, now).catch(() => false) : false;
      const sorry: Reply = [{ type: 'text', text: personalize(SORRY + (noted ? NOTED : ''), saved) }];
      const offer = await personOffer(deps, saved, now, ctx.today);
      const reply: Reply =
        offer.kind === 'button'
          ? [
              ...sorry,
              {
                type: 'choices',
                text: personalize('Hoặc {xung_ho} nhờ cán bộ hỗ trợ giảng giúp:', saved),
                choices: [...lesson, ASK_TEAM, menu],
              },
            ]
          : [
              ...sorry,
              {
                type: 'choices',
                text: `${offer.text}\n${personalize('{xung_ho} có thể chọn:', saved)}`,
                choices: [...lesson, menu],
              },
            ];
      await deps.learners.update(saved.id, now, (l) => rememberChoices(l, reply));
      return reply;
    },
  };
}
