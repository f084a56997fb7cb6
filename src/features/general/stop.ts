import { currentView } from '../../core/flows/current-view.ts';
import { command } from '../../core/flows/payload.ts';
import { personalize } from '../../core/flows/personalize.ts';
import { rememberChoices } from '../../core/flows/remember-choices.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { Reply } from '../../core/message.ts';
import type { Decision, Feature, TurnContext } from '../../core/router/feature.ts';
import { isAmbiguousStop, keepAtStopQuestion, unclearAtStopQuestion } from '../../core/router/talk-commands.ts';

const STOP = command('stop');
const KEEP_GOING = command('stop-cancel');

const say = (text: string, learner: Learner): Reply => [{ type: 'text', text: personalize(text, learner) }];

const ASK_FIRST =
  '{xung_ho} muốn dừng nhận tin nhắn (nhắc học, thông báo) phải không ạ? Nếu {xung_ho} định gõ "đúng", chọn ' +
  '"Không, tiếp tục" nhé.';
/** "thôi thì", "kệ" at the question: stop or go on? Each button said in plain words. */
const ASK_AGAIN =
  'Dạ, {toi} chưa rõ ý {xung_ho} ạ. {xung_ho} bấm một trong hai nút dưới đây giúp {toi} nhé:\n' +
  '• "🔕 Dừng nhận tin": {toi} sẽ không gửi nhắc học, thông báo nữa.\n' +
  '• "▶️ Không, tiếp tục": {toi} vẫn nhắn tin cho {xung_ho} như cũ.';

/** "dung" could be "đúng" or "dừng": ask once, with a button for each (a yes/no question itself). */
function askFirst(learner: Learner, question = ASK_FIRST): Decision {
  const reply: Reply = [
    {
      type: 'choices',
      text: personalize(question, learner),
      choices: [
        { label: '🔕 Dừng nhận tin', payload: STOP },
        { label: '▶️ Không, tiếp tục', payload: KEEP_GOING },
      ],
    },
  ];
  return {
    learner: rememberChoices({ ...learner, yesNo: { yes: STOP, no: KEEP_GOING } }, reply),
    reply,
    showPending: false,
  };
}

const STOPPED =
  '🔕 Đã dừng. Từ giờ {toi} sẽ không gửi nhắc nhở hay thông báo nào cho {xung_ho} nữa. ' +
  'Kết quả học vẫn được giữ nguyên.\nKhi muốn nhận lại, {xung_ho} gõ "bắt đầu lại" nhé ạ.';
const RESUMED =
  '🔔 Đã bật lại. {toi} sẽ tiếp tục gửi nhắc học và thông báo của tổ công nghệ số cho {xung_ho}. ' +
  'Gõ "menu" để xem bài học ạ.';

/** Turns reminders and broadcasts off or back on, and says so. */
function subscribe(learner: Learner, subscribed: boolean, text: string): Decision {
  return { learner: { ...learner, subscribed }, reply: say(text, learner) };
}

function keepGoing(learner: Learner, ctx: TurnContext): Decision {
  const questionOf = (item: { lessonId: string; questionId: string }) =>
    ctx.content.lesson(item.lessonId)?.quiz.find((q) => q.id === item.questionId);
  const view = currentView(learner, ctx.content.lesson, questionOf);
  const text = 'Dạ vâng, {toi} vẫn nhắn tin cho {xung_ho} như cũ ạ.';
  if (view) return { learner: view.learner, reply: [...say(`${text} Mình làm tiếp nhé:`, learner), ...view.reply] };
  return { reply: say(`${text} {xung_ho} gõ "menu" để học, hoặc cứ gõ câu hỏi nhé.`, learner) };
}

/**
 * STOP works everywhere, even inside a lesson: no reminders or broadcasts until the learner
 * types "bắt đầu lại". Lesson progress is kept. The words are in `flows/stop.yaml`: explicit
 * ones stop at once; an ambiguous "dung" is a yes to a yes/no question, and elsewhere asks once.
 */
export function stopFeature(): Feature {
  return {
    name: 'stop',
    decide(ctx) {
      const { learner } = ctx;
      if (ctx.inbound.kind === 'unfollow') {
        return { learner: { ...learner, subscribed: false }, reply: [] };
      }
      if (ctx.command === 'stop') return subscribe(learner, false, STOPPED);
      if (ctx.command === 'stop-cancel') return keepGoing(learner, ctx);
      if (ctx.command === 'subscribe') return subscribe(learner, true, RESUMED);
      const typed = ctx.inbound.kind === 'text' && ctx.command === undefined && ctx.payload === undefined;
      if (typed && ctx.answer === undefined && isAmbiguousStop(ctx.folded, ctx.content.talk)) return askFirst(learner);
      const asked = learner.lastChoices?.some((c) => c.payload === STOP) ?? false;
      if (typed && asked && ctx.answer === undefined && unclearAtStopQuestion(ctx.folded, ctx.content.talk))
        return askFirst(learner, ASK_AGAIN);
      if (typed && asked && ctx.answer === undefined && keepAtStopQuestion(ctx.folded, ctx.content.talk))
        return keepGoing(learner, ctx);
      return undefined;
    },
  };
}
