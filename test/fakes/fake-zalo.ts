import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createOaBilling, type OaBilling, type OaBillingOptions, type OaCall } from './fake-oa-billing.ts';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/**
 * A fake Zalo on loopback serving the documented shapes of the Bot API (`/bot<token>/<method>`),
 * the OA Open API v3 (`/v3.0/oa/message/cs`) and OAuth v4 (`/v4/oa/access_token`). It records
 * every call, enforces the documented limits and rotates single-use refresh tokens.
 */
export interface FakeZaloOptions extends OaBillingOptions {
  botToken?: string;
  appId?: string;
  appSecret?: string;
  /** Delay before OAuth answers, widening the window in which two refreshes could overlap. */
  oauthDelayMs?: number;
  /** Longest a getUpdates call is held open when nothing is queued (default 200 ms). */
  maxHoldMs?: number;
}

export type { OaBilling, OaCall } from './fake-oa-billing.ts';

export type UpdateForm = 'flat' | 'wrapped' | 'list';
export interface BotCall {
  method: string;
  body: Record<string, unknown>;
}

const json = (res: ServerResponse, body: unknown, status = 200) =>
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Running fakes by URL, so a test harness can tell the fake what people sent to the OA. */
const running = new Map<string, FakeZalo>();

/** The fake serving `url`, if one runs in this process. */
export const fakeZaloAt = (url: string | undefined): FakeZalo | undefined =>
  url === undefined ? undefined : running.get(url.replace(/\/+$/, ''));

