import { html, safeUrl, type SafeHtml } from './html.ts';
import { SIM_VIEWS, type Bubble, type SimButton, type SimView, type ViewRenderer } from './sim-views.ts';
import type { SimState } from './simulator.ts';

function button(b: SimButton, csrf: string, view: SimView): SafeHtml {
  if ('url' in b.action) {
    const href = safeUrl(b.action.url);
    return href
      ? html`<a href="${href}" rel="noopener noreferrer" target="_blank">${b.label}</a>`
      : html`<span>${b.label}</span>`;
  }
  const [name, value] = 'payload' in b.action ? ['payload', b.action.payload] : ['text', b.action.text];
  return html`<form method="post" action="/admin/simulator/send" data-sim><input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="view" value="${view}"><button type="submit" name="${name}" value="${value}">${b.label}</button></form>`;
}

/** A message bubble as the app shows it; `button` draws its buttons (live forms here, inert ones in previews). */
export function bubbleHtml(b: Bubble, button: (x: SimButton) => SafeHtml): SafeHtml {
  const image = b.image ? safeUrl(b.image) : undefined;
  const link = b.link ? safeUrl(b.link.url) : undefined;
  const body = html`<div class="msg">${image ? html`<img src="${image}" alt="Hình minh họa" loading="lazy">` : ''}${b.file ? html`<div class="file">📎 ${b.file}</div>` : ''}${
    b.link
      ? link
        ? html`🔗 <a href="${link}" rel="noopener noreferrer" target="_blank">${b.link.title}</a>`
        : html`🔗 ${b.link.title}`
      : ''
  }${b.text ?? ''}</div>`;
  if (b.buttons.length === 0) return body;
  return html`${body}<div class="msg-buttons${b.numbers ? ' numbers' : ''}">${b.buttons.map(button)}</div>`;
}

const bubble = (b: Bubble, csrf: string, view: SimView): SafeHtml => bubbleHtml(b, (x) => button(x, csrf, view));

/** The chat panel (`#sim`): the transcript as the chosen app shows it, its buttons and an input line. */
export function simPanel(
  state: SimState,
  view: SimView,
  csrf: string,
  lessonTitle: string,
  renderForView: ViewRenderer,
): SafeHtml {
  let keyboard: string[] | undefined;
  const turns = state.turns.map((turn) => {
    if (turn.from === 'me') return html`<div class="msg me">${turn.text}</div>`;
    const rendered = renderForView(turn.parts, view);
    keyboard = rendered.keyboard ?? keyboard;
    return rendered.bubbles.map((b) => bubble(b, csrf, view));
  });
  const appName = SIM_VIEWS.find((v) => v.key === view)?.label ?? '';
  return html`<section id="sim" class="sim ${view}" aria-live="polite">
<div class="sim-bar"><span>Trợ lý Học vụ số</span><small>${appName} · ${lessonTitle}</small></div>
<div class="sim-log"><div class="sim-inner">${turns}</div></div>
${keyboard ? html`<div class="sim-keys">${keyboard.map((k) => button({ label: k, action: { text: k } }, csrf, view))}</div>` : ''}
<form class="sim-form" method="post" action="/admin/simulator/send" data-sim>
<input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="view" value="${view}">
<input type="text" name="text" maxlength="500" autocomplete="off" aria-label="Tin nhắn" placeholder="Nhập tin nhắn…">
<button class="btn" type="submit">Gửi</button>
</form>
</section>`;
}
