import type { Broadcast } from './broadcast.ts';
import type { OutcomeCounts } from './repo.ts';

/** Where a broadcast stands; the outcome fields and `pending` always add up to `total`. */
export interface BroadcastReport {
  broadcast: Broadcast;
  /** Recipients in the snapshot (0 until it starts). */
  total: number;
  delivered: number;
  /** Of `delivered`: free (other apps, Zalo OA replies within the window)… */
  deliveredFree: number;
  /** …and those that spent the Zalo OA's monthly quota. */
  deliveredWithQuota: number;
  /** Errors that retries could not overcome. */
  failed: number;
  /** Blocked the bot, or stopped following the Zalo OA. */
  blocked: number;
  /** Typed "dừng" (STOP). */
  unsubscribed: number;
  /** Zalo OA followers Zalo refused to reach (-230/-232). */
  outsideWindow: number;
  /** Not sent: the Zalo OA's quota for the month was used up. */
  quota: number;
  /** Every recipient who got nothing (failed, blocked, unsubscribed, out of reach, out of quota). */
  notSent: number;
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
  const notSent = counts.failed + counts.blocked + counts.unsubscribed + counts.outside_window + counts.quota;
  const handled = counts.delivered + notSent + cancelled;
  const withQuota = Math.min(counts.deliveredWithQuota, counts.delivered);
  return {
    broadcast: b,
    total,
    delivered: counts.delivered,
    deliveredFree: counts.delivered - withQuota,
    deliveredWithQuota: withQuota,
    quota: counts.quota,
    notSent,
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
    `📊 ${formatCount(r.deliveredFree)} nhận miễn phí · ${formatCount(r.deliveredWithQuota)} dùng hạn mức · ` +
      `${formatCount(r.notSent)} không gửi được`,
    `• Đã nhận: ${formatCount(r.delivered)}`,
    `• Gửi lỗi: ${formatCount(r.failed)}`,
    `• Đã chặn trợ lý: ${formatCount(r.blocked)}`,
    `• Đã tắt nhận tin (gõ "dừng"): ${formatCount(r.unsubscribed)}`,
    `• Zalo không cho gửi tới (lâu không nhắn Zalo OA): ${formatCount(r.outsideWindow)}`,
  ];
  if (r.quota > 0) lines.push(`• Hết hạn mức Zalo OA tháng này: ${formatCount(r.quota)}`);
  if (r.cancelled > 0) lines.push(`• Không gửi vì đã dừng: ${formatCount(r.cancelled)}`);
  if (r.pending > 0) lines.push(`• Đang chờ gửi: ${formatCount(r.pending)}`);
  return lines.join('\n');
}
