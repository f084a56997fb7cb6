import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { HeaderVerdict, WebhookRoute } from '../channels/channel.ts';
import type { Logger } from '../core/logger.ts';
import { createBodyBudget, DEFAULT_BODY_LIMITS, type BodyLimits } from './body-budget.ts';
import { clientAddress } from './client-address.ts';
import { readBody, refuse } from './read-body.ts';

/** Requests larger than this are refused before reading further (webhook updates are small). */
export const MAX_BODY_BYTES = DEFAULT_BODY_LIMITS.maxBodyBytes;

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
  /** Reverse proxies in front (TRUST_PROXY): where the client address comes from. */
  trustProxy?: number;
  /** Overrides of {@link DEFAULT_BODY_LIMITS}, for tests. */
  limits?: Partial<BodyLimits>;
}

function matches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

/** Open connections per socket address; one over the limit is closed at once. */
function limitConnections(server: Server, perAddress: number): void {
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const count = (open.get(address) ?? 0) + 1;
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
    if (count > perAddress) socket.destroy();
  });
}

/**
 * One HTTP server for webhooks, /healthz, /metrics and the dashboard. Before a body is read:
 * a webhook's secret header is checked (401 without reading on), the declared length is
 * checked (413) and the client must have room in the body budget (503). Bodies stall for at
 * most `bodyTimeoutMs` (408). Every refusal reaches the client before the connection closes.
 */
export function createHttpServer(deps: HttpServerDeps): Server {
  const limits: BodyLimits = { ...DEFAULT_BODY_LIMITS, ...deps.limits };
  const budget = createBodyBudget(limits);
  const trustProxy = deps.trustProxy ?? 0;
  const say = (
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    text: string,
    headers?: Record<string, string>,
  ) => refuse(req, res, { status, text, ...(headers ? { headers } : {}) }, limits);

  async function receive(
    req: IncomingMessage,
    res: ServerResponse,
    verdict: HeaderVerdict,
    maxBytes: number,
  ): Promise<Buffer | undefined> {
    const declared = Number(req.headers['content-length']);
    if (declared > maxBytes) return void say(req, res, 413, 'payload too large');
    const slot = budget.open(clientAddress(req, trustProxy), verdict === 'authenticated');
    if (!slot) return void say(req, res, 503, 'busy', { 'retry-after': '1' });
    try {
      if (req.headers.expect?.toLowerCase() === '100-continue') res.writeContinue();
      const read = await readBody(req, { maxBytes, timeoutMs: limits.bodyTimeoutMs, slot });
      if (read.kind === 'ok') return read.body;
      if (read.kind === 'too-large') say(req, res, 413, 'payload too large');
      else if (read.kind === 'busy') say(req, res, 503, 'busy', { 'retry-after': '1' });
      // A client this slow is not waited for again: answer and close at once.
      else if (read.kind === 'timeout')
        refuse(req, res, { status: 408, text: 'request timeout' }, { drainBytes: 0, drainMs: 0 });
      return undefined;
    } finally {
      slot.release();
    }
  }

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    try {
      const hook = deps.webhooks.find((w) => w.method === req.method && w.path === path);
      const route = hook ? undefined : deps.routes.find((r) => r.method === req.method && matches(r.path, path));
      if (!hook && !route) return say(req, res, 404, 'not found');
      const verdict = hook?.checkHeaders?.(req.headers) ?? 'unverified';
      if (verdict === 'rejected') return say(req, res, 401, 'unauthorized');
      let body: Buffer = Buffer.alloc(0);
      if (req.method === 'POST') {
        const received = await receive(
          req,
          res,
          verdict,
          Math.min(hook?.maxBodyBytes ?? limits.maxBodyBytes, limits.maxBodyBytes),
        );
        if (received === undefined) return;
        body = received;
      }
      if (hook) {
        const result = await hook.handle(req.headers, body);
        res.writeHead(result.status, { 'content-type': 'text/plain' }).end(result.body ?? '');
        return;
      }
      await route!.handle(req, res, body);
    } catch (error) {
      deps.logger.error({ err: (error as Error).message, path }, 'http handler failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('internal error');
    }
  }

  const server = createServer((req, res) => void serve(req, res));
  // Expect: 100-continue is answered only once the headers passed, so a refused client never sends its body.
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => void serve(req, res));
  server.requestTimeout = limits.bodyTimeoutMs * 2;
  server.headersTimeout = Math.min(20_000, server.requestTimeout);
  if (trustProxy === 0) limitConnections(server, limits.connectionsPerAddress);
  return server;
}
