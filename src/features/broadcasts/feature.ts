import type { Content } from '../../core/content/content.ts';
import { personalize } from '../../core/flows/personalize.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { ChannelName } from '../../core/message.ts';
import type { Decision, Feature, TurnContext } from '../../core/router/feature.ts';
import { ALL_WARDS } from '../../core/stats/stats-keys.ts';
import { roleOf, type RolePolicy } from '../team/roles.ts';
import { AUDIENCE_CHANNELS } from './audience.ts';
import type { Audience, AudienceFilter } from './broadcast.ts';
import type { BroadcastActions } from './actions.ts';
import {
  askAudience,
  askChannel,
  askIdle,
  askLesson,
  askText,
  askWhen,
  draftOf,
  presetTime,
  withDraft,
  type BroadcastDraft,
} from './draft.ts';
import { contentProblem, parseContent } from './message.ts';
import { broadcastIdFor, type BroadcastService } from './service.ts';
import { parseSendTime } from './send-time.ts';

export interface BroadcastFeatureDeps {
  broadcasts: Pick<BroadcastService, 'preview'>;
  actions: BroadcastActions;
  policy: RolePolicy;
  content: Content;
  timezone: string;
}

const START = /^(?:guitin|gui tin|gui thong bao|soan thong bao|soan tin)$/;
const STOP_SENDING = /^(?:dung gui|ngung gui)$/;
const DROP = /^(?:huy|huy bo|thoi|khong gui nua)$/;
/** Matches the service's default limit (`maxScheduleDays`). */
const MAX_AHEAD_MS = 30 * 86_400_000;

/**
 * "/guitin": a guided conversation for team members and admins to write a broadcast, choose
 * who gets it, see it exactly as recipients will, and send it now or at a set time; "dừng gửi"
 * or the ⏹ button stops one. The draft lives in `learner.ext.broadcastDraft` (`decide` stays
 * pure); the service calls run in `after`. Learners never see any of it.
 */
