import { personalize } from '../../../core/flows/personalize.ts';
import { allowedWard } from '../../../web/access.ts';
import { bar } from '../../../web/charts.ts';
import { forbidden } from '../../../web/error-pages.ts';
import { readLessonFunnel, type LessonFunnel } from './funnel-data.ts';
import { type ArmFunnel, readArmFunnels } from '../../experiments/arm-funnel.ts';
import type { Experiment } from '../../../core/flows/variants.ts';
import { viDateTime } from '../../../web/format.ts';
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

/** A lesson with an A/B test, and its funnel per arm. */
interface TestedFunnel {
  experiment: Experiment;
  arms: ArmFunnel[];
}

type FunnelFigures = Pick<LessonFunnel, 'steps' | 'started' | 'misses'>;

function detail(f: FunnelFigures, tested?: ReadonlySet<string>, first = 0) {
  const top = Math.max(1, f.started);
  const steps = f.steps.map((s, i) => {
    const share = Math.round((s.reached / top) * 100);
    const ab = tested?.has(s.id)
      ? html` <span class="badge plain">Đang thử A/B: xem từng phương án bên dưới</span>`
      : '';
    return html`<li data-step="${s.id}"><div class="row"><strong>Bước ${first + i + 1}</strong><span class="muted">${s.id}</span>${ab}</div>
<div class="muted">${excerpt(s.text)}</div>
<div class="row"><span class="grow">Đã tới: <strong data-testid="reached">${s.reached}</strong> (${share}%)</span>${s.at > 0 ? html`<span class="badge warn">${s.at} người đang dừng ở đây</span>` : ''}</div>
${bar(share, { label: `Bước ${first + i + 1}: ${s.reached} người đã tới` })}</li>`;
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

/** A tested lesson's funnel, one block per arm: the steps and quiz that arm's learners really took. */
function armsDetail(ctx: PageContext, t: TestedFunnel) {
  const over = ctx.deps.app.experiments.ended(t.experiment.id);
  const what = t.experiment.stepId
    ? html`Bước <code>${t.experiment.stepId}</code> của bài này đang được thử theo nhiều cách viết`
    : html`Bài này đang được thử A/B cả bài: mỗi người học một phương án, có thể khác bước và câu hỏi`;
  const ended = over
    ? html` Thử nghiệm đã kết thúc lúc ${viDateTime(over.at, ctx.deps.app.config.TIMEZONE)}, chọn phương án <code>${over.winner}</code>; người bắt đầu sau đó học phương án này và được tính vào đó.`
    : '';
  return html`<section class="card" data-arms="${t.experiment.id}"><p data-testid="ab-note">${what}, nên các bước được tính riêng cho từng phương án (người học được tính vào phương án họ thật sự học).${ended} Kết quả so sánh: <a href="/admin/experiments">Thử nghiệm A/B</a>.</p></section>
${t.arms.map((arm) => {
  // A step test's arms differ from the tested step on: the steps before it are left out.
  const from = t.experiment.stepId
    ? Math.max(
        0,
        arm.steps.findIndex((s) => s.id === t.experiment.stepId),
      )
    : 0;
  const a = { ...arm, steps: arm.steps.slice(from) };
  return html`<div data-arm="${a.armId}"><h3>Phương án ${a.letter} · <code>${a.armId}</code>${over?.winner === a.armId ? html` <span class="badge ok">Đã chọn</span>` : ''} — ${a.lesson.title}</h3>
<p class="muted small">Bắt đầu: <strong data-testid="arm-started">${a.started}</strong> · Đang học dở: <strong>${a.inProgress}</strong>${from > 0 ? ` · Từ bước ${from + 1} (bước đang thử) đến hết bài; các bước trước giống nhau ở mọi phương án.` : ''}</p>
${detail(a, undefined, from)}</div>`;
})}`;
}

/**
 * Lesson funnel: for content authors and teams, where learners stop and which quiz questions they
 * miss. Team members see their own ward; admins see every ward together or pick one.
 */
export async function funnelPage(ctx: PageContext): Promise<void> {
  const { content, store, policy, experiments } = ctx.deps.app;
  const ward = allowedWard(ctx.viewer, policy, ctx.url.searchParams.get('ward'));
  if (!ward) return forbidden(ctx);
  const funnels = await Promise.all(content.lessons.map((l) => readLessonFunnel(store, l, ward)));
  const tested = new Map<string, TestedFunnel>();
  await experiments.refresh();
  for (const e of experiments.list) {
    const lesson = content.lesson(e.lessonId);
    if (lesson) tested.set(e.lessonId, { experiment: e, arms: await readArmFunnels(store, lesson, e, ward) });
  }
  // A lesson tested whole has no single list of steps: its totals are those of its arms.
  const figures = (f: LessonFunnel): FunnelFigures & { inProgress: number } => {
    const t = tested.get(f.lesson.id);
    if (!t || t.experiment.stepId) return f;
    return {
      steps: [],
      started: t.arms.reduce((n, a) => n + a.started, 0),
      inProgress: t.arms.reduce((n, a) => n + a.inProgress, 0),
      misses: t.arms.flatMap((a) => a.misses),
    };
  };
  const wanted = ctx.url.searchParams.get('lesson');
  const chosen = funnels.find((f) => f.lesson.id === wanted) ?? funnels[0];
  // Members always see their own ward: their links need no ward (as on the other pages).
  const wardParam: Record<string, string> = ctx.viewer.role === 'admin' ? { ward } : {};
  const rows = funnels.map((f) => {
    const n = figures(f);
    return html`<li data-lesson="${f.lesson.id}"><a href="/admin/funnel?${new URLSearchParams({ ...wardParam, lesson: f.lesson.id }).toString()}"${f === chosen ? html` aria-current="true"` : ''}>${f.lesson.title}</a>${tested.has(f.lesson.id) ? html` <span class="badge plain">A/B</span>` : ''}
<div class="muted small">Bắt đầu: <strong data-testid="started">${n.started}</strong> · Đang học dở: <strong>${n.inProgress}</strong> · Lượt trả lời sai: <strong>${n.misses.reduce((k, m) => k + m.misses, 0)}</strong></div></li>`;
  });
  const chosenTest = chosen && tested.get(chosen.lesson.id);
  const chosenDetail = !chosen
    ? html`<p class="empty">Chưa có bài học nào.</p>`
    : !chosenTest
      ? html`<h2>${chosen.lesson.title}</h2>${detail(chosen)}`
      : chosenTest.experiment.stepId
        ? html`<h2>${chosen.lesson.title}</h2>${detail(chosen, new Set([chosenTest.experiment.stepId]))}${armsDetail(ctx, chosenTest)}`
        : html`<h2>${chosen.lesson.title}</h2>${armsDetail(ctx, chosenTest)}`;
  const body = html`<div class="page-head"><div><h1>Tiến trình bài học</h1><p class="muted">${wardLabel(ward, ctx.viewer, ctx.deps.app.content)}</p></div>
${await wardPicker(ctx, ward, '/admin/funnel', chosen ? { lesson: chosen.lesson.id } : {})}
<form class="inline" method="get" action="/admin/funnel">${Object.entries(wardParam).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}<label for="lesson">Bài học</label>
<select id="lesson" name="lesson" data-autosubmit>${content.lessons.map((l) => html`<option value="${l.id}"${l.id === chosen?.lesson.id ? html` selected` : ''}>${l.title}</option>`)}</select>
<noscript><button class="btn secondary" type="submit">Xem</button></noscript></form></div>
<section class="card"><h2>Tất cả bài học</h2><ul class="list">${rows}</ul></section>
${chosenDetail}`;
  sendHtml(
    ctx.res,
    200,
    layout({ title: 'Tiến trình bài học', active: 'funnel', viewer: ctx.viewer, csrf: ctx.csrf }, body),
  );
}
