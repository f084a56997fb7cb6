import { ALL_WARDS } from '../../../core/stats/stats-keys.ts';
import { statsCsv, targetLines } from '../stats/report.ts';
import { readTargets } from '../stats/targets.ts';
import { readWardStats, type WardStats } from '../stats/ward-stats.ts';
import { localDay } from '../../../core/time/local-day.ts';
import { allowedWard } from '../../../web/access.ts';
import { bar, trendChart } from '../../../web/charts.ts';
import { forbidden } from '../../../web/error-pages.ts';
import { html } from '../../../web/html.ts';
import { sendFile, sendHtml } from '../../../web/http-io.ts';
import { layout } from '../../../web/layout.ts';
import { wardLabel } from '../../../web/ward-label.ts';
import { wardPicker } from '../../../web/ward-picker.ts';
import type { PageContext } from '../../../web/web-context.ts';
import { oaQuotaCard } from './oa-quota-card.ts';

/** What each target line of `targetLines` is a share of, in the same order. */
const bases = (s: WardStats) => [
  { of: s.learners, unit: 'người học' },
  { of: s.learners, unit: 'người học' },
  { of: s.quizTaken, unit: 'lượt làm bài kiểm tra' },
  { of: s.learners, unit: 'người học' },
  { of: s.questionsAsked, unit: 'câu hỏi' },
];

async function load(ctx: PageContext) {
  const ward = allowedWard(ctx.viewer, ctx.deps.app.policy, ctx.url.searchParams.get('ward'));
  if (!ward) return undefined;
  const { store, clock, config } = ctx.deps.app;
  const today = localDay(clock(), config.TIMEZONE);
  const [stats, targets] = await Promise.all([readWardStats(store, ward, today), readTargets(store)]);
  return { ward, stats, targets };
}

const audit = (ctx: PageContext, action: string, ward: string) =>
  ctx.deps.app.audit.record({
    at: ctx.deps.app.clock().toISOString(),
    actor: ctx.viewer.learner.id,
    action,
    target: ward,
    detail: { web: true },
  });

/** Overview: the ward's figures against the campaign targets, the weekly trend, completions per lesson. */
export async function overviewPage(ctx: PageContext): Promise<void> {
  const data = await load(ctx);
  if (!data) return forbidden(ctx);
  const { ward, stats, targets } = data;
  await audit(ctx, 'stats.view', ward);
  const { content } = ctx.deps.app;
  const lines = targetLines(stats, targets);
  const of = bases(stats);
  const cards = lines.map((t, i) => {
    const base = of[i]!;
    const badge =
      base.of === 0
        ? html`<span class="badge plain">Chưa có số liệu</span>`
        : t.met
          ? html`<span class="badge ok">Đạt mục tiêu</span>`
          : html`<span class="badge warn">Chưa đạt</span>`;
    return html`<section class="card kpi">
<div class="label">${t.label}</div>
<div class="row"><span class="value">${t.share}%</span>${badge}</div>
<div class="meta">${t.value} / ${base.of} ${base.unit} · mục tiêu ${t.target}%</div>
${bar(t.share, { target: t.target, label: `${t.label}: ${t.share}%, mục tiêu ${t.target}%` })}
</section>`;
  });
  const perLesson = content.lessons.map((l) => {
    const n = stats.perLesson[l.id] ?? 0;
    const share = stats.learners === 0 ? 0 : Math.round((n / stats.learners) * 100);
    return html`<li><div class="row"><span class="grow">${l.title}</span><strong>${n}</strong><span class="muted">người</span></div>${bar(share, { label: `${l.title}: ${n} người học xong` })}</li>`;
  });
  const points = stats.weeks.map((w) => ({ label: `T${w.week.slice(-2)}`, a: w.active, b: w.lessonsCompleted }));
  const csvHref = `/admin/overview.csv?ward=${encodeURIComponent(ward)}`;
  const body = html`<div class="page-head">
<div><h1>Tổng quan</h1><p class="muted">${wardLabel(ward, ctx.viewer, ctx.deps.app.content)} · tuần ${Number(stats.week.slice(-2))}/${stats.week.slice(0, 4)}</p></div>
${await wardPicker(ctx, ward, '/admin/overview')}
</div>
<div class="grid">
<section class="card kpi"><div class="label">Người học</div><div class="value" data-testid="learners">${stats.learners}</div>
<div class="meta">Tổng số bài đã hoàn thành: <strong data-testid="lessons-completed">${stats.lessonsCompleted}</strong></div></section>
${cards}
${await oaQuotaCard(ctx)}
</div>
<div class="two">
<section class="card"><h2>Xu hướng 8 tuần</h2>
${trendChart(points, 'Số người học hoạt động và số bài hoàn thành theo tuần')}
<p class="legend"><span><span class="dot a"></span>Người học hoạt động</span><span><span class="dot b"></span>Bài học hoàn thành</span></p></section>
<section class="card"><h2>Số người học xong từng bài</h2><ul class="list">${perLesson}</ul></section>
</div>
<section class="card"><div class="row"><span class="grow">Tải số liệu dạng bảng tính (CSV) để báo cáo.</span><a class="btn secondary" href="${csvHref}">Tải CSV</a></div>
<p class="legend"><span><span class="dot t"></span>Vạch màu cam: mục tiêu do quản trị viên đặt</span></p></section>`;
  sendHtml(ctx.res, 200, layout({ title: 'Tổng quan', active: 'overview', viewer: ctx.viewer, csrf: ctx.csrf }, body));
}

/** The same figures as the chat's "/thongke csv". */
export async function overviewCsv(ctx: PageContext): Promise<void> {
  const data = await load(ctx);
  if (!data) return forbidden(ctx);
  await audit(ctx, 'stats.export', data.ward);
  const name = `thong-ke-${data.ward === ALL_WARDS ? 'tat-ca' : data.ward}-${data.stats.week}.csv`;
  // A BOM makes spreadsheet programs read the Vietnamese text as UTF-8.
  sendFile(ctx.res, 'text/csv; charset=utf-8', `\uFEFF${statsCsv(data.stats, data.targets, ctx.deps.app.content)}`, {
    filename: name,
  });
}
