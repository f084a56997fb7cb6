import type { FeedbackReport, Tally } from './report.ts';

function cell(value: string | number): string {
  const s = String(value);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const percent = (t: Tally) => (t.rate === undefined ? '' : Math.round(t.rate * 1000) / 10);

/**
 * 👍/👎 as a spreadsheet: one row per knowledge entry (worst first), answer kind, ward and week,
 * each with its negative rate in percent.
 */
export function feedbackCsv(report: FeedbackReport, wards: ReadonlyArray<Tally & { ward: string }> = []): string {
  const rows: Array<Array<string | number>> = [['nhom', 'khoa', 'thich', 'khong_thich', 'ty_le_khong_thich_phan_tram']];
  rows.push(['tong', '', report.total.up, report.total.down, percent(report.total)]);
  for (const e of report.entries) rows.push(['muc', e.key, e.up, e.down, percent(e)]);
  for (const k of report.kinds) rows.push(['loai', k.kind, k.up, k.down, percent(k)]);
  for (const w of wards) rows.push(['phuong', w.ward, w.up, w.down, percent(w)]);
  for (const w of report.weeks) rows.push(['tuan', w.week, w.up, w.down, percent(w)]);
  return `${rows.map((r) => r.map(cell).join(',')).join('\n')}\n`;
}
