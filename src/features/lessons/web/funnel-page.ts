import { personalize } from '../../../core/flows/personalize.ts';
import { allowedWard } from '../../../web/access.ts';
import { bar } from '../../../web/charts.ts';
import { forbidden } from '../../../web/error-pages.ts';
import { readLessonFunnel, type LessonFunnel } from './funnel-data.ts';
import { html } from '../../../web/html.ts';
import { sendHtml } from '../../../web/http-io.ts';
import { layout } from '../../../web/layout.ts';
import { wardLabel } from '../../../web/ward-label.ts';
import { wardPicker } from '../../../web/ward-picker.ts';
import type { PageContext } from '../../../web/web-context.ts';

const excerpt = (text: string, max = 90) => {
  const plain = personalize(text, {}).replace(/\s+/g, ' ').trim();
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
};

function detail(f: LessonFunnel) {
  const top = Math.max(1, f.started);
  const steps = f.steps.map((s, i) => {
    const share = Math.round((s.reached / top) * 100);
    return html`<li data-step="${s.id}"><div class="row"><strong>Bước ${i + 1}</strong><span class="muted">${s.id}</span></div>
<div class="muted">${excerpt(s.text)}</div>
<div class="row"><span class="grow">Đã tới: <strong data-testid="reached">${s.reached}</strong> (${share}%)</span>${s.at > 0 ? html`<span class="badge warn">${s.at} người đang dừng ở đây</span>` : ''}</div>
${bar(share, { label: `Bước ${i + 1}: ${s.reached} người đã tới` })}</li>`;
  });
  const misses = f.misses.slice(0, 5).map((m) => {
    const right = m.question.options.find((o) => o.correct)?.text ?? '';
    return html`<li><div class="row"><span class="grow">${m.question.question}</span><span class="badge bad">${m.misses} lần sai</span></div><div class="muted">Đáp án đúng: ${right}</div></li>`;
  });
  return html`<div class="two">
<section class="card"><h2>Các bước của bài</h2><p class="muted">Số người đã tới từng bước và số người đang dừng lại ở đó.</p><ul class="list">${steps}</ul></section>
<section class="card"><h2>Câu hỏi hay sai nhất</h2>${misses.length ? html`<ul class="list">${misses}</ul>` : html`<p class="empty">Chưa có ai trả lời sai câu nào.</p>`}
<p class="note">Câu hỏi sai nhiều có thể do cách hỏi khó hiểu: người soạn bài nên xem lại câu hỏi và phần giải thích.</p></section>
</div>`;
}

/**
 * Lesson funnel: for content authors and teams, where learners stop and which quiz questions they
 * miss. Team members see their own ward; admins see every ward together or pick one.
 */
export async function funnelPage(ctx: PageContext): Promise<void> {
  const { content, store, policy } = ctx.deps.app;
  const ward = allowedWard(ctx.viewer, policy, ctx.url.searchParams.get('ward'));
  if (!ward) return forbidden(ctx);
  const funnels = await Promise.all(content.lessons.map((l) => readLessonFunnel(store, l, ward)));
  const wanted = ctx.url.searchParams.get('lesson');
  const chosen = funnels.find((f) => f.lesson.id === wanted) ?? funnels[0];
  // Members always see their own ward: their links need no ward (as on the other pages).
  const wardParam: Record<string, string> = ctx.viewer.role === 'admin' ? { ward } : {};
  const rows = funnels.map(
    (
      f,
    ) => html`<li><a href="/admin/funnel?${new URLSearchParams({ ...wardParam, lesson: f.lesson.id }).toString()}"${f === chosen ? html` aria-current="true"` : ''}>${f.lesson.title}</a>
<div class="muted small">Bắt đầu: <strong>${f.started}</strong> · Đang học dở: <strong>${f.inProgress}</strong> · Lượt trả lời sai: <strong>${f.misses.reduce((n, m) => n + m.misses, 0)}</strong></div></li>`,
  );
  const body = html`<div class="page-head"><div><h1>Tiến trình bài học</h1><p class="muted">${wardLabel(ward, ctx.viewer, ctx.deps.app.content)}</p></div>
${await wardPicker(ctx, ward, '/admin/funnel', chosen ? { lesson: chosen.lesson.id } : {})}
<form class="inline" method="get" action="/admin/funnel">${Object.entries(wardParam).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}<label for="lesson">Bài học</label>
<select id="lesson" name="lesson" data-autosubmit>${content.lessons.map((l) => html`<option value="${l.id}"${l.id === chosen?.lesson.id ? html` selected` : ''}>${l.title}</option>`)}</select>
<noscript><button class="btn secondary" type="submit">Xem</button></noscript></form></div>
<section class="card"><h2>Tất cả bài học</h2><ul class="list">${rows}</ul></section>
${chosen ? html`<h2>${chosen.lesson.title}</h2>${detail(chosen)}` : html`<p class="empty">Chưa có bài học nào.</p>`}`;
  sendHtml(
    ctx.res,
    200,
    layout({ title: 'Tiến trình bài học', active: 'funnel', viewer: ctx.viewer, csrf: ctx.csrf }, body),
  );
}
