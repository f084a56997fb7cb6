import { ALL_WARDS } from '../../../core/stats/stats-keys.ts';
import { allowedWard } from '../../../web/access.ts';
import { bar } from '../../../web/charts.ts';
import { forbidden } from '../../../web/error-pages.ts';
import { viDateTime } from '../../../web/format.ts';
import { html, type SafeHtml } from '../../../web/html.ts';
import { sendFile, sendHtml } from '../../../web/http-io.ts';
import { layout } from '../../../web/layout.ts';
import { noticeHtml, type Notice } from '../../../web/notice.ts';
import { wardLabel } from '../../../web/ward-label.ts';
import { knownWards, wardPicker } from '../../../web/ward-picker.ts';
import type { PageContext } from '../../../web/web-context.ts';
import { feedbackCsv } from '../csv.ts';
import { REASONS, REASON_NAMES } from '../payloads.ts';
import { readFeedback, type EntryTally, type FeedbackReport, type Tally } from '../report.ts';
import { entryTitle, KIND_NAMES, rateText } from './labels.ts';

/** Entries shown with their 👎 questions and the proposal form. */
const SHOWN = 15;

async function load(ctx: PageContext) {
  const ward = allowedWard(ctx.viewer, ctx.deps.app.policy, ctx.url.searchParams.get('ward'));
  if (!ward) return undefined;
  const { store } = ctx.deps.app;
  const report = await readFeedback(store, ward);
  // All wards: one row per ward, so the worst ward stands out.
  const wards =
    ward === ALL_WARDS
      ? (
          await Promise.all(
            (
              await knownWards(ctx)
            )
              .filter((w) => w !== ALL_WARDS)
              .map(async (w) => ({ ward: w, ...(await readFeedback(store, w, { weeks: 0 })).total })),
          )
        ).filter((w) => w.up + w.down > 0)
      : [];
  return { ward, report, wards };
}

const rateBar = (t: Tally, label: string) => bar(Math.round((t.rate ?? 0) * 100), { label, color: '#c0392b' });

function tallyRow(name: string, t: Tally): SafeHtml {
  return html`<li><div class="row"><span class="grow">${name}</span><span>👍 <strong>${t.up}</strong></span><span>👎 <strong>${t.down}</strong></span></div>
<div class="muted small">Tỷ lệ chưa hài lòng: ${rateText(t)}</div>${rateBar(t, `${name}: ${rateText(t)} chưa hài lòng`)}</li>`;
}

function entryCard(ctx: PageContext, ward: string, e: EntryTally): SafeHtml {
  const { content } = ctx.deps.app;
  const known = content.knowledge.find((k) => k.id === e.key);
  const reasons = REASONS.filter((r) => e.why[r] > 0).map(
    (r) => html`<span class="badge warn">${REASON_NAMES[r]}: ${e.why[r]}</span> `,
  );
  const downs = e.downs
    .slice(0, 5)
    .map(
      (d) =>
        html`<li><div class="q-text">“${d.question}”</div><div class="muted small">${viDateTime(d.at, ctx.deps.app.config.TIMEZONE)}</div></li>`,
    );
  return html`<section class="card" data-entry="${e.key}">
<div class="row"><h3 class="grow">${entryTitle(e.key, content)}</h3><span class="badge ${e.down > 0 ? 'bad' : 'ok'}">👎 ${e.down} · 👍 ${e.up}</span></div>
<p class="muted small">${known ? html`Mục <code>${e.key}</code> · ` : ''}Tỷ lệ chưa hài lòng: <strong>${rateText(e)}</strong> ${reasons}</p>
${downs.length ? html`<h4>Câu hỏi bị 👎</h4><ul class="list">${downs}</ul>` : ''}
${
  e.down > 0
    ? html`<details class="group"><summary>Đề xuất câu trả lời tốt hơn</summary>
<form class="stack" method="post" action="/admin/feedback/propose">
<input type="hidden" name="_csrf" value="${ctx.csrf}"><input type="hidden" name="ward" value="${ward}"><input type="hidden" name="entry" value="${e.key}">
<label for="answer-${e.key}">Câu trả lời mới (gửi vào bản nháp kho kiến thức, quản trị viên duyệt)</label>
<textarea id="answer-${e.key}" name="answer" rows="6" maxlength="900" required>${known?.answer ?? ''}</textarea>
<button class="btn" type="submit">Gửi đề xuất</button></form></details>`
    : ''
}
</section>`;
}

