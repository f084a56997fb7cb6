import type { ContentProblem } from '../../../core/errors.ts';
import type { HandoffFailure } from '../actions.ts';
import type { QuestionView } from '../question.ts';
import { forbidden } from '../../../web/error-pages.ts';
import { html } from '../../../web/html.ts';
import { redirect } from '../../../web/http-io.ts';
import { renderQuestion } from './question-page.ts';
import type { PageContext, PageHandler } from '../../../web/web-context.ts';

/** Why an action did not happen, for the person who tried it. */
const FAILURES: Record<
  Exclude<HandoffFailure, 'not_found' | 'forbidden'>,
  { status: number; text: (v?: QuestionView) => string }
> = {
  closed: { status: 409, text: () => 'Câu hỏi này đã đóng rồi.' },
  taken: { status: 409, text: (v) => `Câu hỏi này đã có ${v?.claimerName ?? 'người khác'} nhận rồi. Cảm ơn bạn!` },
  not_claimer: { status: 409, text: () => 'Câu hỏi này đang do người khác trả lời.' },
  rate_limited: {
    status: 429,
    text: () => 'Bạn đã gửi nhiều tin nhắn quá trong một giờ. Vui lòng chờ một lát rồi gửi tiếp.',
  },
  empty: { status: 422, text: () => 'Chưa có nội dung để gửi.' },
  no_answer: { status: 409, text: () => 'Câu hỏi chưa có câu trả lời nào, nên chưa thêm vào kho kiến thức được.' },
  already: {
    status: 409,
    text: (v) => (v?.draft ? 'Câu hỏi này đã có bản nháp kho kiến thức rồi.' : 'Việc này đã làm rồi.'),
  },
  invalid: { status: 422, text: () => 'Không thực hiện được yêu cầu này. Vui lòng tải lại trang rồi thử lại.' },
};

const NOT_YOURS = 'Câu hỏi này không thuộc phường, xã của bạn, hoặc không còn nữa.';

type Failed = { ok: false; reason: HandoffFailure; view?: QuestionView; problems?: ContentProblem[] };

/** Shows the question again with what went wrong, keeping a typed answer; another ward's question is 403. */
async function failed(ctx: PageContext, id: string, r: Failed, text?: string): Promise<void> {
  if (r.reason === 'not_found' || r.reason === 'forbidden') return forbidden(ctx, NOT_YOURS);
  const q = await ctx.deps.app.handoff.view(id, ctx.viewer.learner);
  if (!q) return forbidden(ctx, NOT_YOURS);
  const f = FAILURES[r.reason];
  const problems = r.problems?.length ? html`<br>${r.problems.map((p) => html`<code>${p.message}</code> `)}` : '';
  await renderQuestion(ctx, q, f.status, {
    notice: { ok: false, text: html`${f.text(r.view ?? q)}${problems}` },
    ...(text !== undefined ? { text } : {}),
  });
}

const idOf = (ctx: PageContext) => ctx.form.get('id') ?? '';
const done = (ctx: PageContext, id: string, ok: string) =>
  redirect(ctx.res, `/admin/questions/view?id=${encodeURIComponent(id)}&ok=${ok}`);

/** A button that needs only the question: the service's call, then the page with what was done (or what failed). */
const byQuestion =
  (act: 'claim' | 'close' | 'promote', ok: string): PageHandler =>
  async (ctx) => {
    const id = idOf(ctx);
    const r = await ctx.deps.app.handoff[act](id, ctx.viewer.learner, ctx.deps.app.clock());
    return r.ok ? done(ctx, id, ok) : failed(ctx, id, r);
  };

/** POST handlers of the question page, each a call of the handoff service (which checks the role again). */
export const questionActions: Record<string, PageHandler> = {
  '/admin/questions/claim': byQuestion('claim', 'claimed'),
  '/admin/questions/answer': async (ctx) => {
    const id = idOf(ctx);
    const text = ctx.form.get('text') ?? '';
    const r = await ctx.deps.app.handoff.answer(id, ctx.viewer.learner, text, ctx.deps.app.clock());
    return r.ok ? done(ctx, id, r.redacted.length ? 'redacted' : 'answered') : failed(ctx, id, r, text);
  },
  '/admin/questions/close': byQuestion('close', 'closed'),
  '/admin/questions/pass': async (ctx) => {
    const id = idOf(ctx);
    const r = await ctx.deps.app.handoff.pass(
      id,
      ctx.viewer.learner,
      ctx.form.get('target') ?? '',
      ctx.deps.app.clock(),
    );
    return r.ok ? redirect(ctx.res, '/admin/questions?ok=passed') : failed(ctx, id, r);
  },
  '/admin/questions/promote': byQuestion('promote', 'promoted'),
};
