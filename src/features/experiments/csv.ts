import type { ExperimentReport } from './report.ts';
import type { Share } from './stop-rule.ts';

const cell = (value: string | number) => {
  const s = String(value);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const pct = (x: number | undefined) => (x === undefined ? '' : Math.round(x * 1000) / 10);
const share = (s: Share) => [s.count, s.n, pct(s.rate), pct(s.low), pct(s.high)];

/** The A/B tests as a spreadsheet: one row per arm, each share with its 95% interval in percent. */
export function experimentsCsv(reports: readonly ExperimentReport[]): string {
  const head = ['thu_nghiem', 'phuong_an', 'ma_phuong_an', 'ty_trong', 'bat_dau'];
  for (const m of ['hoan_thanh', 'dung_lan_dau', 'khong_hai_long'])
    head.push(m, `${m}_tren`, `${m}_phan_tram`, `${m}_ktc95_thap`, `${m}_ktc95_cao`);
  const rows: Array<Array<string | number>> = [[...head, 'ket_luan', 'da_chon']];
  for (const r of reports)
    for (const a of r.arms)
      rows.push([
        r.experiment.id,
        a.letter,
        a.id,
        a.weight,
        a.started,
        ...share(a.completion),
        ...share(a.quiz),
        ...share(a.down),
        r.verdict.text,
        r.ended?.winner ?? '',
      ]);
  return `${rows.map((row) => row.map(cell).join(',')).join('\n')}\n`;
}