export function broadcastFeature(deps: BroadcastFeatureDeps): Feature {
  return {
    name: 'broadcasts',
    decide(ctx) {
      const { learner, folded } = ctx;
      const role = roleOf(learner, deps.policy);
      if (role === 'learner') return undefined;
      const cmd = ctx.command?.startsWith('bc-') ? ctx.command : undefined;
      const typed = ctx.inbound.kind === 'text' && ctx.payload === undefined;

      if (cmd === 'bc-cancel' || (typed && STOP_SENDING.test(folded))) {
        const id = cmd === 'bc-cancel' ? ctx.commandArg : undefined;
        return { reply: [], after: (saved) => deps.actions.cancel(saved, id) };
      }
      if ((typed && START.test(folded)) || cmd === 'bc-new') {
        return askText(learner, {
          id: broadcastIdFor(learner.id, ctx.now.toISOString()),
          step: 'text',
          startedAt: ctx.now.toISOString(),
        });
      }
      const draft = draftOf(learner, ctx.now);
      if (!draft) {
        if (!cmd) return undefined;
        return {
          learner: withDraft(learner, undefined),
          reply: [{ type: 'text', text: 'Bản nháp thông báo này không còn nữa ạ. Gõ /guitin để soạn thông báo mới.' }],
        };
      }
      if (cmd === 'bc-drop' || (typed && DROP.test(folded))) {
        return {
          learner: withDraft(learner, undefined),
          reply: [{ type: 'text', text: 'Đã hủy, không có thông báo nào được gửi ạ.' }],
        };
      }
      return cmd ? onButton(ctx, cmd, draft, role === 'admin') : onTyped(ctx, draft, role === 'admin');
    },
  };

  /** The ward filters apply to: a member's own ward; every ward for an admin. */
  function scope(learner: Learner, admin: boolean): string {
    return admin ? ALL_WARDS : learner.team!.wardCode;
  }

  /** Shows the preview exactly as recipients will get it; the recipient count follows from `after`. */
  function preview(ctx: TurnContext, draft: BroadcastDraft, audience: Audience): Decision {
    const next: BroadcastDraft = { ...draft, step: 'confirm', audience };
    const parts = deps.broadcasts.preview(ctx.learner, draft.content ?? { text: '' });
    return {
      learner: withDraft(ctx.learner, next),
      reply: [{ type: 'text', text: '👀 Xem trước: người nhận sẽ thấy đúng như sau 👇' }, ...parts],
      after: (saved) => deps.actions.recipients(saved, next),
    };
  }

  function filtered(ctx: TurnContext, draft: BroadcastDraft, admin: boolean, filter: AudienceFilter): Decision {
    return preview(ctx, draft, { ward: scope(ctx.learner, admin), filter });
  }

  /** Sends at `at`, or asks again when that moment is past (a stale button) or too far ahead. */
  function scheduleAt(ctx: TurnContext, draft: BroadcastDraft, at: Date): Decision {
    const ahead = at.getTime() - ctx.now.getTime();
    if (ahead <= 0 || ahead > MAX_AHEAD_MS) {
      const note = ahead <= 0 ? 'Giờ này đã qua rồi ạ.' : 'Chỉ hẹn được trong vòng 30 ngày tới ạ.';
      return askWhen(ctx.learner, draft, ctx.now, ctx.learner.timezone ?? deps.timezone, note);
    }
    return {
      learner: withDraft(ctx.learner, undefined),
      reply: [],
      after: (saved) => deps.actions.scheduleAt(saved, draft, at),
    };
  }

  function onButton(ctx: TurnContext, cmd: string, draft: BroadcastDraft, admin: boolean): Decision {
    const { learner, commandArg: arg } = ctx;
    // A button from before the text was written (an old message): write it first.
    if (!draft.content && cmd !== 'bc-edit') return askText(learner, draft);
    switch (cmd) {
      case 'bc-aud':
        if (arg === 'ward' && learner.team) return preview(ctx, draft, { ward: learner.team.wardCode });
        if (arg === 'all' && admin) return preview(ctx, draft, { ward: ALL_WARDS });
        if (arg === 'all')
          return askAudience(learner, draft, admin, 'Chỉ quản trị viên mới gửi được cho tất cả các phường, xã ạ.');
        if (arg === 'lesson') return askLesson(learner, draft, deps.content);
        if (arg === 'idle') return askIdle(learner, draft);
        if (arg === 'chan') return askChannel(learner, draft);
        return askAudience(learner, draft, admin);
      case 'bc-lesson':
        return arg && deps.content.lesson(arg)
          ? filtered(ctx, draft, admin, { kind: 'not-finished', lessonId: arg })
          : askLesson(learner, draft, deps.content);
      case 'bc-idle':
        return idle(ctx, draft, admin, Number(arg));
      case 'bc-chan': {
        const channel = AUDIENCE_CHANNELS.find((c) => c.channel === arg)?.channel;
        return channel
          ? filtered(ctx, draft, admin, { kind: 'channel', channel: channel as ChannelName })
          : askChannel(learner, draft);
      }
      case 'bc-edit':
        return askText(learner, draft);
      case 'bc-send':
        if (draft.step !== 'confirm' && draft.step !== 'when') return askAudience(learner, draft, admin);
        return {
          learner: withDraft(learner, undefined),
          reply: [],
          after: (saved) => deps.actions.sendNow(saved, draft),
        };
      case 'bc-when':
        return askWhen(learner, draft, ctx.now, learner.timezone ?? deps.timezone);
      case 'bc-at': {
        const at = presetTime(arg);
        if (!at || (draft.step !== 'when' && draft.step !== 'confirm'))
          return askWhen(learner, draft, ctx.now, learner.timezone ?? deps.timezone);
        return scheduleAt(ctx, draft, at);
      }
      default:
        return askAudience(learner, draft, admin);
    }
  }

  function idle(ctx: TurnContext, draft: BroadcastDraft, admin: boolean, days: number): Decision {
    if (!Number.isInteger(days) || days < 1 || days > 365) return askIdle(ctx.learner, draft);
    return filtered(ctx, draft, admin, { kind: 'inactive', days });
  }

  function onTyped(ctx: TurnContext, draft: BroadcastDraft, admin: boolean): Decision | undefined {
    const { learner } = ctx;
    // Another feature's command ("menu", "/thongke"): let it through, the draft waits.
    if (ctx.command !== undefined || ctx.payload !== undefined || ctx.text.startsWith('/')) return undefined;
    const zone = learner.timezone ?? deps.timezone;
    switch (draft.step) {
      case 'text': {
        if (ctx.inbound.kind !== 'text' || ctx.text === '') {
          return askText(learner, draft);
        }
        const content = parseContent(ctx.text);
        const problem = contentProblem(content);
        if (problem)
          return {
            learner: withDraft(learner, draft),
            reply: [{ type: 'text', text: personalize(`${problem} {xung_ho} gõ lại giúp {toi} nhé.`, learner) }],
          };
        return askAudience(learner, { ...draft, content }, admin);
      }
      case 'idle': {
        const days = ctx.folded.match(/^(\d{1,3})(?: ngay)?$/)?.[1];
        return days ? idle(ctx, draft, admin, Number(days)) : askIdle(learner, draft);
      }
      case 'confirm':
      case 'when': {
        if (/^gui ngay$/.test(ctx.folded)) return onButton(ctx, 'bc-send', draft, admin);
        const when = parseSendTime(ctx.text, ctx.now, zone);
        if (when && 'at' in when) return scheduleAt(ctx, draft, when.at);
        const note =
          when?.error === 'past'
            ? 'Giờ này đã qua rồi ạ.'
            : when || draft.step === 'when'
              ? '{toi} chưa đọc được giờ này ạ.'
              : undefined;
        return askWhen(learner, draft, ctx.now, zone, note);
      }
      case 'audience':
        return askAudience(learner, draft, admin);
      case 'lesson':
        return askLesson(learner, draft, deps.content);
      case 'channel':
        return askChannel(learner, draft);
    }
  }
}
