import type { Broadcast } from '../broadcast.ts';
import type { BroadcastRefusal } from '../error.ts';
import { mayActOnWard } from '../../team/roles.ts';
import type { Viewer } from '../../../web/access.ts';
import { html, type SafeHtml } from '../../../web/html.ts';
import type { RolePolicy } from '../../team/roles.ts';

/** A broadcast's state in a word or two, coloured by how it went. */
export function broadcastBadge(b: Broadcast): SafeHtml {
  switch (b.status) {
    case 'draft':
      return html`<span class="badge plain">Bản nháp</span>`;
    case 'scheduled':
      return html`<span class="badge warn">Đã hẹn giờ</span>`;
    case 'preparing':
      return html`<span class="badge warn">Đang chuẩn bị</span>`;
    case 'sending':
      return html`<span class="badge warn">Đang gửi</span>`;
    case 'done':
      return html`<span class="badge ok">Đã gửi xong</span>`;
    case 'cancelled':
      return b.startedAt
        ? html`<span class="badge bad">Đã dừng gửi</span>`
        : html`<span class="badge plain">Đã hủy lịch</span>`;
  }
}

/** Still moving: the page keeps itself up to date. */
export const isLive = (b: Broadcast): boolean =>
  b.status === 'scheduled' || b.status === 'preparing' || b.status === 'sending';

/**
 * Who sees a broadcast on the dashboard: admins all; a member those to their own ward and their
 * own. Cancelling is checked again by the service (the sender or an admin).
 */
export function mayView(viewer: Viewer, policy: RolePolicy, b: Broadcast): boolean {
  return (
    viewer.role === 'admin' ||
    b.sender === viewer.learner.id ||
    (b.audience.ward !== '*' && mayActOnWard(viewer.learner, policy, b.audience.ward))
  );
}

export const mayCancel = (viewer: Viewer, b: Broadcast): boolean =>
  isLive(b) && (viewer.role === 'admin' || b.sender === viewer.learner.id);

/** Refusals of the broadcast service, worded for the person at the screen. */
export const REFUSALS: Record<BroadcastRefusal, string> = {
  not_allowed:
    'Bạn chỉ gửi được thông báo cho người học ở phường, xã của mình; chỉ người soạn hoặc quản trị viên mới dừng được thông báo.',
  not_found: 'Không tìm thấy thông báo này.',
  bad_state: 'Thông báo này đã gửi xong hoặc đã dừng rồi.',
  bad_content: 'Người nhận chưa hợp lệ: hãy chọn lại bài học, số ngày (1–365) hoặc ứng dụng.',
  bad_time: 'Chỉ hẹn được một thời điểm sắp tới, trong vòng 30 ngày.',
};
