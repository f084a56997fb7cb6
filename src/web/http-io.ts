import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SafeHtml } from './html.ts';

/** Fields of a form post beyond this are ignored: dashboard forms have a handful. */
const MAX_FIELDS = 50;

/**
 * Headers every dashboard response carries: no inline script or style, no framing, no referrer (login links hold
 * tokens).
 */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; connect-src 'self'; " +
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
} as const;

export function readForm(body: Buffer): URLSearchParams {
  const form = new URLSearchParams(body.toString('utf8'));
  const kept = new URLSearchParams();
  let n = 0;
  for (const [k, v] of form) if (n++ < MAX_FIELDS) kept.append(k, v);
  return kept;
}

/** The request target, parsed against a dummy origin; a malformed one reads as `/`. */
export function urlOf(req: IncomingMessage): URL {
  try {
    return new URL(req.url ?? '/', 'http://dashboard.invalid');
  } catch {
    return new URL('/', 'http://dashboard.invalid');
  }
}

export function sendHtml(res: ServerResponse, status: number, page: SafeHtml, cookies: string[] = []): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'text/html; charset=utf-8',
    ...(cookies.length ? { 'set-cookie': cookies } : {}),
  });
  res.end(page.value);
}

/** 303 See Other: after a form post the browser loads the next page with GET. */
export function redirect(res: ServerResponse, location: string, cookies: string[] = []): void {
  res.writeHead(303, { ...SECURITY_HEADERS, location, ...(cookies.length ? { 'set-cookie': cookies } : {}) }).end();
}

export function sendFile(
  res: ServerResponse,
  type: string,
  content: string,
  options: { filename?: string; cache?: boolean } = {},
): void {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': type,
    ...(options.cache ? { 'cache-control': 'public, max-age=3600' } : {}),
    ...(options.filename
      ? { 'content-disposition': `attachment; filename="${options.filename.replace(/[^\w.-]/g, '_')}"` }
      : {}),
  });
  res.end(content);
}