/** Renders the page; `notice` tells what a proposal did. */
export async function renderFeedback(ctx: PageContext, status = 200, notice?: Notice): Promise<void> {
  const data = await load(ctx);
  if (!data) return forbidden(ctx);
  const { ward, report, wards } = data;
  const { content } = ctx.deps.app;
  const csvHref = `/admin/feedback.csv?ward=${encodeURIComponent(ward)}`;
  const worst = report.entries.filter((e) => e.down > 0).slice(0, SHOWN);
  const why = REASONS.map(
    (r) => html`<span class="badge plain">${REASON_NAMES[r]}: <strong>${report.why[r]}</strong></span> `,
  );
  const body = html`<div class="page-head"><div><h1>Đánh giá câu trả lời</h1><p class="muted">${wardLabel(ward, ctx.viewer, content)}</p></div>
${await wardPicker(ctx, ward, '/admin/feedback')}</div>
${noticeHtml(notice)}
<div class="grid">
<section class="card kpi"><div class="label">👍 Hữu ích</div><div class="value" data-testid="up">${report.total.up}</div></section>
<section class="card kpi"><div class="label">👎 Chưa đúng</div><div class="value" data-testid="down">${report.total.down}</div></section>
<section class="card kpi"><div class="label">Tỷ lệ chưa hài lòng</div><div class="value" data-testid="rate">${report.total.rate === undefined ? '–' : `${Math.round(report.total.rate * 100)}%`}</div><div class="meta">${why}</div></section>
</div>
<h2>Câu trả lời bị chê nhiều nhất</h2>
${worst.length ? worst.map((e) => entryCard(ctx, ward, e)) : html`<p class="empty">Chưa có lượt 👎 nào. Người học bấm 👍/👎 dưới mỗi câu trả lời.</p>`}
<div class="two">
<section class="card"><h2>Theo loại câu trả lời</h2>${report.kinds.length ? html`<ul class="list">${report.kinds.map((k) => tallyRow(KIND_NAMES[k.kind] ?? k.kind, k))}</ul>` : html`<p class="empty">Chưa có đánh giá.</p>`}</section>
<section class="card"><h2>Theo tuần</h2>${report.weeks.length ? html`<ul class="list">${report.weeks.map((w) => tallyRow(`Tuần ${Number(w.week.slice(-2))}/${w.week.slice(0, 4)}`, w))}</ul>` : html`<p class="empty">Chưa có đánh giá.</p>`}</section>
</div>
${wards.length ? html`<section class="card"><h2>Theo phường, xã</h2><ul class="list">${wards.sort((a, b) => (b.rate ?? 0) - (a.rate ?? 0)).map((w) => tallyRow(wardLabel(w.ward, ctx.viewer, content), w))}</ul></section>` : ''}
<section class="card"><div class="row"><span class="grow">Tải số liệu dạng bảng tính (CSV): từng mục, loại câu trả lời, phường và tuần.</span><a class="btn secondary" href="${csvHref}">Tải CSV</a></div></section>`;
  sendHtml(
    ctx.res,
    status,
    layout({ title: 'Đánh giá câu trả lời', active: 'feedback', viewer: ctx.viewer, csrf: ctx.csrf }, body),
  );
}

/**
 * 👍/👎 on the tutor's answers: totals, the worst entries with their 👎 questions and a form to
 * propose a better answer, per answer kind, per week and (all wards) per ward. Members see their ward.
 */
export async function feedbackPage(ctx: PageContext): Promise<void> {
  const ok = ctx.url.searchParams.get('ok');
  const draft = ctx.url.searchParams.get('draft') ?? '';
  const notice =
    ok === 'proposed'
      ? {
          ok: true,
          text: html`Đã gửi đề xuất vào bản nháp kho kiến thức <code>${draft}</code>, chờ quản trị viên duyệt.`,
        }
      : undefined;
  await renderFeedback(ctx, 200, notice);
}

export async function feedbackCsvPage(ctx: PageContext): Promise<void> {
  const data = await load(ctx);
  if (!data) return forbidden(ctx);
  const name = `danh-gia-${data.ward === ALL_WARDS ? 'tat-ca' : data.ward}.csv`;
  sendFile(ctx.res, 'text/csv; charset=utf-8', `\uFEFF${feedbackCsv(data.report as FeedbackReport, data.wards)}`, {
    filename: name,
  });
}
