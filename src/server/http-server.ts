import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { WebhookRoute } from '../channels/channel.ts';
import type { Logger } from '../core/logger.ts';

/** Requests larger than this are refused before reading further (webhook updates are small). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** A plain route of the app's own (health, metrics, dashboard). */
export interface HttpRoute {
  method: 'GET' | 'POST';
  /** Exact path, or a prefix ending in `*`. */
  path: string;
  handle(req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void>;
}

export interface HttpServerDeps {
  logger: Logger;
  webhooks: WebhookRoute[];
  routes: HttpRoute[];
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(undefined);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function matches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

/** One HTTP server for webhooks, /healthz, /metrics and the dashboard. */
export function createHttpServer(deps: HttpServerDeps): Server {
  return createServer((req, res) => {
    void (async () => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      try {
        const body = req.method === 'POST' ? await readBody(req) : Buffer.alloc(0);
        if (body === undefined) {
          res.writeHead(413).end('payload too large');
          return;
        }
        const hook = deps.webhooks.find((w) => w.method === req.method && w.path === path);
        if (hook) {
          const result = await hook.handle(req.headers, body);
          res.writeHead(result.status, { 'content-type': 'text/plain' }).end(result.body ?? '');
          return;
        }
        const route = deps.routes.find((r) => r.method === req.method && matches(r.path, path));
        if (route) {
          await route.handle(req, res, body);
          return;
        }
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      } catch (error) {
        deps.logger.error({ err: (error as Error).message, path }, 'http handler failed');
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('internal error');
      }
    })();
  });
}
