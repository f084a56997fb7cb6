import type { Content } from '../../core/content/content.ts';
import { command, encodePayload } from '../../core/flows/payload.ts';
import { personalize } from '../../core/flows/personalize.ts';
import { rememberChoices } from '../../core/flows/remember-choices.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { Reply } from '../../core/message.ts';
import type { Decision, Feature, TurnContext } from '../../core/router/feature.ts';
import { looksLikeQuestion } from '../../core/text/looks-like-question.ts';
import { parseName } from './name.ts';
import { type CertificateState, certificateState, withCertificateState } from './record.ts';
import type { CertificateService } from './service.ts';

const SKIP = new Set(['bo qua', 'khong', 'thoi', 'de sau', 'khong can', 'luc khac', 'sau nhe', 'thoi khoi']);
/** Chat words that are never a name: "cảm ơn cháu" goes on to small talk, not onto the certificate. */
const NOT_NAME = /\b(chau|cam on|bai|hoc|sao|gi|nao|khong|nhe|nha|roi|duoc|lam)\b/;
const YES = new Set(['dung', 'dung roi', 'dung vay', 'u', 'uh', 'u dung', 'vang', 'da', 'da dung', 'ok', 'co', 'phai']);

export const ASK_NAME =
  '{xung_ho} muốn ghi tên gì trên giấy chứng nhận ạ? {xung_ho} gõ họ và tên, ví dụ: Nguyễn Thị Hoa. ' +
  '(Chỉ cần tên thôi ạ, không cần số điện thoại hay số căn cước. Gõ “bỏ qua” nếu chưa muốn.)';

