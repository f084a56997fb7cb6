import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../../../config.ts';
import type { Store } from '../../../core/store.ts';
import type { CertificateService } from '../service.ts';
import type { HttpRoute } from '../../../server/http-server.ts';
import { html } from '../../../web/html.ts';
import { redirect, sendHtml, urlOf } from '../../../web/http-io.ts';
import { clientAddress } from '../../../server/client-address.ts';
import { messagePage } from '../../../web/layout.ts';
import { createRateLimiter, type RateLimiter } from '../../../web/rate-limit.ts';
import { IMAGE_TOKEN, normalizeCode } from '../code.ts';
import { vietnameseDate } from '../render.ts';
import type { CertificateRecord } from '../record.ts';

export interface VerifyOptions {
  /** Look-ups per client address and window; default 30 per 10 minutes. */
  limit?: number;
  windowMs?: number;
}

const FORM = html`<form method="get" action="/verify" class="inline"><label for="code">Mã xác minh</label>
<input id="code" name="code" autocomplete="off" placeholder="ABCDE-12345" maxlength="20" required>
<button type="submit">Kiểm tra</button></form>`;

function found(record: CertificateRecord) {
  const what =
    record.kind === 'course'
      ? `Giấy chứng nhận hoàn thành ${record.lessons.length} bài học kỹ năng số`
      : `Huy hiệu bài học`;
  const lessons = record.lessons.map((l) => html`<li>${l.title}: đúng ${l.score}/${l.total} câu</li>`);
  return html`<p class="badge ok">✅ Hợp lệ</p><p><strong>${what}</strong> do Trợ lý Học vụ số cấp.</p>
<dl><dt>Họ và tên</dt><dd data-testid="name">${record.name ?? '(không ghi tên)'}</dd>
<dt>Phường, xã</dt><dd>${record.ward ?? '(không ghi)'}</dd>
<dt>Ngày cấp</dt><dd>${vietnameseDate(record.day)}</dd>
<dt>Mã xác minh</dt><dd>${record.code}</dd></dl>
<h2>Bài học</h2><ul>${lessons}</ul>`;
}

async function verifyPage(
  app: CertificateRouteServices,
  limiter: RateLimiter,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = urlOf(req);
  const typed = url.searchParams.get('code');
  if (url.pathname === '/verify' || url.pathname === '/verify/') {
    const code = typed === null ? undefined : normalizeCode(typed);
    if (code) return redirect(res, `/verify/${code}`);
    const note =
      typed === null
        ? ''
        : html`<p class="flash bad" role="alert">Mã này không đúng dạng: mã có 10 chữ và số, như ABCDE-12345.</p>`;
    const body = html`<p>Nhập mã in trên giấy chứng nhận hoặc huy hiệu của Trợ lý Học vụ số.</p>${note}${FORM}`;
    return sendHtml(
      res,
      typed === null ? 200 : 400,
      messagePage({ title: 'Kiểm tra giấy chứng nhận' }, 'Kiểm tra giấy chứng nhận', body),
    );
  }
  // Every look-up counts, so guessing codes runs into the limit long before it could find one.
  const { allowed, retryAfterMs } = await limiter.hit(clientAddress(req, app.config.TRUST_PROXY));
  if (!allowed) {
    res.setHeader('retry-after', String(Math.ceil(retryAfterMs / 1000)));
    return sendHtml(
      res,
      429,
      messagePage(
        { title: 'Thử lại sau' },
        'Thử lại sau ít phút',
        'Bạn đã kiểm tra quá nhiều mã. Vui lòng thử lại sau ít phút.',
      ),
    );
  }
  let typedCode = '';
  try {
    typedCode = decodeURIComponent(url.pathname.slice('/verify/'.length));
  } catch {
    // A malformed escape is simply not a code.
  }
  const code = normalizeCode(typedCode);
  const record = code ? await app.certificates.verify(code) : undefined;
  if (!record)
    return sendHtml(
      res,
      404,
      messagePage(
        { title: 'Không tìm thấy' },
        'Không tìm thấy giấy chứng nhận',
        html`<p>Không tìm thấy giấy chứng nhận nào có mã này. Bạn xem lại mã (10 chữ và số, như ABCDE-12345) rồi thử lại.</p>${FORM}`,
      ),
    );
  return sendHtml(res, 200, messagePage({ title: 'Giấy chứng nhận hợp lệ' }, 'Giấy chứng nhận hợp lệ', found(record)));
}

/** `/c/<token>.png`: the picture of an award, for channels that take images by URL (Zalo OA). */
async function imageFile(app: CertificateRouteServices, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const token = urlOf(req).pathname.match(/^\/c\/([^/]+)\.png$/)?.[1];
  const png = token && IMAGE_TOKEN.test(token) ? await app.certificates.image(token) : undefined;
  if (!png) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Không tìm thấy');
    return;
  }
  res.writeHead(200, {
    'content-type': 'image/png',
    'content-length': String(png.byteLength),
    'cache-control': 'private, max-age=86400',
    'x-content-type-options': 'nosniff',
  });
  res.end(png);
}

/** Public routes: `/verify` (form), `/verify/<code>` (rate-limited per address) and award pictures. */
/** What the public certificate routes use. */
export interface CertificateRouteServices {
  config: Pick<Config, 'TRUST_PROXY'>;
  store: Store;
  clock: () => Date;
  certificates: Pick<CertificateService, 'verify' | 'image'>;
}

export function createCertificateRoutes(app: CertificateRouteServices, options: VerifyOptions = {}): HttpRoute[] {
  const limiter = createRateLimiter({
    store: app.store,
    clock: app.clock,
    name: 'web:verify-rate',
    limit: options.limit ?? 30,
    windowMs: options.windowMs ?? 10 * 60_000,
  });
  return [
    { method: 'GET', path: '/verify*', handle: (req, res) => verifyPage(app, limiter, req, res) },
    { method: 'GET', path: '/c/*', handle: (req, res) => imageFile(app, req, res) },
  ];
}
