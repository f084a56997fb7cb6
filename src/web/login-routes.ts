import type { IncomingMessage, ServerResponse } from 'node:http';
import { clientAddress } from '../server/client-address.ts';
import { LOGIN_LINK_TTL_MS, redeemLoginToken } from '../features/team/web-login-tokens.ts';
import { viewerOf } from './access.ts';
import { badForm, HOW_TO_LOGIN } from './error-pages.ts';
import { html } from './html.ts';
import { readForm, redirect, sendHtml, urlOf } from './http-io.ts';
import { messagePage } from './layout.ts';
import type { WebDeps } from './web-context.ts';

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/**
 * GET shows a confirmation button and never uses the token: chat apps open links to build
 * previews, and that must not spend a single-use link.
 */
export function loginPage(deps: WebDeps, req: IncomingMessage, res: ServerResponse): void {
  const token = urlOf(req).searchParams.get('token') ?? '';
  if (!TOKEN.test(token)) {
    sendHtml(res, 200, messagePage({ title: 'Đăng nhập' }, 'Đăng nhập trang quản lý', HOW_TO_LOGIN));
    return;
  }
  const csrf = deps.loginCsrf.issue();
  const body = html`<p>Bấm nút dưới đây để vào trang quản lý Học vụ số.</p>
<form method="post" action="/admin/login">
<input type="hidden" name="token" value="${token}">
<input type="hidden" name="_csrf" value="${csrf.field}">
<button class="btn big" type="submit">Đăng nhập</button>
</form>
<p class="muted">Đường dẫn chỉ dùng được một lần và hết hạn sau ${Math.round(LOGIN_LINK_TTL_MS / 60_000)} phút.</p>`;
  sendHtml(res, 200, messagePage({ title: 'Đăng nhập' }, 'Đăng nhập trang quản lý', body), [csrf.cookie]);
}

/**
 * Checks in order of cost: CSRF and the token's shape (no store access), then the address's
 * remaining attempts, then the token itself. Only a well-formed post whose token fails counts
 * against the address, so a flood of forged or garbled posts locks nobody out; the address
 * comes from `X-Forwarded-For` only when TRUST_PROXY says a proxy wrote it.
 */
export async function login(deps: WebDeps, req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> {
  const { app, sessions, loginCsrf, loginLimiter } = deps;
  const form = readForm(body);
  if (!loginCsrf.check(req.headers.cookie, form.get('_csrf') ?? undefined)) {
    badForm(res);
    return;
  }
  const token = form.get('token') ?? '';
  if (!TOKEN.test(token)) return refused(deps, res);
  const address = clientAddress(req, app.config.TRUST_PROXY);
  const limit = await loginLimiter.peek(address);
  if (!limit.allowed) return tooMany(res, limit.retryAfterMs);
  const now = app.clock();
  const grant = await redeemLoginToken(app.store, token, now);
  const viewer = grant ? viewerOf(await app.learners.get(grant.learnerId), app.policy) : undefined;
  if (!grant || !viewer) {
    await loginLimiter.hit(address);
    return refused(deps, res);
  }
  const { cookie } = await sessions.create(grant.learnerId);
  await app.audit.record({ at: now.toISOString(), actor: grant.learnerId, action: 'web.login' });
  redirect(res, '/admin/overview', [cookie, loginCsrf.clear()]);
}

function refused(deps: WebDeps, res: ServerResponse): void {
  const message = html`<p>Đường dẫn này đã được dùng, đã hết hạn hoặc không đúng.</p><p>Gõ <strong>/web</strong> trong khung chat với trợ lý để nhận đường dẫn mới.</p>`;
  sendHtml(res, 400, messagePage({ title: 'Không đăng nhập được' }, 'Không đăng nhập được', message), [
    deps.loginCsrf.clear(),
  ]);
}

function tooMany(res: ServerResponse, retryAfterMs: number): void {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  res.setHeader('retry-after', String(Math.ceil(retryAfterMs / 1000)));
  sendHtml(
    res,
    429,
    messagePage(
      { title: 'Thử lại sau' },
      'Quá nhiều lần đăng nhập',
      `Vui lòng đợi khoảng ${minutes} phút rồi thử lại.`,
    ),
  );
}
