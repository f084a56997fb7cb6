import { ALL_WARDS } from '../../../core/stats/stats-keys.ts';
import { allowedWard } from '../../../web/access.ts';
import { forbidden } from '../../../web/error-pages.ts';
import { viDateTime } from '../../../web/format.ts';
import { html, type SafeHtml } from '../../../web/html.ts';
import { sendFile, sendHtml } from '../../../web/http-io.ts';
import { layout } from '../../../web/layout.ts';
import { noticeHtml, type Notice } from '../../../web/notice.ts';
import { wardLabel } from '../../../web/ward-label.ts';
import { wardPicker } from '../../../web/ward-picker.ts';
import type { PageContext } from '../../../web/web-context.ts';
import { experimentsCsv } from '../csv.ts';
import { type ArmReport, type ExperimentReport, readExperiments } from '../report.ts';
import { ALPHA, MIN_PER_ARM, type Share } from '../stop-rule.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** "52% (26/50)" over "KTC 95%: 38–65%", or a dash when nothing was counted. */
function shareHtml(label: string, s: Share, testid: string): SafeHtml {
  const value =
    s.rate === undefined
      ? html`<span class="muted">–</span>`
      : html`<strong>${pct(s.rate)}</strong> <span class="muted">(${s.count}/${s.n})</span>`;
  const interval =
    s.low === undefined || s.high === undefined
      ? ''
      : html`<div class="muted small">KTC 95%: ${pct(s.low)}–${pct(s.high)}</div>`;
  return html`<li data-testid="${testid}"><div class="row"><span class="grow">${label}</span><span>${value}</span></div>${interval}</li>`;
}

function armCard(r: ExperimentReport, a: ArmReport): SafeHtml {
  const total = r.arms.reduce((sum, x) => sum + x.weight, 0);
  const chosen = r.ended?.winner === a.id;
  return html`<section class="card" data-arm="${a.id}">
<div class="row"><h3 class="grow">${a.letter} · <code>${a.id}</code></h3>${chosen ? html`<span class="badge ok">Đã chọn</span>` : ''}</div>
<p class="muted small">Tỷ trọng ${pct(a.weight / total)}${a.letter === 'A' ? ' · phương án đối chứng' : ''}</p>
<ul class="list">
<li data-testid="n"><div class="row"><span class="grow">Số người bắt đầu (n)</span><strong>${a.started}</strong></div></li>
${shareHtml('Hoàn thành bài', a.completion, 'completion')}
${shareHtml('Đúng ngay lần đầu (kiểm tra)', a.quiz, 'quiz')}
${shareHtml('👎 trên câu trả lời', a.down, 'down')}
</ul></section>`;
}

function endForm(ctx: PageContext, r: ExperimentReport): SafeHtml {
  const suggested = r.verdict.kind === 'better' ? r.verdict.winner : 'A';
  return html`<details class="group"><summary>Kết thúc thử nghiệm và chọn một phương án</summary>
<form class="stack" method="post" action="/admin/experiments/end">
<input type="hidden" name="_csrf" value="${ctx.csrf}"><input type="hidden" name="experiment" value="${r.experiment.id}">
<fieldset><legend>Từ nay mọi người học theo phương án:</legend>
${r.arms.map((a) => html`<label class="choice"><input type="radio" name="winner" value="${a.id}"${a.letter === suggested ? html` checked` : ''}><span>${a.letter} · ${a.id}</span></label>`)}
</fieldset>
<p class="muted small">Người đang học dở bài này vẫn học tiếp phương án của mình đến hết bài, không mất chỗ đang học hay câu đã trả lời.</p>
<button class="btn danger" type="submit">Kết thúc thử nghiệm</button></form></details>`;
}

