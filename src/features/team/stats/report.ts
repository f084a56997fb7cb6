import type { Content } from '../../../core/content/content.ts';
import type { Targets } from './targets.ts';
import type { WardStats } from './ward-stats.ts';

const pct = (n: number, d: number) => (d === 0 ? 0 : Math.round((n / d) * 100));
const mark = (share: number, target: number) => (share >= target * 100 ? '✅' : '⚠️');

/** One metric against its target: value, share of learners, target and a mark. */
export interface TargetLine {
  label: string;
  value: number;
  share: number;
  target: number;
  met: boolean;
}

export function targetLines(stats: WardStats, targets: Targets): TargetLine[] {
  const line = (label: string, value: number, of: number, target: number): TargetLine => {
    const share = pct(value, of);
    return { label, value, share, target: Math.round(target * 100), met: share >= target * 100 };
  };
  return [
    line('Hoạt động tuần này', stats.activeThisWeek, stats.learners, targets.active),
    line('Đã học xong ít nhất 1 bài', stats.completers, stats.learners, targets.completed),
    line('Đạt bài kiểm tra', stats.quizPassed, stats.quizTaken, targets.passRate),
    line('Bật nhắc học', stats.remindersOn, stats.learners, targets.reminders),
    line('Câu hỏi đã được trả lời', stats.questionsAnswered, stats.questionsAsked, targets.answered),
  ];
}

/** "25 phút", "2 giờ 5 phút". */
export function sayMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} phút`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} giờ` : `${h} giờ ${m} phút`;
}

/** The "/thongke" message for a team member or admin. */
export function statsReport(stats: WardStats, targets: Targets, wardLabel: string, content: Content): string {
  const lines = [`📊 Thống kê ${wardLabel} (tuần ${stats.week})`, `• Người học: ${stats.learners}`];
  // Numbered like the rows of the chart sent with it (stats-chart.ts).
  for (const [i, t] of targetLines(stats, targets).entries()) {
    lines.push(
      `${i + 1}. ${t.label}: ${t.value} (${t.share}% – mục tiêu ${t.target}%) ${mark(t.share, t.target / 100)}`,
    );
  }
  if (stats.medianAnswerMinutes !== undefined)
    lines.push(`• Thời gian chờ trả lời (trung vị): ${sayMinutes(stats.medianAnswerMinutes)}`);
  lines.push(`• Tổng số bài đã hoàn thành: ${stats.lessonsCompleted}`);
  const perLesson = content.lessons.map((l) => `   – ${l.title}: ${stats.perLesson[l.id] ?? 0} người`).join('\n');
  lines.push(`• Số người học xong từng bài:\n${perLesson}`);
  return lines.join('\n');
}

function csvCell(value: string | number): string {
  const s = String(value);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The same figures as CSV (one row per metric, then per lesson, then per week). */
export function statsCsv(stats: WardStats, targets: Targets, content: Content): string {
  const rows: Array<Array<string | number>> = [['chi_tieu', 'gia_tri', 'ty_le_phan_tram', 'muc_tieu_phan_tram']];
  rows.push(['nguoi_hoc', stats.learners, '', '']);
  for (const t of targetLines(stats, targets)) rows.push([t.label, t.value, t.share, t.target]);
  rows.push(['thoi_gian_tra_loi_trung_vi_phut', stats.medianAnswerMinutes ?? '', '', '']);
  rows.push(['bai_hoan_thanh', stats.lessonsCompleted, '', '']);
  for (const l of content.lessons) rows.push([`bai:${l.id}`, stats.perLesson[l.id] ?? 0, '', '']);
  for (const w of stats.weeks)
    rows.push(
      [`tuan:${w.week}:hoat_dong`, w.active, '', ''],
      [`tuan:${w.week}:bai_hoan_thanh`, w.lessonsCompleted, '', ''],
    );
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}
