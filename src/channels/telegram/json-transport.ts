import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { TelegramError } from 'telegraf';

/** Sends one Bot API call with a JSON body and resolves with its `result`. */
export type JsonTransport = (method: string, payload: object, signal?: AbortSignal) => Promise<unknown>;

/** Telegraf leaves out null and undefined fields; so do we. */
const dropNulls = (_key: string, value: unknown) => (value == null ? undefined : value);

function holdsNull(value: unknown): boolean {
  if (value === null) return true;
  if (typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(holdsNull);
  for (const key in value) if (holdsNull((value as Record<string, unknown>)[key])) return true;
  return false;
}

/** The JSON body; a replacer makes JSON.stringify several times slower, so only payloads with a null get one. */
const jsonBody = (payload: object) => (holdsNull(payload) ? JSON.stringify(payload, dropNulls) : JSON.stringify(payload));

/**
 * Bot API calls over `node:http(s)` with kept-alive connections: the same URLs, body and
 * errors (`TelegramError`) as Telegraf's own client, at about half its CPU per call (Telegraf
 * goes through node-fetch). Uploads (multipart) stay with Telegraf. A call with no answer for
 * `timeoutMs` (plus a long poll's own wait) fails as a network error, to be retried.
 */
export function createJsonTransport(token: string, apiRoot: string, timeoutMs = 30_000): { call: JsonTransport; close(): void } {
  const root = new URL(apiRoot);
  const secure = root.protocol === 'https:';
  const agent = secure ? new HttpsAgent({ keepAlive: true, keepAliveMsecs: 10_000 }) : new HttpAgent({ keepAlive: true, keepAliveMsecs: 10_000 });
  const send = secure ? httpsRequest : httpRequest;
  const paths = new Map<string, string>();
  const pathOf = (method: string) => {
    let path = paths.get(method);
    if (path === undefined) paths.set(method, (path = new URL(`./bot${token}/${method}`, root).pathname));
    return path;
  };
  // What node:http would derive from the URL on every call, derived once.
  const target = {
    protocol: root.protocol,
    hostname: root.hostname.replace(/^\[|\]$/g, ''),
    port: root.port,
    method: 'POST',
    agent,
    ...(root.username ? { auth: `${decodeURIComponent(root.username)}:${decodeURIComponent(root.password)}` } : {}),
  } as const;

  function read(res: IncomingMessage): Promise<string> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      res.on('error', reject);
    });
  }

  const call: JsonTransport = (method, payload, signal) =>
    new Promise((resolve, reject) => {
      const body = jsonBody(payload);
      const req = send(
        { ...target, path: pathOf(method), headers: { 'content-type': 'application/json', connection: 'keep-alive', 'content-length': Buffer.byteLength(body) }, ...(signal ? { signal } : {}) },
        (res) => {
          read(res).then((text) => {
            const status = res.statusCode ?? 0;
            if (status >= 500) return reject(new TelegramError({ error_code: status, description: res.statusMessage ?? 'Server error' }, { method, payload }));
            let data: { ok?: boolean; result?: unknown; error_code?: number; description?: string };
            try {
              data = JSON.parse(text) as typeof data;
            } catch {
              return reject(new Error(`${method}: the Bot API answered ${status} with a body that is not JSON`));
            }
            if (data.ok !== true) return reject(new TelegramError({ error_code: data.error_code ?? status, description: data.description ?? 'Unknown error', ...data }, { method, payload }));
            resolve(data.result);
          }, reject);
        },
      );
      // A connection that hangs must not hold a send (or a queue slot) for ever; a long poll
      // waits up to its own `timeout` seconds first.
      const longPoll = method === 'getUpdates' && 'timeout' in payload && typeof payload.timeout === 'number' ? payload.timeout * 1000 : 0;
      req.setTimeout(longPoll + timeoutMs, () => req.destroy(Object.assign(new Error(`no answer within ${Math.round((longPoll + timeoutMs) / 1000)} s`), { code: 'ETIMEDOUT' })));
      // The token is in the URL: network errors must not carry it.
      req.on('error', (error: NodeJS.ErrnoException) => {
        const safe = Object.assign(new Error(`${method}: ${error.message.split(token).join('[redacted]')}`), { name: error.name, code: error.code });
        reject(safe);
      });
      req.end(body);
    });

  return { call, close: () => agent.destroy() };
}

/** Whether Telegraf would send this payload as multipart (a file to upload or a media object). */
export function carriesMedia(payload: object): boolean {
  return Object.entries(payload).some(([key, value]) => {
    if (key === 'link_preview_options' || value === null || typeof value !== 'object') return false;
    if (Array.isArray(value)) return value.some((item: unknown) => typeof item === 'object' && item !== null && 'media' in item && typeof item.media === 'object' && item.media !== null);
    return 'source' in value || 'url' in value || ('media' in value && typeof value.media === 'object' && value.media !== null);
  });
}