function experimentCard(ctx: PageContext, ward: string, r: ExperimentReport): SafeHtml {
  const { config } = ctx.deps.app;
  const winner = r.arms.find((a) => a.id === r.ended?.winner);
  const state = r.ended
    ? html`<span class="badge plain">Đã kết thúc</span>`
    : html`<span class="badge ${r.verdict.kind === 'waiting' ? 'warn' : 'ok'}">Đang chạy</span>`;
  const verdictClass = r.verdict.kind === 'better' ? 'ok' : r.verdict.kind === 'same' ? 'plain' : 'warn';
  return html`<section class="card" data-experiment="${r.experiment.id}">
<div class="row"><h2 class="grow">${r.title}</h2>${state}</div>
${
  r.ended && winner
    ? html`<p class="flash ok" data-testid="ended">Đã chọn phương án ${winner.letter} (<code>${winner.id}</code>) lúc ${viDateTime(r.ended.at, config.TIMEZONE)}: từ đó mọi người bắt đầu bài đều học phương án này. Người đã bắt đầu trước lúc đó vẫn được tính vào phương án họ đang học, cả khi học xong sau; người bắt đầu sau lúc đó không được tính.</p>`
    : ''
}
<p>Kết luận: <span class="badge ${verdictClass}" data-testid="verdict">${r.verdict.text}</span></p>
<p class="muted small">${r.verdict.detail}</p>
<div class="grid">${r.arms.map((a) => armCard(r, a))}</div>
${ctx.viewer.role === 'admin' && ward === ALL_WARDS && !r.ended ? endForm(ctx, r) : ''}
</section>`;
}

async function load(ctx: PageContext) {
  const ward = allowedWard(ctx.viewer, ctx.deps.app.policy, ctx.url.searchParams.get('ward'));
  if (!ward) return undefined;
  const { store, experiments, content } = ctx.deps.app;
  await experiments.refresh({ force: true });
  return { ward, reports: await readExperiments(store, experiments, content, ward) };
}

/** Renders the page; `notice` tells what ending a test did. */
export async function renderExperiments(ctx: PageContext, status = 200, notice?: Notice): Promise<void> {
  const data = await load(ctx);
  if (!data) return forbidden(ctx);
  const { ward, reports } = data;
  const csvHref = `/admin/experiments.csv?ward=${encodeURIComponent(ward)}`;
  const body = html`<div class="page-head"><div><h1>Thử nghiệm A/B</h1><p class="muted">${wardLabel(ward, ctx.viewer, ctx.deps.app.content)}</p></div>
${await wardPicker(ctx, ward, '/admin/experiments')}</div>
${noticeHtml(notice)}
<section class="card"><h2>Quy tắc dừng</h2>
<p data-testid="stop-rule">Mỗi phương án cần ít nhất <strong>${MIN_PER_ARM} người</strong> bắt đầu học. Sau đó so tỷ lệ hoàn thành bài của từng phương án với phương án A bằng kiểm định z hai tỷ lệ, mức ý nghĩa <strong>α = ${String(ALPHA).replace('.', ',')}</strong> (hai phía; chia đều α khi có hơn hai phương án). Kết luận là “Chưa đủ dữ liệu”, “Chưa khác biệt” hoặc “B tốt hơn”.</p>
<p class="muted small">KTC 95% là khoảng tin cậy Wilson. Mỗi người được chia vào một phương án cố định theo mã của họ; điểm kiểm tra tính câu trả lời đúng ngay lần đầu; 👎 tính trên các câu trả lời tự do đã gửi cho người học phương án đó.</p></section>
${reports.length ? reports.map((r) => experimentCard(ctx, ward, r)) : html`<p class="empty">Chưa có thử nghiệm nào. Cách khai báo: docs/experiments.md.</p>`}
<section class="card"><div class="row"><span class="grow">Tải số liệu dạng bảng tính (CSV): từng phương án, với khoảng tin cậy.</span><a class="btn secondary" href="${csvHref}">Tải CSV</a></div></section>`;
  sendHtml(
    ctx.res,
    status,
    layout({ title: 'Thử nghiệm A/B', active: 'experiments', viewer: ctx.viewer, csrf: ctx.csrf }, body),
  );
}

/**
 * The A/B tests of the flow files: per arm n, completion, first-try quiz score and 👎 rate with
 * 95% intervals, the stop rule and its verdict; admins end a test here. Members see their ward.
 */
export async function experimentsPage(ctx: PageContext): Promise<void> {
  const ended = ctx.url.searchParams.get('ok') === 'ended';
  await renderExperiments(ctx, 200, ended ? { ok: true, text: 'Đã kết thúc thử nghiệm.' } : undefined);
}

export async function experimentsCsvPage(ctx: PageContext): Promise<void> {
  const data = await load(ctx);
  if (!data) return forbidden(ctx);
  const name = `thu-nghiem-${data.ward === ALL_WARDS ? 'tat-ca' : data.ward}.csv`;
  sendFile(ctx.res, 'text/csv; charset=utf-8', `\uFEFF${experimentsCsv(data.reports)}`, { filename: name });
}