export async function startFakeZalo(options: FakeZaloOptions = {}) {
  const botToken = options.botToken ?? '1234567890:fake-bot-secret';
  const appId = options.appId ?? '360846524940903967';
  const appSecret = options.appSecret ?? 'fake-app-secret';
  const botCalls: BotCall[] = [];
  const oaCalls: OaCall[] = [];
  const updates: Array<{ update: unknown; form: UpdateForm }> = [];
  const pollWaiters = new Set<() => void>();
  const accessTokens = new Set<string>();
  const refreshTokens = new Map<string, 'valid' | 'used'>();
  const refreshUses = new Map<string, number>();
  const codes = new Set<string>();
  const scripted: Array<{ error: number; message: string; userId?: string }> = [];
  const stickyErrors = new Map<string, number>();
  const listeners = new Set<() => void>();
  let refreshCount = 0;
  let emptyPolls = 0;
  let rejectedRefreshes = 0;
  let webhook: { url: string; secret_token: string } | undefined;
  const billing = createOaBilling(options);

  const changed = () => listeners.forEach((fn) => fn());

  function issue(): { accessToken: string; refreshToken: string } {
    const accessToken = `at-${randomUUID()}`;
    const refreshToken = `rt-${randomUUID()}`;
    accessTokens.add(accessToken);
    refreshTokens.set(refreshToken, 'valid');
    return { accessToken, refreshToken };
  }

  async function bot(method: string, body: Record<string, unknown>, res: ServerResponse) {
    const fail = (code: number, description: string) =>
      json(res, { ok: false, error_code: code, description }, code >= 500 ? code : 200);
    if (method === 'getUpdates') {
      if (updates.length === 0) {
        const holdMs = Math.min(Number(body['timeout'] ?? 30) * 1000, options.maxHoldMs ?? 200);
        await new Promise<void>((resolve) => {
          const wake = () => resolve();
          pollWaiters.add(wake);
          setTimeout(() => (pollWaiters.delete(wake), resolve()), holdMs);
        });
      }
      const next = updates.shift();
      if (!next) {
        emptyPolls += 1;
        return fail(408, 'Request timeout');
      }
      botCalls.push({ method, body });
      if (next.form === 'flat') return json(res, next.update);
      return json(res, { ok: true, result: next.form === 'list' ? [next.update] : next.update });
    }
    botCalls.push({ method, body });
    switch (method) {
      case 'getMe':
        return json(res, {
          ok: true,
          result: {
            id: botToken.split(':')[0],
            account_name: 'bot.hocvuso',
            account_type: 'BASIC',
            can_join_groups: false,
          },
        });
      case 'setWebhook': {
        const secret = String(body['secret_token'] ?? '');
        if (typeof body['url'] !== 'string' || secret.length < 8 || secret.length > 256)
          return fail(400, 'Bad Request: invalid url or secret_token');
        webhook = { url: body['url'], secret_token: secret };
        return json(res, { ok: true, result: { url: body['url'], updated_at: Date.now() } });
      }
      case 'deleteWebhook':
        webhook = undefined;
        return json(res, { ok: true, result: { url: '', updated_at: Date.now() } });
      case 'sendMessage': {
        const text = body['text'];
        if (typeof body['chat_id'] !== 'string') return fail(400, 'Bad Request: chat_id is required');
        if (typeof text !== 'string' || text.length < 1 || text.length > 2000)
          return fail(400, 'Bad Request: text must have 1-2000 characters');
        return json(res, {
          ok: true,
          result: { message_id: randomUUID().replace(/-/g, '').slice(0, 20), date: Date.now() },
        });
      }
      case 'sendPhoto':
        if (typeof body['photo'] !== 'string') return fail(400, 'Bad Request: photo is required');
        return json(res, {
          ok: true,
          result: { message_id: randomUUID().replace(/-/g, '').slice(0, 20), date: Date.now() },
        });
      case 'sendChatAction':
        return json(res, { ok: true, result: true });
      default:
        return fail(404, 'Not Found: method');
    }
  }

  function oaSend(req: IncomingMessage, body: Record<string, unknown>, res: ServerResponse) {
    const token = String(req.headers['access_token'] ?? '');
    const recipient = (body['recipient'] ?? {}) as Record<string, unknown>;
    const replyTo = typeof recipient['message_id'] === 'string' ? recipient['message_id'] : undefined;
    const userId = replyTo !== undefined ? billing.userOf(replyTo) : String(recipient['user_id'] ?? '');
    const message = (body['message'] ?? {}) as Record<string, unknown>;
    const record = (error: number, text: string, billedAs?: OaBilling) => {
      oaCalls.push({ userId, recipient, message, accessToken: token, error, ...(billedAs ? { billedAs } : {}) });
      json(res, {
        error,
        message: text,
        ...(error === 0 ? { data: { message_id: randomUUID(), user_id: userId } } : {}),
      });
    };
    if (!accessTokens.has(token)) return record(-216, 'Access token is invalid');
    const i = scripted.findIndex((s) => s.userId === undefined || s.userId === userId);
    if (i >= 0) {
      const [s] = scripted.splice(i, 1);
      return record(s!.error, s!.message);
    }
    const sticky = stickyErrors.get(userId);
    if (sticky !== undefined) return record(sticky, 'User has not interacted with the OA in the last 7 days');
    if (!userId)
      return record(-201, replyTo !== undefined ? 'recipient.message_id is invalid' : 'recipient.user_id is invalid');
    const text = message['text'];
    if (text !== undefined && (typeof text !== 'string' || text.length === 0 || text.length > 2000))
      return record(-201, 'message.text must have 1-2000 characters');
    const billedAs = billing.bill(recipient, userId);
    if (!billedAs) return record(-211, 'Out of quota');
    return record(0, 'Success', billedAs);
  }

  async function oauth(req: IncomingMessage, raw: string, res: ServerResponse) {
    if (options.oauthDelayMs) await new Promise((r) => setTimeout(r, options.oauthDelayMs));
    const form = new URLSearchParams(raw);
    const invalid = (error: number, reason: string) =>
      json(res, {
        error,
        error_name: 'Invalid parameter',
        error_reason: reason,
        ref_doc: 'https://developers.zalo.me/docs',
      });
    if (!String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded'))
      return invalid(-14001, 'Body must be form-encoded');
    if (req.headers['secret_key'] !== appSecret) return invalid(-14002, 'Invalid secret key');
    if (form.get('app_id') !== appId) return invalid(-14003, 'Invalid app id');
    if (form.get('grant_type') === 'authorization_code') {
      const code = form.get('code') ?? '';
      if (!codes.delete(code)) return invalid(-14019, 'Invalid authorization code');
    } else if (form.get('grant_type') === 'refresh_token') {
      const token = form.get('refresh_token') ?? '';
      refreshUses.set(token, (refreshUses.get(token) ?? 0) + 1);
      if (refreshTokens.get(token) !== 'valid') {
        rejectedRefreshes += 1;
        return invalid(-14014, 'Invalid refresh token');
      }
      refreshTokens.set(token, 'used');
      refreshCount += 1;
    } else {
      return invalid(-14004, 'Invalid grant type');
    }
    const { accessToken, refreshToken } = issue();
    return json(res, { access_token: accessToken, refresh_token: refreshToken, expires_in: '90000' });
  }

  const server: Server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const path = (req.url ?? '/').split('?')[0]!;
      let body: Record<string, unknown> = {};
      try {
        body = raw && !path.startsWith('/v4/') ? (JSON.parse(raw) as Record<string, unknown>) : {};
      } catch {
        return json(res, { ok: false, error_code: 400, description: 'Bad Request: invalid JSON' }, 400);
      }
      const botMatch = path.match(/^\/bot([^/]+)\/(\w+)$/);
      if (botMatch) {
        if (botMatch[1] !== botToken)
          return json(res, { ok: false, error_code: 401, description: 'Unauthorized' }, 401);
        return await bot(botMatch[2]!, body, res);
      }
      if (path === '/v3.0/oa/message/cs' && req.method === 'POST') return oaSend(req, body, res);
      if (path === '/v4/oa/access_token' && req.method === 'POST') return await oauth(req, raw, res);
      return json(res, { error: 404, message: 'not found' }, 404);
    })()
      .catch(() => res.destroy())
      .finally(changed);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const fake = {
    url,
    botToken,
    appId,
    appSecret,
    botCalls,
    oaCalls,
    get webhook() {
      return webhook;
    },
    /** getUpdates calls that ended with 408 (nothing new). */
    get emptyPolls() {
      return emptyPolls;
    },
    /** Successful OAuth refreshes, and refreshes refused because the token was already used. */
    get refreshes() {
      return { ok: refreshCount, rejected: rejectedRefreshes, uses: new Map(refreshUses) };
    },
    /** Queues an update for the next getUpdates call, in the given response form. */
    queueUpdate(update: unknown, form: UpdateForm = 'wrapped') {
      updates.push({ update, form });
      pollWaiters.forEach((wake) => wake());
      pollWaiters.clear();
    },
    /** Issues a valid token pair, as after a consent (seed it into the store). */
    issueTokens: issue,
    revokeAccessToken: (token: string) => void accessTokens.delete(token),
    addAuthCode: (code: string) => void codes.add(code),
    /** Zalo's billing (fake-oa-billing.ts): replies, proactive messages and quota refusals counted… */
    get billing() {
      return billing.counts;
    },
    /** …and people writing to the OA, as Zalo sees it before the webhook (opens free replies). */
    userWrote: billing.userWrote,
    userWroteAt: billing.userWroteAt,
    /** The next OA send (to `userId`, or anyone) fails with this error envelope. */
    failNextOaSend(error: number, message = 'scripted error', userId?: string) {
      scripted.push({ error, message, ...(userId ? { userId } : {}) });
    },
    /** Every OA send to this user fails with `error` (e.g. -230: outside the 7-day window). */
    failOaSendsTo: (userId: string, error: number) => void stickyErrors.set(userId, error),
    /** Resolves once `predicate` holds, re-checked after every request the fake answers. */
    waitFor(predicate: () => boolean): Promise<void> {
      if (predicate()) return Promise.resolve();
      return new Promise((resolve) => {
        const check = () => {
          if (!predicate()) return;
          listeners.delete(check);
          resolve();
        };
        listeners.add(check);
      });
    },
    async close() {
      running.delete(url);
      pollWaiters.forEach((wake) => wake());
      server.closeAllConnections();
      server.close();
    },
  };
  running.set(url, fake);
  return fake;
}

export type FakeZalo = Awaited<ReturnType<typeof startFakeZalo>>;
