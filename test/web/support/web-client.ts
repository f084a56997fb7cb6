import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import type { App } from '../../../src/app/create-app.ts';
import { silentLogger } from '../../../src/core/logger.ts';
import { createHttpServer } from '../../../src/server/http-server.ts';
import { createDashboardRoutes } from '../../../src/app/create-dashboard.ts';
import type { WebOptions } from '../../../src/web/web-routes.ts';

/** The dashboard routes on a real HTTP server on 127.0.0.1, port 0. */
export async function startWebServer(
  app: App,
  options: WebOptions = {},
): Promise<{ base: string; close: () => Promise<void> }> {
  const server = createHttpServer({
    logger: silentLogger,
    webhooks: [],
    routes: createDashboardRoutes(app, options),
    trustProxy: app.config.TRUST_PROXY,
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface WebResponse {
  status: number;
  text: string;
  headers: Headers;
  location: string | null;
  setCookies: string[];
}

/** A browser without a browser: keeps cookies, never follows redirects, posts forms; `extra` headers go with every request (a proxy's X-Forwarded-For). */
export function webClient(base: string, extra: Record<string, string> = {}) {
  const jar = new Map<string, string>();
  const request = async (
    path: string,
    init: { method?: 'GET' | 'POST'; form?: Record<string, string> } = {},
  ): Promise<WebResponse> => {
    const headers: Record<string, string> = { ...extra };
    if (jar.size) headers['cookie'] = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    if (init.form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const res = await fetch(base + path, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      headers,
      redirect: 'manual',
      ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}),
    });
    const setCookies = res.headers.getSetCookie();
    for (const c of setCookies) {
      const [pair, ...attrs] = c.split(';');
      const [name, value] = [pair!.slice(0, pair!.indexOf('=')), pair!.slice(pair!.indexOf('=') + 1)];
      if (attrs.some((a) => a.trim() === 'Max-Age=0')) jar.delete(name);
      else jar.set(name, value);
    }
    return {
      status: res.status,
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer()),
      headers: res.headers,
      location: res.headers.get('location'),
      setCookies,
    };
  };
  return {
    get: (path: string) => request(path),
    post: (path: string, form: Record<string, string>) => request(path, { form }),
    jar,
  };
}

/** The CSRF field of the first form on a page. */
export function csrfOf(html: string): string {
  const m = html.match(/name="_csrf" value="([^"]+)"/);
  if (!m) throw new Error('no CSRF field on the page');
  return m[1]!;
}

/** Signs in with a login link (path and query) the way a person would: open it, press "Đăng nhập". */
export async function signIn(client: ReturnType<typeof webClient>, link: string): Promise<WebResponse> {
  const url = new URL(link);
  const page = await client.get(url.pathname + url.search);
  return client.post('/admin/login', { token: url.searchParams.get('token') ?? '', _csrf: csrfOf(page.text) });
}

/** Every path answers 403 to `client`, and none of those pages shows `hidden` (another ward's name). */
export async function expectForbidden(
  client: ReturnType<typeof webClient>,
  paths: readonly string[],
  hidden: string,
): Promise<void> {
  for (const path of paths) {
    const res = await client.get(path);
    expect(res.status, path).toBe(403);
    expect(res.text).not.toContain(hidden);
  }
}
