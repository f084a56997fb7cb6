import type { Audience, BroadcastContent } from '../broadcast.ts';
import { BroadcastError } from '../error.ts';
import { contentProblem } from '../message.ts';
import { planText, type SendPlan } from '../plan.ts';
import { formatCount } from '../report.ts';
import { broadcastIdFor } from '../service.ts';
import { allowedWard } from '../../../web/access.ts';
import { composeForm } from './form.ts';
import { appsFor, messagePreview } from './preview.ts';
import {
  audienceOf,
  contentOf,
  emptyValues,
  hiddenValues,
  localInput,
  toLocalInput,
  tomorrowMorning,
  valuesOf,
  type ComposeValues,
} from './values.ts';
import { REFUSALS } from './words.ts';
import { forbidden, notFound } from '../../../web/error-pages.ts';
import { html } from '../../../web/html.ts';
import { redirect, sendHtml } from '../../../web/http-io.ts';
import { layout } from '../../../web/layout.ts';
import { noticeHtml } from '../../../web/notice.ts';
import { randomId } from '../../../web/signing.ts';
import type { PageContext } from '../../../web/web-context.ts';

const page = (ctx: PageContext, status: number, title: string, body: ReturnType<typeof html>) =>
  sendHtml(
    ctx.res,
    status,
    layout(
      { title, active: 'broadcasts', viewer: ctx.viewer, csrf: ctx.csrf },
      html`<p class="back"><a href="/admin/broadcasts">← Danh sách thông báo</a></p>${body}`,
    ),
  );

async function showForm(ctx: PageContext, v: ComposeValues, status = 200, error?: string): Promise<void> {
  page(
    ctx,
    status,
    'Soạn thông báo',
    html`<div class="page-head"><div><h1>Soạn thông báo</h1><p class="muted">Gửi qua trợ lý tới người học trên Telegram và Zalo, như lệnh /guitin trong khung chat.</p></div></div>
${noticeHtml(error ? { ok: false, text: error } : undefined)}${await composeForm(ctx, v)}`,
  );
}

type Checked = { v: ComposeValues; content: BroadcastContent; audience: Audience; count: number; plan: SendPlan };

/** The checks of every step: the ward (403 when tampered with), the content, then the audience through the service. */
async function check(ctx: PageContext): Promise<Checked | undefined> {
  const { broadcasts, policy, clock } = ctx.deps.app;
  const v = valuesOf(ctx.form, ctx.viewer.homeWard);
  if (!allowedWard(ctx.viewer, policy, v.ward))
    return void forbidden(ctx, 'Bạn chỉ gửi được thông báo cho người học ở phường, xã của mình.');
  const content = contentOf(v);
  const problem = contentProblem(content);
  if (problem) return void (await showForm(ctx, v, 422, problem));
  const audience = audienceOf(v);
  try {
    const plan = await broadcasts.plan(ctx.viewer.learner, audience, content, clock());
    return { v, content, audience, count: plan.total, plan };
  } catch (error) {
    if (!(error instanceof BroadcastError)) throw error;
    if (error.reason === 'not_allowed') return void forbidden(ctx, REFUSALS.not_allowed);
    return void (await showForm(ctx, v, 422, REFUSALS[error.reason]));
  }
}

