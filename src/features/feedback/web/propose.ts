import { localTime } from '../../../core/time/local-day.ts';
import { allowedWard } from '../../../web/access.ts';
import { forbidden } from '../../../web/error-pages.ts';
import { html } from '../../../web/html.ts';
import { redirect } from '../../../web/http-io.ts';
import type { PageContext } from '../../../web/web-context.ts';
import { betterAnswerDraft } from '../better-answer.ts';
import { readFeedback } from '../report.ts';
import { renderFeedback } from './feedback-page.ts';

/** Where a proposal's `source:` points when the rated answer had no entry. */
const MOVEMENT_SITE = 'https://binhdanhocvuso.gov.vn';

/**
 * One click from a 👎 entry to a knowledge draft: the team's better answer and the 👎 questions,
 * written to the drafts folder that `hocvuso knowledge review` reads. Only for the viewer's ward.
 */
export async function proposeBetterAnswer(ctx: PageContext): Promise<void> {
  const ward = allowedWard(ctx.viewer, ctx.deps.app.policy, ctx.form.get('ward'));
  if (!ward) return forbidden(ctx);
  const { store, content, config, drafts, clock } = ctx.deps.app;
  const key = ctx.form.get('entry') ?? '';
  const tally = (await readFeedback(store, ward)).entries.find((e) => e.key === key && e.down > 0);
  const fail = (text: string) => renderFeedback(ctx, 422, { ok: false, text });
  if (!tally) return fail('Mục này chưa có lượt 👎 nào ở phường, xã đang xem.');
  const answer = (ctx.form.get('answer') ?? '').trim();
  if (answer === '') return fail('Chưa có nội dung câu trả lời để gửi.');
  const now = clock();
  const { day, minute } = localTime(now, config.TIMEZONE);
  const stamp = `${day.replace(/-/g, '')}-${String(Math.floor(minute / 60)).padStart(2, '0')}${String(minute % 60).padStart(2, '0')}`;
  const entry = content.knowledge.find((e) => e.id === key);
  const draft = betterAnswerDraft({
    tally,
    ...(entry ? { entry } : {}),
    answer,
    author: ctx.viewer.name,
    today: day,
    stamp,
    fallbackSource: config.PUBLIC_URL ?? MOVEMENT_SITE,
  });
  if (!draft.ok)
    return renderFeedback(ctx, 422, {
      ok: false,
      text: html`Chưa tạo được bản nháp: ${draft.problems.map((p) => html`<code>${p.message}</code> `)}`,
    });
  try {
    await drafts.write(draft.name, draft.text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return fail('Mục này vừa có một đề xuất trong phút này. Vui lòng chờ một phút rồi gửi lại.');
  }
  await ctx.deps.app.audit.record({
    at: now.toISOString(),
    actor: ctx.viewer.learner.id,
    action: 'feedback.propose',
    target: ward,
    detail: { draft: draft.name },
  });
  const params = new URLSearchParams({
    ...(ctx.viewer.role === 'admin' ? { ward } : {}),
    ok: 'proposed',
    draft: draft.name,
  });
  redirect(ctx.res, `/admin/feedback?${params.toString()}`);
}
