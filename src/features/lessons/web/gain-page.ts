import { ALL_WARDS } from '../../../core/stats/stats-keys.ts';
import { allowedWard } from '../../../web/access.ts';
import { forbidden } from '../../../web/error-pages.ts';
import { html, type SafeHtml } from '../../../web/html.ts';
import { sendFile, sendHtml } from '../../../web/http-io.ts';
import { layout } from '../../../web/layout.ts';
import { wardLabel } from '../../../web/ward-label.ts';
import { wardPicker } from '../../../web/ward-picker.ts';
import type { PageContext } from '../../../web/web-context.ts';
import { learningGainCsv, percent, REVIEW_DAYS, type LessonGain, type Share } from '../gain-report.ts';

async function load(ctx: PageContext) {
  const ward = allowedWard(ctx.viewer, ctx.deps.app.policy, ctx.url.searchParams.get('ward'));
  return ward ? { ward, rows: await ctx.deps.app.learningGain.report(ward) } : undefined;
}

const shown = (s: Share) => {
  const p = percent(s);
  return p === '' ? '–' : `${p}%`;
};

function figure(name: string, testId: string, s: Share, unit: string, extra?: SafeHtml | string): SafeHtml {
  return html`<div><dt>${name}</dt><dd data-testid="${testId}">${shown(s)}</dd>
<dd class="meta" data-testid="${testId}-n">n = ${s.n} ${unit}</dd>
${extra ? html`<dd class="meta">${extra}</dd>` : ''}</div>`;
}

function lessonCard(g: LessonGain): SafeHtml {
  const days = REVIEW_DAYS.map((d) => `${d} ngày: ${shown(g.review.byDays[d]!)} (${g.review.byDays[d]!.n})`).join(
    ' · ',
  );
  return html`<section class="card" data-lesson="${g.lessonId}"><h2>${g.title}</h2>
<dl class="figures">
${figure('Trước bài (thử trước)', 'before', g.before, 'người', `${g.before.skipped} người bỏ qua`)}
${figure('Sau bài (kiểm tra)', 'after', g.after, 'người')}
${figure('Ôn tập, đúng ngay lần đầu', 'review', g.review, 'câu', days)}
${figure('Tự làm được ngay', 'task', g.task, 'người', `Cần giúp: ${g.task.help} · Chưa thử: ${g.task.notTried}`)}
${figure(
  'Tự làm được sau cùng',
  'task-eventually',
  g.taskEventually,
  'người',
  `Sau khi cần giúp: ${g.taskEventually.afterHelp} · Sau khi chưa thử: ${g.taskEventually.afterNotTried}`,
)}
</dl></section>`;
}

/**
 * Learning gain per lesson: the share right in the check before the lesson, in the quiz after,
 * in spaced reviews (first try) and the share who did the real task, each with its n. Members
 * see their own ward; admins every ward or the one picked.
 */
export async function gainPage(ctx: PageContext): Promise<void> {
  const data = await load(ctx);
  if (!data) return forbidden(ctx);
  const { ward, rows } = data;
  const csvHref = `/admin/gain.csv?ward=${encodeURIComponent(ward)}`;
  const where = wardLabel(ward, ctx.viewer, ctx.deps.app.content);
  const body = html`<div class="page-head"><div><h1>Hiệu quả bài học</h1><p class="muted">${where}</p></div>
${await wardPicker(ctx, ward, '/admin/gain')}</div>
<p class="note">Trước bài: câu thử (không bắt buộc) trước khi học. Sau bài: bài kiểm tra lần đầu học xong.
Ôn tập: câu làm sai được hỏi lại sau 1, 3, 7 ngày, tính lần trả lời đầu.
Tự làm được ngay: trả lời “Đã làm được” ngay lần đầu được hỏi ở cuối bài.
Tự làm được sau cùng: cùng những người ấy, tính cả người lúc đầu trả lời “Chưa” rồi sau (khi được hỏi lại lúc ôn tập, học lại, hoặc sau khi cán bộ giúp) trả lời “Đã làm được”; mỗi người tính một lần.
n là số người (ôn tập: số câu).</p>
${rows.map(lessonCard)}
<section class="card"><div class="row">
<span class="grow">Tải số liệu dạng bảng tính (CSV): mỗi bài một dòng, kèm n.</span>
<a class="btn secondary" href="${csvHref}">Tải CSV</a></div></section>`;
  sendHtml(
    ctx.res,
    200,
    layout({ title: 'Hiệu quả bài học', active: 'gain', viewer: ctx.viewer, csrf: ctx.csrf }, body),
  );
}

export async function gainCsvPage(ctx: PageContext): Promise<void> {
  const data = await load(ctx);
  if (!data) return forbidden(ctx);
  const name = `hieu-qua-bai-hoc-${data.ward === ALL_WARDS ? 'tat-ca' : data.ward}.csv`;
  sendFile(ctx.res, 'text/csv; charset=utf-8', `\uFEFF${learningGainCsv(data.rows, data.ward)}`, { filename: name });
}
