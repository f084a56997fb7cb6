import type { Broadcast } from '../broadcast.ts';
import { BroadcastError } from '../error.ts';
import { formatCount, percent, type BroadcastReport } from '../report.ts';
import { appsFor, messagePreview } from './preview.ts';
import { broadcastBadge, isLive, mayCancel, mayView, REFUSALS } from './words.ts';
import { bar } from '../../../web/charts.ts';
import { forbidden, notFound } from '../../../web/error-pages.ts';
import { viDateTime } from '../../../web/format.ts';
import { html, type SafeHtml } from '../../../web/html.ts';
import { redirect, sendHtml } from '../../../web/http-io.ts';
import { layout } from '../../../web/layout.ts';
import { noticeHtml, type Notice } from '../../../web/notice.ts';
import type { PageContext } from '../../../web/web-context.ts';

const ID = /^[\w-]{1,40}$/;

const DONE: Record<string, string> = {
  started: 'Đã bắt đầu gửi. Trang này tự cập nhật tiến độ; kết quả cũng được gửi cho bạn trong khung chat.',
  scheduled: 'Đã hẹn giờ gửi. Có thể hủy lịch trước giờ gửi.',
  cancelled: 'Đã dừng. Những người chưa nhận sẽ không nhận thông báo này.',
};

function figures(r: BroadcastReport): SafeHtml {
  const rows: Array<[string, number, string]> = [
    ['Đã nhận', r.delivered, 'delivered'],
    ['Nhận miễn phí', r.deliveredFree, 'free'],
    ['Dùng hạn mức Zalo OA', r.deliveredWithQuota, 'with-quota'],
    ['Không gửi được', r.notSent, 'not-sent'],
    ['Đang chờ gửi', r.pending, 'pending'],
    ['Gửi lỗi', r.failed, 'failed'],
    ['Đã chặn trợ lý', r.blocked, 'blocked'],
    ['Đã tắt nhận tin (gõ “dừng”)', r.unsubscribed, 'unsubscribed'],
    ['Zalo không cho gửi tới', r.outsideWindow, 'outside-window'],
    ['Hết hạn mức Zalo OA tháng này', r.quota, 'quota'],
    ['Không gửi vì đã dừng', r.cancelled, 'cancelled'],
  ];
  return html`<dl class="figures">${rows
    .filter(([, n, key]) => n > 0 || key === 'delivered')
    .map(
      ([label, n, key]) => html`<div><dt>${label}</dt><dd data-testid="bc-${key}">${formatCount(n)}</dd></div>`,
    )}</dl>`;
}

/** The part that changes while sending; polled by the page script (a refresh without scripts). */
function live(ctx: PageContext, b: Broadcast, r: BroadcastReport): SafeHtml {
  const tz = ctx.deps.app.config.TIMEZONE;
  const settled = r.total - r.pending;
  const share = percent(settled, r.total);
  const times = [
    b.scheduledAt && !b.startedAt ? `Hẹn gửi lúc ${viDateTime(b.scheduledAt, tz)}` : '',
    b.startedAt ? `Bắt đầu gửi lúc ${viDateTime(b.startedAt, tz)}` : '',
    b.finishedAt ? `${b.status === 'cancelled' ? 'Dừng' : 'Xong'} lúc ${viDateTime(b.finishedAt, tz)}` : '',
  ].filter(Boolean);
  const cancel = mayCancel(ctx.viewer, b)
    ? html`<form method="post" action="/admin/broadcasts/cancel"><input type="hidden" name="_csrf" value="${ctx.csrf}"><input type="hidden" name="id" value="${b.id}">
<button class="btn danger" type="submit" data-confirm="${b.startedAt ? 'Dừng gửi thông báo này?' : 'Hủy lịch gửi thông báo này?'}">${b.startedAt ? '⏹ Dừng gửi' : '❌ Hủy lịch gửi'}</button></form>`
    : '';
  return html`<section class="card" id="live"${isLive(b) ? html` data-poll="${b.status === 'scheduled' ? 15000 : 2000}"` : ''} aria-live="polite">
<div class="row"><h2 class="grow">Tiến độ</h2>${broadcastBadge(b)}</div>
${
  b.startedAt
    ? html`<p class="count"><strong data-testid="bc-settled">${formatCount(settled)}</strong> / ${formatCount(r.total)} người · ${share}%</p>${bar(share, { label: `Đã xử lý ${settled} trên ${r.total} người` })}${figures(r)}`
    : html`<p>Chưa bắt đầu gửi.</p>`
}
${times.length ? html`<p class="muted small">${times.join(' · ')}</p>` : ''}
${cancel}</section>`;
}

/** GET /admin/broadcasts/view?id=…: progress that updates itself, the report, and the message as sent. */
export async function broadcastPage(ctx: PageContext, notice?: Notice, status = 200): Promise<void> {
  const { broadcasts, policy, config } = ctx.deps.app;
  const id = ctx.url.searchParams.get('id') ?? ctx.form.get('id') ?? '';
  const b = ID.test(id) ? await broadcasts.get(id) : undefined;
  if (!b) return notFound(ctx.res);
  if (!mayView(ctx.viewer, policy, b)) return forbidden(ctx, 'Thông báo này không gửi cho phường, xã của bạn.');
  const r = (await broadcasts.report(id))!;
  const done = DONE[ctx.url.searchParams.get('ok') ?? ''];
  const body = html`<p class="back"><a href="/admin/broadcasts">← Danh sách thông báo</a></p>
<div class="page-head"><div><h1>Thông báo</h1><p class="muted">${b.from} · tạo lúc ${viDateTime(b.createdAt, config.TIMEZONE)}</p></div></div>
${noticeHtml(notice ?? (done ? { ok: true, text: done } : undefined))}
<div class="two">
<div>${live(ctx, b, r)}<section class="card"><h2>Người nhận</h2><p>${b.audienceLabel}</p></section></div>
<section><h2>${b.startedAt ? 'Tin đã gửi' : 'Tin sẽ gửi'}</h2>${messagePreview(broadcasts.message(b), appsFor(b.audience), ctx.deps.renderView)}</section>
</div>`;
  sendHtml(
    ctx.res,
    status,
    layout(
      {
        title: 'Thông báo',
        active: 'broadcasts',
        viewer: ctx.viewer,
        csrf: ctx.csrf,
        ...(isLive(b) ? { refreshSeconds: 5 } : {}),
      },
      body,
    ),
  );
}

/** POST: stops a scheduled or running broadcast; the service lets only its sender or an admin. */
export async function broadcastCancel(ctx: PageContext): Promise<void> {
  const { broadcasts, clock } = ctx.deps.app;
  const id = ctx.form.get('id') ?? '';
  if (!ID.test(id)) return notFound(ctx.res);
  try {
    await broadcasts.cancel(ctx.viewer.learner, id, clock());
    redirect(ctx.res, `/admin/broadcasts/view?id=${encodeURIComponent(id)}&ok=cancelled`);
  } catch (error) {
    if (!(error instanceof BroadcastError)) throw error;
    if (error.reason === 'not_found') return notFound(ctx.res);
    if (error.reason === 'not_allowed') return forbidden(ctx, REFUSALS.not_allowed);
    await broadcastPage(ctx, { ok: false, text: REFUSALS[error.reason] }, 409);
  }
}