/** Step 2: the message as each app shows it, how many people it reaches, send now or at a time. */
function showPreview(ctx: PageContext, c: Checked, status = 200, error?: string): void {
  const { broadcasts, clock, config } = ctx.deps.app;
  const now = clock();
  const tz = config.TIMEZONE;
  // A fresh id per preview: pressing "send" twice sends once, and an edited message is a new one.
  const keep = html`<input type="hidden" name="_csrf" value="${ctx.csrf}"><input type="hidden" name="draft" value="${randomId(12)}">${hiddenValues(c.v)}`;
  const n = formatCount(c.count);
  page(
    ctx,
    status,
    'Xem trước thông báo',
    html`<div class="page-head"><div><h1>Xem trước thông báo</h1><p class="muted">Kiểm tra kỹ trước khi gửi: tin đã gửi thì không thu hồi được.</p></div></div>
${noticeHtml(error ? { ok: false, text: error } : undefined)}
<section class="card"><p class="count">👥 Sẽ gửi tới <strong data-testid="recipients">${n}</strong> người</p><p>${broadcasts.describe(c.audience, ctx.viewer.learner)}.</p>
${c.count > 0 ? html`<p class="plan" data-testid="plan">${planText(c.plan)}</p>` : ''}
${c.count === 0 ? html`<p class="flash bad">Hiện chưa có ai trong nhóm này. Hãy sửa lại phần người nhận.</p>` : ''}</section>
<h2>Người nhận sẽ thấy</h2>
${messagePreview(broadcasts.preview(ctx.viewer.learner, c.content), appsFor(c.audience), ctx.deps.renderView)}
<section class="card send"><h2>Gửi đi</h2>
<form method="post" action="/admin/broadcasts/send">${keep}<input type="hidden" name="when" value="now">
<button class="btn big cta" type="submit"${c.count === 0 ? html` disabled` : ''} data-confirm="Gửi thông báo này tới ${n} người ngay bây giờ?">📤 Gửi ngay tới ${n} người</button></form>
<form method="post" action="/admin/broadcasts/send" class="schedule">${keep}<input type="hidden" name="when" value="later">
<label for="bc-at">Hoặc hẹn giờ gửi</label>
<div class="row"><input type="datetime-local" id="bc-at" name="at" required value="${toLocalInput(tomorrowMorning(now, tz), tz)}" min="${toLocalInput(now, tz)}">
<button class="btn secondary" type="submit"${c.count === 0 ? html` disabled` : ''}>⏰ Hẹn giờ gửi</button></div>
<p class="muted small">Sẵn chọn 8:00 sáng mai; có thể đổi ngày giờ (trong vòng 30 ngày).</p></form>
<form method="post" action="/admin/broadcasts/edit"><input type="hidden" name="_csrf" value="${ctx.csrf}">${hiddenValues(c.v)}<button class="btn secondary" type="submit">✏️ Sửa lại</button></form>
</section>`,
  );
}

export const composePage = (ctx: PageContext) => showForm(ctx, emptyValues(ctx.viewer.homeWard));

export const composeEdit = (ctx: PageContext) => showForm(ctx, valuesOf(ctx.form, ctx.viewer.homeWard));

export async function composePreview(ctx: PageContext): Promise<void> {
  const c = await check(ctx);
  if (c) showPreview(ctx, c);
}

/** Creates the broadcast through the service, then starts it or schedules it: the chat's "/guitin" does the same. */
export async function composeSend(ctx: PageContext): Promise<void> {
  const c = await check(ctx);
  if (!c) return;
  const { broadcasts, clock, config } = ctx.deps.app;
  const now = clock();
  const later = ctx.form.get('when') === 'later';
  const at = later ? localInput(ctx.form.get('at') ?? '', config.TIMEZONE) : undefined;
  if (later && (!at || at.getTime() <= now.getTime())) return showPreview(ctx, c, 422, REFUSALS.bad_time);
  const draft = ctx.form.get('draft') ?? '';
  const actor = ctx.viewer.learner;
  try {
    const id = broadcastIdFor(actor.id, `web|${/^[\w-]{8,64}$/.test(draft) ? draft : randomId(12)}`);
    const created = await broadcasts.create(actor, { id, ...c.content, audience: c.audience }, now);
    const b = at
      ? await broadcasts.schedule(actor, created.id, at, now)
      : await broadcasts.start(actor, created.id, now);
    redirect(ctx.res, `/admin/broadcasts/view?id=${encodeURIComponent(b.id)}&ok=${at ? 'scheduled' : 'started'}`);
  } catch (error) {
    if (!(error instanceof BroadcastError)) throw error;
    if (error.reason === 'not_allowed') return forbidden(ctx, REFUSALS.not_allowed);
    if (error.reason === 'not_found') return notFound(ctx.res);
    showPreview(ctx, c, 409, REFUSALS[error.reason]);
  }
}
