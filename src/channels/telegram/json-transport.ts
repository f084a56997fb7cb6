import { TelegramError } from 'telegraf';
import { Pool } from 'undici';

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

/** The JSON body; only payloads holding a null need the (slower) replacer. */
const jsonBody = (payload: object) =>
  holdsNull(payload) ? JSON.stringify(payload, dropNulls) : JSON.stringify(payload);

const HEADERS = { 'content-type': 'application/json' };

/**
 * Bot API calls over undici's connection pool (kept-alive connections to the API's origin): the
 * same URLs, body and errors (`TelegramError`) as Telegraf's own client, at a fraction of its
 * CPU per call (Telegraf goes through node-fetch; node:http's client costs about twice undici's).
 * Uploads (multipart) stay with Telegraf. A call with no answer for `timeoutMs` (plus a long
 * poll's own wait) fails as a network error, to be retried.
 */
export function createJsonTransport(
  token: string,
  apiRoot: string,
  timeoutMs = 30_000,
): { call: JsonTransport; close(): void } {
  const root = new URL(apiRoot);
  // Made on first use, and again after close(): closing drops the kept-alive connections, as
  // an http.Agent's destroy() does, without making later calls fail.
  let pool: Pool | undefined;
  const poolOf = () => (pool ??= new Pool(root.origin, { keepAliveTimeout: 10_000 }));
  const paths = new Map<string, string>();
  const pathOf = (method: string) => {
    let path = paths.get(method);
    if (path === undefined) paths.set(method, (path = new URL(`./bot${token}/${method}`, root).pathname));
    return path;
  };
  const authorization = root.username
    ? {
        authorization: `Basic ${Buffer.from(
          `${decodeURIComponent(root.username)}:${decodeURIComponent(root.password)}`,
        ).toString('base64')}`,
      }
    : {};
  const headers = { ...HEADERS, ...authorization };

  // The token is in the path: errors must not carry it.
  const networkError = (method: string, error: Error & { code?: string }, waitMs: number) => {
    const timedOut = error.code === 'UND_ERR_HEADERS_TIMEOUT' || error.code === 'UND_ERR_BODY_TIMEOUT';
    const message = timedOut
      ? `no answer within ${Math.round(waitMs / 1000)} s`
      : error.message.split(token).join('[redacted]');
    return Object.assign(new Error(`${method}: ${message}`), {
      name: error.name,
      code: timedOut ? 'ETIMEDOUT' : error.code,
    });
  };

  const call: JsonTransport = async (method, payload, signal) => {
    // A connection that hangs must not hold a send (or a queue slot) for ever; a long poll
    // waits up to its own `timeout` seconds first.
    const longPoll =
      method === 'getUpdates' && 'timeout' in payload && typeof payload.timeout === 'number'
        ? payload.timeout * 1000
        : 0;
    const waitMs = longPoll + timeoutMs;
    let status: number;
    let text: string;
    try {
      const res = await poolOf().request({
        path: pathOf(method),
        method: 'POST',
        headers,
        body: jsonBody(payload),
        headersTimeout: waitMs,
        bodyTimeout: timeoutMs,
        ...(signal ? { signal } : {}),
      });
      status = res.statusCode;
      text = await res.body.text();
    } catch (error) {
      throw networkError(method, error as Error & { code?: string }, waitMs);
    }
    if (status >= 500)
      throw new TelegramError({ error_code: status, description: 'Server error' }, { method, payload });
    let data: { ok?: boolean; result?: unknown; error_code?: number; description?: string };
    try {
      data = JSON.parse(text) as typeof data;
    } catch {
      throw new Error(`${method}: the Bot API answered ${status} with a body that is not JSON`);
    }
    if (data.ok !== true)
      throw new TelegramError(
        { error_code: data.error_code ?? status, description: data.description ?? 'Unknown error', ...data },
        { method, payload },
      );
    return data.result;
  };

  return {
    call,
    close() {
      const closing = pool;
      pool = undefined;
      void closing?.destroy().catch(() => {
        /* the pool is being dropped; nobody is left to hear its errors */
      });
    },
  };
}

/** Whether Telegraf would send this payload as multipart (a file to upload or a media object). */
export function carriesMedia(payload: object): boolean {
  return Object.entries(payload).some(([key, value]) => {
    if (key === 'link_preview_options' || value === null || typeof value !== 'object') return false;
    if (Array.isArray(value))
      return value.some(
        (item: unknown) =>
          typeof item === 'object' &&
          item !== null &&
          'media' in item &&
          typeof item.media === 'object' &&
          item.media !== null,
      );
    return (
      'source' in value ||
      'url' in value ||
      ('media' in value && typeof value.media === 'object' && value.media !== null)
    );
  });
}
