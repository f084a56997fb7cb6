import { personalize } from '../../core/flows/personalize.ts';
import { rememberChoices } from '../../core/flows/remember-choices.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { LearnerRepo } from '../../core/learners/learner-repo.ts';
import type { Reply } from '../../core/message.ts';
import { BroadcastError } from './error.ts';
import { confirmChoices, type BroadcastDraft } from './draft.ts';
import { cancelChoice } from './handlers.ts';
import { planText, type SendPlan } from './plan.ts';
import { formatCount } from './report.ts';
import type { BroadcastService } from './service.ts';
import { sayWhen } from './send-time.ts';

/** The I/O half of the chat conversation, run in `after()` once the draft state was saved. */
export interface BroadcastActionDeps {
  broadcasts: BroadcastService;
  learners: LearnerRepo;
  clock: () => Date;
  timezone: string;
}

const isPlan = (p: unknown): p is SendPlan => typeof p === 'object' && p !== null && 'total' in p;

const text = (learner: Learner, t: string): Reply => [{ type: 'text', text: personalize(t, learner) }];

/** Refusals in words; anything else is a real failure and goes up. */
function explain(learner: Learner, error: unknown): Reply {
  if (!(error instanceof BroadcastError)) throw error;
  switch (error.reason) {
    case 'not_allowed':
      return text(
        learner,
        'Xin lỗi, {xung_ho} chỉ gửi được thông báo cho người học ở phường, xã của mình, và chỉ người soạn thông báo ' +
          'hoặc quản trị viên mới dừng được ạ.',
      );
    case 'not_found':
      return text(learner, 'Không tìm thấy thông báo này ạ. Gõ /guitin để soạn thông báo mới.');
    case 'bad_state':
      return text(learner, 'Thông báo này đã gửi xong hoặc đã dừng rồi ạ.');
    case 'bad_content':
      return text(learner, `Nội dung chưa gửi được: ${error.message} Gõ /guitin để soạn lại nhé.`);
    case 'bad_time':
      return text(learner, 'Chỉ hẹn được một thời điểm sắp tới, trong vòng 30 ngày ạ.');
  }
}

/** Sends a reply with buttons and remembers them, so a typed number selects one on every channel. */
async function withChoices(deps: BroadcastActionDeps, learner: Learner, reply: Reply): Promise<Reply> {
  await deps.learners.update(learner.id, deps.clock(), (l) => rememberChoices(l, reply));
  return reply;
}

/** The broadcast a confirmed draft asks for; undefined while it lacks its content or audience. */
const requestOf = (draft: BroadcastDraft) =>
  draft.content && draft.audience ? { id: draft.id, ...draft.content, audience: draft.audience } : undefined;

export function createBroadcastActions(deps: BroadcastActionDeps) {
  const zone = (l: Learner) => l.timezone ?? deps.timezone;
  return {
    /** Under the preview: how many people it will reach, and what to do next. */
    async recipients(learner: Learner, draft: BroadcastDraft): Promise<Reply> {
      if (!draft.audience) return [];
      const plan = await deps.broadcasts
        .plan(learner, draft.audience, draft.content ?? { text: '' }, deps.clock())
        .catch((e: unknown) => e);
      if (!isPlan(plan)) return explain(learner, plan);
      const n = plan.total;
      const who = deps.broadcasts.describe(draft.audience, learner);
      const body =
        n > 0
          ? `👥 Sẽ gửi tới ${formatCount(n)} người: ${who}.\n📊 ${planText(plan)}\n` +
            '(Người đã gõ "dừng" sẽ không nhận.)\n{xung_ho} gửi ngay hay hẹn giờ gửi ạ?'
          : `Hiện chưa có ai trong nhóm “${who}” ạ. {xung_ho} chọn nhóm người nhận khác nhé.`;
      return withChoices(deps, learner, [
        { type: 'choices', text: personalize(body, learner), choices: confirmChoices(n) },
      ]);
    },
    async sendNow(learner: Learner, draft: BroadcastDraft): Promise<Reply> {
      const request = requestOf(draft);
      if (!request) return [];
      try {
        const now = deps.clock();
        const created = await deps.broadcasts.create(learner, request, now);
        const b = await deps.broadcasts.start(learner, created.id, now);
        const body =
          `✅ Đã bắt đầu gửi thông báo tới ${formatCount(b.total ?? 0)} người (${b.audienceLabel}).\n` +
          '{toi} sẽ báo tiến độ và gửi kết quả khi xong ạ. Muốn dừng, bấm nút dưới đây hoặc gõ "dừng gửi".';
        return withChoices(deps, learner, [
          { type: 'choices', text: personalize(body, learner), choices: [cancelChoice(b.id)] },
        ]);
      } catch (error) {
        return explain(learner, error);
      }
    },
    async scheduleAt(learner: Learner, draft: BroadcastDraft, at: Date): Promise<Reply> {
      const request = requestOf(draft);
      if (!request) return [];
      try {
        const now = deps.clock();
        const created = await deps.broadcasts.create(learner, request, now);
        const b = await deps.broadcasts.schedule(learner, created.id, at, now);
        const n = await deps.broadcasts.count(learner, b.audience, now);
        const body =
          `⏰ Đã hẹn gửi lúc ${sayWhen(at, now, zone(learner))} tới khoảng ${formatCount(n)} người ` +
          `(${b.audienceLabel}).\nMuốn hủy lịch, bấm nút dưới đây.`;
        return withChoices(deps, learner, [
          {
            type: 'choices',
            text: personalize(body, learner),
            choices: [{ label: '❌ Hủy lịch gửi', payload: cancelChoice(b.id).payload }],
          },
        ]);
      } catch (error) {
        return explain(learner, error);
      }
    },
    async cancel(learner: Learner, id: string | undefined): Promise<Reply> {
      try {
        const now = deps.clock();
        const target =
          id ??
          (await deps.broadcasts.list(50)).find(
            (b) =>
              b.sender === learner.id &&
              (b.status === 'sending' || b.status === 'preparing' || b.status === 'scheduled'),
          )?.id;
        if (!target) return text(learner, 'Hiện không có thông báo nào của {xung_ho} đang gửi hoặc chờ gửi ạ.');
        const b = await deps.broadcasts.cancel(learner, target, now);
        if (b.startedAt === undefined) return text(learner, '❌ Đã hủy lịch gửi. Sẽ không có tin nào được gửi đi ạ.');
        const r = await deps.broadcasts.report(target);
        return text(
          learner,
          `⏹ Đã dừng gửi. Đã gửi tới ${formatCount(r?.delivered ?? 0)}/${formatCount(r?.total ?? 0)} người; những ` +
            'người còn lại sẽ không nhận. {toi} sẽ gửi kết quả ngay sau đây ạ.',
        );
      } catch (error) {
        return explain(learner, error);
      }
    },
  };
}

export type BroadcastActions = ReturnType<typeof createBroadcastActions>;
