import { isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';

/**
 * The address of whoever sent a request, for rate limits and body budgets.
 *
 * With `trustedProxies` 0 it is the socket's address and `X-Forwarded-For` is ignored: any
 * client can write that header. With n proxies in front, each appends the address it saw, so
 * the n-th entry from the right is the one the outermost trusted proxy saw; entries left of it
 * were written by the client and are never used. A missing or malformed entry falls back to
 * the socket address (the proxy itself), which errs on the strict side.
 */
export function clientAddress(req: IncomingMessage, trustedProxies: number): string {
  const socket = normalize(req.socket.remoteAddress ?? 'unknown');
  if (trustedProxies <= 0) return socket;
  const header = req.headers['x-forwarded-for'];
  const list = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const entry = list[list.length - trustedProxies];
  return entry !== undefined && isIP(normalize(entry)) !== 0 ? normalize(entry) : socket;
}

/** `::ffff:1.2.3.4` and `1.2.3.4` are one client. */
function normalize(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}
