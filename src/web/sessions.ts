import type { Store } from '../core/store.ts';
import { parseCookies, serializeCookie } from './cookies.ts';
import { randomId, type Signer } from './signing.ts';

/** A signed-in dashboard user. Role and ward are read from the learner record on every request, never stored here. */
export interface WebSession {
  id: string;
  learnerId: string;
  createdAt: string;
  expiresAt: string;
}

export interface Sessions {
  /** Starts a session; returns it with the Set-Cookie value. */
  create(learnerId: string): Promise<{ session: WebSession; cookie: string }>;
  /** The session of a request's Cookie header, if its signature is right and it has not ended. */
  read(cookieHeader: string | undefined): Promise<WebSession | undefined>;
  /** Ends a session; returns the Set-Cookie value that clears the cookie. */
  destroy(session: WebSession): Promise<string>;
  /** The CSRF token every form of this session carries. */
  csrfToken(session: WebSession): string;
  checkCsrf(session: WebSession, token: string | undefined): boolean;
}

export interface SessionOptions {
  store: Store;
  signer: Signer;
  clock: () => Date;
  /** Adds `Secure` to the cookie (when the dashboard is served over https). */
  secure: boolean;
  /** Default 8 hours: a working day. */
  ttlMs?: number;
}

export const SESSION_COOKIE = 'hv_session';
const key = (id: string) => `web:session:${id}`;

export function createSessions(o: SessionOptions): Sessions {
  const ttlMs = o.ttlMs ?? 8 * 3600 * 1000;
  const cookie = (value: string, maxAge: number) =>
    serializeCookie(SESSION_COOKIE, value, { path: '/admin', maxAge, secure: o.secure, sameSite: 'Lax' });
  return {
    async create(learnerId) {
      const now = o.clock();
      const session: WebSession = {
        id: randomId(),
        learnerId,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
      };
      await o.store.set(key(session.id), session, { ttlMs });
      return {
        session,
        cookie: cookie(`${session.id}.${o.signer.sign(`session:${session.id}`)}`, Math.floor(ttlMs / 1000)),
      };
    },
    async read(header) {
      const value = parseCookies(header).get(SESSION_COOKIE);
      const [id, signature, extra] = (value ?? '').split('.');
      if (!id || !signature || extra !== undefined || !o.signer.verify(`session:${id}`, signature)) return undefined;
      const session = await o.store.get<WebSession>(key(id));
      if (!session || Date.parse(session.expiresAt) <= o.clock().getTime()) return undefined;
      return session;
    },
    async destroy(session) {
      await o.store.delete(key(session.id));
      return cookie('', 0);
    },
    csrfToken: (session) => o.signer.sign(`csrf:${session.id}`),
    checkCsrf: (session, token) => token !== undefined && o.signer.verify(`csrf:${session.id}`, token),
  };
}
