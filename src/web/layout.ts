import type { Viewer } from './access.ts';
import { html, type SafeHtml } from './html.ts';

/** Pages in the menu. */
export const NAV = [
  { key: 'overview', href: '/admin/overview', label: 'Tổng quan' },
  { key: 'questions', href: '/admin/questions', label: 'Câu hỏi' },
  { key: 'broadcasts', href: '/admin/broadcasts', label: 'Thông báo' },
  { key: 'funnel', href: '/admin/funnel', label: 'Tiến trình bài học' },
  { key: 'gain', href: '/admin/gain', label: 'Hiệu quả bài học' },
  { key: 'certificates', href: '/admin/certificates', label: 'Chứng nhận' },
  { key: 'feedback', href: '/admin/feedback', label: 'Đánh giá' },
  { key: 'experiments', href: '/admin/experiments', label: 'Thử nghiệm A/B' },
  { key: 'content', href: '/admin/content', label: 'Nội dung' },
  { key: 'simulator', href: '/admin/simulator', label: 'Thử bài học' },
] as const;

export type NavKey = (typeof NAV)[number]['key'];

export interface PageFrame {
  title: string;
  active?: NavKey;
  /** Signed-in user: shows the menu and the sign-out button. */
  viewer?: Viewer;
  csrf?: string;
  /** Reloads the page every so many seconds when scripts are off (live pages poll with a script otherwise). */
  refreshSeconds?: number;
}

function header(frame: PageFrame): SafeHtml {
  const { viewer, csrf } = frame;
  return html`<header class="top">
  <div class="top-row">
    <a class="brand" href="/admin/overview"><span class="logo" aria-hidden="true">HV</span><span>Học vụ số<small>Trang quản lý</small></span></a>
    ${
      viewer && csrf
        ? html`<div class="who"><span class="who-name">${viewer.name}</span>
      <form method="post" action="/admin/logout"><input type="hidden" name="_csrf" value="${csrf}"><button class="link-button" type="submit">Đăng xuất</button></form></div>`
        : ''
    }
  </div>
  ${
    viewer
      ? html`<nav class="nav" aria-label="Các trang">${NAV.map(
          (item) =>
            html`<a href="${item.href}" class="${item.key === frame.active ? 'active' : ''}"${item.key === frame.active ? html` aria-current="page"` : ''}>${item.label}</a>`,
        )}</nav>`
      : ''
  }
</header>`;
}

/** The whole document: Vietnamese, mobile-first, one stylesheet and one small script from our own origin. */
export function layout(frame: PageFrame, body: SafeHtml): SafeHtml {
  return html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${frame.title} · Học vụ số</title>
<link rel="stylesheet" href="/admin/assets/app.css">
<script src="/admin/assets/app.js" defer></script>
${frame.refreshSeconds ? html`<noscript><meta http-equiv="refresh" content="${frame.refreshSeconds}"></noscript>` : ''}
</head>
<body>
${header(frame)}
<main class="main">
${body}
</main>
<footer class="foot">Học vụ số · Bình dân học vụ số</footer>
</body>
</html>`;
}

/** A short page with a heading and a message (errors, sign-in, placeholders). */
export function messagePage(frame: PageFrame, heading: string, message: SafeHtml | string): SafeHtml {
  return layout(
    frame,
    html`<section class="card narrow"><h1>${heading}</h1>${typeof message === 'string' ? html`<p>${message}</p>` : message}</section>`,
  );
}
