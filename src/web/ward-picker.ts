import { ALL_WARDS } from '../core/stats/stats-keys.ts';
import { listWards } from '../features/team/stats/ward-stats.ts';
import { html, type SafeHtml } from './html.ts';
import { wardLabel } from './ward-label.ts';
import type { PageContext } from './web-context.ts';

/** Every ward an admin can pick: all of them first, then each ward with learners or a team, by name. */
export async function knownWards(ctx: PageContext): Promise<string[]> {
  const { store, directory } = ctx.deps.app;
  const known = new Set([...(await listWards(store)), ...(await directory.wards())]);
  known.delete(ALL_WARDS);
  return [
    ALL_WARDS,
    ...[...known].sort((a, b) =>
      wardLabel(a, undefined, ctx.deps.app.content).localeCompare(wardLabel(b, undefined, ctx.deps.app.content), 'vi'),
    ),
  ];
}

/**
 * Admins pick any ward (or all); team members see only their own ward, already named in the
 * heading. `keep` holds other query fields of the page, kept when the ward changes.
 */
export async function wardPicker(
  ctx: PageContext,
  ward: string,
  action: string,
  keep: Record<string, string> = {},
): Promise<SafeHtml> {
  if (ctx.viewer.role !== 'admin') return html``;
  const wards = await knownWards(ctx);
  return html`<form class="inline" method="get" action="${action}">
${Object.entries(keep).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
<label for="ward">Phường, xã</label>
<select id="ward" name="ward" data-autosubmit>${wards.map((w) => html`<option value="${w}"${w === ward ? html` selected` : ''}>${wardLabel(w, ctx.viewer, ctx.deps.app.content)}</option>`)}</select>
<noscript><button class="btn secondary" type="submit">Xem</button></noscript>
</form>`;
}
