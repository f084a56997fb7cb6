import { ALL_WARDS } from '../core/stats/stats-keys.ts';
import { listWards } from '../core/stats/ward-stats.ts';
import { html, type SafeHtml } from './html.ts';
import { wardLabel } from './ward-label.ts';
import type { PageContext } from './web-context.ts';

/** Admins pick any ward (or all); team members see only their own ward, already named in the heading. */
export async function wardPicker(ctx: PageContext, ward: string, action: string): Promise<SafeHtml> {
  if (ctx.viewer.role !== 'admin') return html``;
  const { store, directory } = ctx.deps.app;
  const known = new Set([...(await listWards(store)), ...(await directory.wards())]);
  known.delete(ALL_WARDS);
  const wards = [ALL_WARDS, ...[...known].sort((a, b) => wardLabel(a).localeCompare(wardLabel(b), 'vi'))];
  return html`<form class="inline" method="get" action="${action}">
<label for="ward">Phường, xã</label>
<select id="ward" name="ward" data-autosubmit>${wards.map((w) => html`<option value="${w}"${w === ward ? html` selected` : ''}>${wardLabel(w, ctx.viewer)}</option>`)}</select>
<noscript><button class="btn secondary" type="submit">Xem</button></noscript>
</form>`;
}
