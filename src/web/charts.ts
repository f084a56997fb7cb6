import { html, type SafeHtml } from './html.ts';

const BRAND = '#0b6e4f';
const SECOND = '#8fb8ff';
const TRACK = '#e9edf2';
const TARGET = '#a15c00';

/** A thin bar (0–100%) with an optional target tick; stretches to its box, text stays outside in HTML. */
export function bar(percent: number, options: { target?: number; label: string; color?: string }): SafeHtml {
  const p = Math.max(0, Math.min(100, percent));
  const t = options.target === undefined ? undefined : Math.max(0, Math.min(100, options.target));
  return html`<svg class="bar" viewBox="0 0 100 6" preserveAspectRatio="none" role="img" aria-label="${options.label}">
<rect x="0" y="0" width="100" height="6" rx="3" fill="${TRACK}"/>
<rect x="0" y="0" width="${p.toFixed(2)}" height="6" rx="3" fill="${options.color ?? BRAND}"/>
${t === undefined ? '' : html`<rect x="${Math.max(0, t - 0.4).toFixed(2)}" y="0" width="0.8" height="6" fill="${TARGET}"/>`}
</svg>`;
}

export interface TrendPoint {
  /** Short label under the group, e.g. "T47". */
  label: string;
  a: number;
  b: number;
}

/** Grouped bars per week (a = learners active, b = lessons completed), values written above the bars. */
export function trendChart(points: readonly TrendPoint[], label: string): SafeHtml {
  const width = 360;
  const height = 190;
  const top = 22;
  const bottom = 26;
  const plot = height - top - bottom;
  const max = Math.max(1, ...points.map((p) => Math.max(p.a, p.b)));
  const slot = width / Math.max(1, points.length);
  const barW = Math.min(16, slot / 3);
  const y = (v: number) => top + plot - (v / max) * plot;
  const groups = points.map((p, i) => {
    const cx = slot * i + slot / 2;
    const xa = cx - barW - 1;
    const xb = cx + 1;
    return html`<g>
<rect x="${xa.toFixed(1)}" y="${y(p.a).toFixed(1)}" width="${barW.toFixed(1)}" height="${(top + plot - y(p.a)).toFixed(1)}" fill="${BRAND}" rx="2"/>
<rect x="${xb.toFixed(1)}" y="${y(p.b).toFixed(1)}" width="${barW.toFixed(1)}" height="${(top + plot - y(p.b)).toFixed(1)}" fill="${SECOND}" rx="2"/>
<text x="${(xa + barW / 2).toFixed(1)}" y="${(y(p.a) - 4).toFixed(1)}" font-size="10" text-anchor="middle" fill="#1b2430">${p.a}</text>
<text x="${(xb + barW / 2).toFixed(1)}" y="${(y(p.b) - 4).toFixed(1)}" font-size="10" text-anchor="middle" fill="#5b6675">${p.b}</text>
<text x="${cx.toFixed(1)}" y="${height - 8}" font-size="11" text-anchor="middle" fill="#5b6675">${p.label}</text>
</g>`;
  });
  return html`<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${label}">
<line x1="0" y1="${top + plot}" x2="${width}" y2="${top + plot}" stroke="#c9d1da" stroke-width="1"/>
${groups}
</svg>`;
}
