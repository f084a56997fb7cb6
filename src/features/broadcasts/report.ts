import type { Broadcast } from './broadcast.ts';
import type { OutcomeCounts } from './repo.ts';

/** Where a broadcast stands; the outcome fields and `pending` always add up to `total`. */
export interface BroadcastReport {
  broadcast: Broadcast;
  /** Recipients in the snapshot (0 until it starts). */
  total: number;
  delivered: number;
  /** Errors that retries could not overcome. */
  failed: number;
  /** Blocked the bot, or stopped following the Zalo OA. */
  blocked: number;
  /** Typed "dừng" (STOP). */
  unsubscribed: number;
  /** Zalo OA followers silent for more than 7 days. */
  outsideWindow: number;
  /** Not sent because the broadcast was cancelled. */
  cancelled: number;
  /** Still to be sent. */
  pending: number;
}

export function buildReport(b: Broadcast, counts: OutcomeCounts): BroadcastReport {
  const total = b.total ?? 0;
  // Cancelled before being queued: never reached a worker, so never counted there.
  const neverQueued = b.status === 'cancelled' ? Math.max(total - b.cursor, 0) : 0;
  const cancelled = counts.cancelled + neverQueued;
  const handled =
    counts.delivered + counts.failed + counts.blocked + counts.unsubscribed + counts.outside_window + cancelled;
  return {
    broadcast: b,
    total,
    delivered: counts.delivered,
    failed: counts.failed,
    blocked: counts.blocked,
    unsubscribed: counts.unsubscribed,
    outsideWindow: counts.outside_window,
    cancelled,
    pending: Math.max(total - handled, 0),
  };
}

/** "1.200" */
export const formatCount = (n: number): string => n.toLocaleString('vi-VN');

export const percent = (done: number, total: number): number => (total === 0 ? 100 : Math.floor((done / total) * 100));

/** One line of live progress: "📤 Đã gửi 1.200/5.000 — 24%". */
export function progressText(b: Broadcast, settled: number): string {
  const total = b.total ?? 0;
  const figures = `${formatCount(Math.min(settled, total))}/${formatCount(total)} — ${percent(settled, total)}%`;
  if (b.status === 'cancelled') return `⏹ Đã dừng gửi: ${figures}`;
  if (b.finishedAt !== undefined) return `✅ Đã gửi xong: ${figures}`;
  return `📤 Đã gửi ${figures}`;
}

/** The report the sender gets at the end (and the dashboard shows). */
export function reportText(r: BroadcastReport): string {
  const lines = [
    `📋 Kết quả gửi thông báo (mã ${r.broadcast.id})`,
    `Gửi tới: ${r.broadcast.audienceLabel} — ${formatCount(r.total)} người`,
    `• Đã nhận: ${formatCount(r.delivered)}`,
    `• Gửi lỗi: ${formatCount(r.failed)}`,
    `• Đã chặn trợ lý: ${formatCount(r.blocked)}`,
    `• Đã tắt nhận tin (gõ "dừng"): ${formatCount(r.unsubscribed)}`,
    `• Quá 7 ngày không nhắn Zalo OA: ${formatCount(r.outsideWindow)}`,
  ];
  if (r.cancelled > 0) lines.push(`• Không gửi vì đã dừng: ${formatCount(r.cancelled)}`);
  if (r.pending > 0) lines.push(`• Đang chờ gửi: ${formatCount(r.pending)}`);
  return lines.join('\n');
}
