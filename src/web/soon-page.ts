import { html } from './html.ts';
import { sendHtml } from './http-io.ts';
import { layout, type NavKey } from './layout.ts';
import type { PageContext } from './web-context.ts';

const SOON: Partial<Record<NavKey, { title: string; text: string; chat: string }>> = {
  broadcasts: {
    title: 'Thông báo',
    text: 'Soạn thông báo (chữ, hình, đường dẫn), chọn người nhận, xem trước trên Telegram và Zalo, hẹn giờ gửi và theo dõi kết quả.',
    chat: '/guitin',
  },
  questions: {
    title: 'Câu hỏi',
    text: 'Hộp câu hỏi người dân chuyển cho tổ: nhận xử lý, trả lời, đóng và chuyển thành mục hỏi đáp mới.',
    chat: '/cauhoi',
  },
};

/** Placeholder for the pages that come with broadcasts and the question inbox. */
export function soonPage(key: 'broadcasts' | 'questions') {
  return async (ctx: PageContext): Promise<void> => {
    const page = SOON[key]!;
    const body = html`<section class="card narrow"><h1>${page.title} <span class="badge warn">Sắp có</span></h1><p>${page.text}</p>
<p class="muted">Trang này đang được xây dựng. Trong lúc chờ, có thể dùng lệnh <strong>${page.chat}</strong> trong khung chat với trợ lý.</p></section>`;
    sendHtml(ctx.res, 200, layout({ title: page.title, active: key, viewer: ctx.viewer, csrf: ctx.csrf }, body));
  };
}