/** At most 60 characters, cut between words. */
function shortLabel(label: string, max = 60): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s:,;–-]+$/, '')}…`;
}

/** The first few titles, then how many more. */
const named = (titles: string[]) =>
  titles.length <= 3 ? titles.join('; ') : `${titles.slice(0, 3).join('; ')} và ${titles.length - 3} bài nữa`;

const text = (learner: Learner, t: string): Reply => [{ type: 'text', text: personalize(t, learner) }];

export function allLessonsDone(learner: Learner, content: Content): boolean {
  return content.lessons.length > 0 && content.lessons.every((l) => learner.lessons[l.id]?.completedAt);
}

/** Sets the state and, when every lesson is done and a name is known, issues the course certificate. */
function issueCourse(service: CertificateService, learner: Learner, state: CertificateState): Decision {
  const code = state.course ?? service.codeOf(learner, { kind: 'course' });
  const { asking: _a, pendingName: _p, ...kept } = state;
  return {
    learner: withCertificateState(learner, { ...kept, course: code }),
    reply: [],
    after: (saved) => service.send(saved, { kind: 'course' }, code),
  };
}

function askName(learner: Learner, state: CertificateState, intro = ''): Decision {
  const { pendingName: _p, ...kept } = state;
  return {
    learner: withCertificateState(learner, { ...kept, asking: 'name' }),
    reply: text(learner, intro + ASK_NAME),
  };
}

function confirmName(learner: Learner, state: CertificateState, name: string): Decision {
  const reply: Reply = [
    {
      type: 'choices',
      text: personalize(`{toi} sẽ ghi trên giấy: “${name}”. Đúng chưa ạ?`, learner),
      choices: [
        { label: '✅ Đúng, in giấy', payload: command('certificate', 'ok') },
        { label: '✏️ Gõ lại tên', payload: command('certificate', 'again') },
      ],
    },
  ];
  const next = withCertificateState(learner, { ...state, asking: 'confirm', pendingName: name });
  return { learner: rememberChoices(next, reply), reply };
}

/** "chứng nhận": the certificate when earned, otherwise how far the learner is and what is left. */
function show(ctx: TurnContext, service: CertificateService): Decision {
  const { learner, content } = ctx;
  const state = certificateState(learner);
  if (allLessonsDone(learner, content))
    return state.name ? issueCourse(service, learner, state) : askName(learner, state);
  const left = content.lessons.filter((l) => !learner.lessons[l.id]?.completedAt);
  const done = content.lessons.length - left.length;
  const badges = Object.keys(state.badges ?? {}).length;
  const next = left[0]!;
  const reply: Reply = [
    {
      type: 'choices',
      text: personalize(
        `{xung_ho} đã học xong ${done}/${content.lessons.length} bài${badges ? ` và có ${badges} huy hiệu` : ''}. ` +
          `Học xong cả ${content.lessons.length} bài, {toi} sẽ gửi {xung_ho} giấy chứng nhận có mã xác minh ạ. ` +
          `Còn ${left.length} bài: ${named(left.map((l) => l.title))}.`,
        learner,
      ),
      choices: [
        {
          label: shortLabel(`📘 Học bài: ${next.title}`),
          payload: encodePayload({ kind: 'lesson', lessonId: next.id }),
        },
        { label: '📚 Menu', payload: command('menu') },
      ],
    },
  ];
  return { learner: rememberChoices(learner, reply), reply };
}

/**
 * Runs before "dừng": while the printed name waits for a yes, a bare "dung" (đúng or dừng, typed
 * without diacritics) or "ừ", "vâng" confirms it, instead of unsubscribing the learner.
 */
export function certificateConfirmFeature(service: CertificateService): Feature {
  return {
    name: 'certificate-confirm',
    decide(ctx) {
      const state = certificateState(ctx.learner);
      if (state.asking !== 'confirm' || !state.pendingName || ctx.payload || !YES.has(ctx.folded)) return undefined;
      if (!allLessonsDone(ctx.learner, ctx.content)) return undefined;
      return issueCourse(service, ctx.learner, { ...state, name: state.pendingName });
    },
  };
}

/**
 * The certificate in chat: "chứng nhận" / "giấy chứng nhận" asks for it, and while the name for it
 * is being asked, a plain name typed (or "bỏ qua") is taken here before any other feature.
 */
export function certificateFeature(service: CertificateService): Feature {
  return {
    name: 'certificate',
    commands: {
      certificate: [
        'chung nhan',
        'giay chung nhan',
        'xem chung nhan',
        'nhan chung nhan',
        'in chung nhan',
        'xem giay chung nhan',
        'chung chi',
        'huy hieu',
        'xem huy hieu',
      ],
    },
    decide(ctx) {
      const { learner, payload } = ctx;
      const state = certificateState(learner);
      if (payload?.kind === 'command' && payload.name === 'certificate') {
        if (payload.arg === 'ok' && state.pendingName && allLessonsDone(learner, ctx.content))
          return issueCourse(service, learner, { ...state, name: state.pendingName });
        if (payload.arg === 'again') return askName(learner, state);
        return show(ctx, service);
      }
      if (ctx.command === 'certificate') return show(ctx, service);
      if (!state.asking || ctx.command || payload || ctx.text === '') return undefined;
      if (SKIP.has(ctx.folded)) {
        const { asking: _a, pendingName: _p, ...kept } = state;
        return {
          learner: withCertificateState(learner, kept),
          reply: text(learner, 'Dạ vâng. Khi nào cần, {xung_ho} gõ “chứng nhận” là {toi} làm giấy ngay ạ.'),
        };
      }
      if (NOT_NAME.test(ctx.folded)) return undefined;
      const name = parseName(ctx.text);
      if (name) return confirmName(learner, state, name);
      if (state.asking === 'name' && !looksLikeQuestion(ctx.text, ctx.folded))
        return {
          reply: text(
            learner,
            '{toi} chưa đọc được tên ạ. {xung_ho} gõ họ và tên bằng chữ thôi nhé, ví dụ: Nguyễn Thị Hoa (hoặc gõ “bỏ ' +
              'qua”).',
          ),
        };
      return undefined;
    },
  };
}
