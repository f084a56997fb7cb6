import path from 'node:path';
import { localDay } from '../../core/time/local-day.ts';
import type { KnowledgeEntry } from '../../core/content/knowledge-schema.ts';
import { contentStatus, type Reviewed } from './content-status.ts';
import { viDate } from '../../web/format.ts';
import { html, safeUrl } from '../../web/html.ts';
import { sendHtml } from '../../web/http-io.ts';
import { layout } from '../../web/layout.ts';
import type { PageContext } from '../../web/web-context.ts';

const reviewBadge = (r: Reviewed<unknown>) =>
  r.stale
    ? html`<span class="badge warn">Cần xem lại (${r.ageDays} ngày)</span>`
    : html`<span class="badge ok">Còn mới</span>`;

const source = (url: string, title: string) => {
  const href = safeUrl(url);
  return href
    ? html`<a href="${href}" rel="noopener noreferrer" target="_blank">${title}</a>`
    : html`<span>${title}</span>`;
};

/** Content: every lesson and knowledge entry with its check result, source and review date. */
export async function contentPage(ctx: PageContext): Promise<void> {
  const { config, clock, answerer } = ctx.deps.app;
  // Knowledge as the tutor answers from it now: reloaded entries show here without a restart.
  const content = { ...ctx.deps.app.content, knowledge: answerer.knowledge() };
  const today = localDay(clock(), config.TIMEZONE);
  const status = await contentStatus({
    content,
    dir: config.CONTENT_DIR,
    promptsDir: config.PROMPTS_DIR,
    today,
    reviewDays: config.CONTENT_REVIEW_DAYS,
  });
  const onlyStale = ctx.url.searchParams.get('stale') === '1';
  const staleCount = status.lessons.filter((l) => l.stale).length + status.knowledge.filter((k) => k.stale).length;
  const problemCount = status.lessons.reduce((n, l) => n + l.problems.length, 0) + status.otherProblems.length;
  const show = <R extends Reviewed<unknown>>(list: R[]): R[] => (onlyStale ? list.filter((r) => r.stale) : list);

  const lessons = show(status.lessons).map((l) => {
    const lesson = l.item;
    // One link per site: the hostnames tell an author where the facts come from.
    const sources = [
      ...new Map(
        lesson.steps.flatMap((s) =>
          s.source && safeUrl(s.source) ? [[new URL(s.source).hostname, s.source] as const] : [],
        ),
      ).entries(),
    ];
    const problems = l.problems;
    return html`<li data-lesson="${lesson.id}"><div class="row"><strong class="grow">${lesson.title}</strong>
${problems.length ? html`<span class="badge bad">${problems.length} lỗi</span>` : html`<span class="badge ok">Hợp lệ</span>`}${reviewBadge(l)}</div>
<div class="muted">${lesson.steps.length} bước · ${lesson.quiz.length} câu hỏi · xem lại ngày ${viDate(lesson.reviewed)}</div>
${sources.length ? html`<div class="clip">Nguồn: ${sources.map(([host, url], i) => html`${i ? ', ' : ''}${source(url, host)}`)}</div>` : ''}
${problems.length ? html`<div class="problems">${problems.map((p) => html`<div><code>${path.basename(p.file)}:${p.line}: ${p.message}</code></div>`)}</div>` : ''}</li>`;
  });
  const groups = new Map<string, Array<Reviewed<KnowledgeEntry>>>();
  for (const k of show(status.knowledge)) {
    const title = (k.item.lesson && content.lesson(k.item.lesson)?.title) || 'Chủ đề khác';
    groups.set(title, [...(groups.get(title) ?? []), k]);
  }
  const knowledge = [...groups].map(([title, entries]) => {
    const stale = entries.filter((e) => e.stale).length;
    // Groups with entries to review open by themselves; the rest stay folded to keep the page short.
    return html`<details class="group"${stale || onlyStale ? html` open` : ''}><summary><span class="grow">${title}</span><span class="muted">${entries.length} mục</span>${stale ? html`<span class="badge warn">${stale} cần xem lại</span>` : ''}</summary>
<ul class="list">${entries.map(
      (
        k,
      ) => html`<li data-entry="${k.item.id}"><div class="row"><span class="grow">${k.item.questions[0] ?? k.item.id}</span>${reviewBadge(k)}</div>
<div class="muted small clip">Nguồn: ${source(k.item.source, k.item.sourceTitle)} · xem lại ngày ${viDate(k.item.reviewed)}</div></li>`,
    )}</ul></details>`;
  });
  const body = html`<div class="page-head"><div><h1>Nội dung</h1>
<p class="muted">${content.lessons.length} bài học · ${content.knowledge.length} mục hỏi đáp · cần xem lại sau ${config.CONTENT_REVIEW_DAYS} ngày</p></div>
<div class="tabs"><a href="/admin/content" class="${onlyStale ? '' : 'active'}">Tất cả</a><a href="/admin/content?stale=1" class="${onlyStale ? 'active' : ''}">Cần xem lại (${staleCount})</a></div></div>
${
  problemCount
    ? html`<section class="card"><h2>Lỗi trong tệp nội dung (${problemCount})</h2><p>Các tệp trên máy chủ đã bị sửa và có lỗi; máy chủ vẫn dùng bản cũ. Sửa xong thì mục hỏi đáp được dùng trong khoảng một phút, còn bài học được dùng sau khi khởi động lại máy chủ.</p>
${status.otherProblems.length ? html`<div class="problems">${status.otherProblems.map((p) => html`<div><code>${path.relative(config.CONTENT_DIR, p.file) || p.file}:${p.line}: ${p.message}</code></div>`)}</div>` : ''}</section>`
    : html`<p class="note">Tất cả tệp nội dung đều hợp lệ.</p>`
}
<div class="two">
<section class="card"><h2>Bài học</h2>${lessons.length ? html`<ul class="list">${lessons}</ul>` : html`<p class="empty">Không có bài nào cần xem lại.</p>`}</section>
<section class="card"><h2>Hỏi đáp</h2>${knowledge.length ? knowledge : html`<p class="empty">Không có mục nào cần xem lại.</p>`}</section>
</div>`;
  sendHtml(ctx.res, 200, layout({ title: 'Nội dung', active: 'content', viewer: ctx.viewer, csrf: ctx.csrf }, body));
}
