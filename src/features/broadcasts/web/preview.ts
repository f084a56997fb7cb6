import type { Audience } from '../broadcast.ts';
import type { Reply } from '../../../core/message.ts';
import { html, safeUrl, type SafeHtml } from '../../../web/html.ts';
import { bubbleHtml } from '../../../web/sim-panel.ts';
import { SIM_VIEWS, type SimButton, type SimView, type ViewRenderer } from '../../../web/sim-views.ts';

/** The apps a broadcast can reach, as the simulator draws them. */
const APPS: readonly SimView[] = ['telegram', 'zalooa', 'zalobot'];

/** Only the app of a channel filter; every app otherwise. */
export function appsFor(audience: Audience | undefined): SimView[] {
  const f = audience?.filter;
  if (f?.kind !== 'channel') return [...APPS];
  return f.channel === 'zalo' ? ['zalobot'] : f.channel === 'zalooa' ? ['zalooa'] : ['telegram'];
}

/** Buttons in a preview do nothing, except links, which open as they would in the app. */
function inert(b: SimButton): SafeHtml {
  const href = 'url' in b.action ? safeUrl(b.action.url) : undefined;
  return href
    ? html`<a href="${href}" rel="noopener noreferrer" target="_blank">${b.label}</a>`
    : html`<span class="inert">${b.label}</span>`;
}

/**
 * The message exactly as each app shows it: the same Reply the service sends, through the same
 * adapter renderers as the simulator (Telegram HTML, Zalo OA templates, the Zalo Bot's plain text).
 */
export function messagePreview(parts: Reply, apps: readonly SimView[], renderForView: ViewRenderer): SafeHtml {
  const panels = apps.map((view) => {
    const label = SIM_VIEWS.find((v) => v.key === view)?.label ?? view;
    const bubbles = renderForView(parts, view).bubbles.map((b) => bubbleHtml(b, inert));
    return html`<section class="sim ${view} preview" data-preview="${view}" aria-label="Xem trước trên ${label}">
<div class="sim-bar"><span>Trợ lý Học vụ số</span><small>${label}</small></div>
<div class="sim-log"><div class="sim-inner">${bubbles}</div></div></section>`;
  });
  return html`<div class="previews">${panels}</div>`;
}
