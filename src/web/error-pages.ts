import type { ServerResponse } from 'node:http';
import { html } from './html.ts';
import { sendHtml } from './http-io.ts';
import { messagePage } from './layout.ts';
import type { PageContext } from './web-context.ts';

const HOW_TO_LOGIN = html`<p>Trang này dành cho thành viên tổ công nghệ số cộng đồng và quản trị viên.</p>
<p>Để đăng nhập, gõ <strong>/web</strong> trong khung chat với trợ lý Học vụ số. Trợ lý sẽ gửi một đường dẫn đăng nhập dùng một lần.</p>`;

export function notSignedIn(res: ServerResponse, cookies: string[] = []): void {
  sendHtml(res, 401, messagePage({ title: 'Cần đăng nhập' }, 'Cần đăng nhập', HOW_TO_LOGIN), cookies);
}

/** 403 for a ward or action outside the viewer's role; the page never hints at what is there. */
export function forbidden(
  ctx: Pick<PageContext, 'res' | 'viewer' | 'csrf'>,
  message = 'Bạn không có quyền xem trang này. Mỗi thành viên tổ chỉ xem được số liệu của phường, xã mình.',
): void {
  sendHtml(
    ctx.res,
    403,
    messagePage(
      { title: 'Không có quyền', viewer: ctx.viewer, csrf: ctx.csrf },
      'Không có quyền truy cập',
      html`<p>${message}</p><p><a href="/admin/overview">Về trang tổng quan</a></p>`,
    ),
  );
}

export function badForm(res: ServerResponse): void {
  sendHtml(
    res,
    403,
    messagePage(
      { title: 'Biểu mẫu không hợp lệ' },
      'Biểu mẫu đã cũ hoặc không hợp lệ',
      html`<p>Vui lòng tải lại trang rồi thử lại.</p><p><a href="/admin/overview">Về trang tổng quan</a></p>`,
    ),
  );
}

export function notFound(res: ServerResponse): void {
  sendHtml(
    res,
    404,
    messagePage(
      { title: 'Không tìm thấy' },
      'Không tìm thấy trang',
      html`<p><a href="/admin/overview">Về trang tổng quan</a></p>`,
    ),
  );
}

export { HOW_TO_LOGIN };
