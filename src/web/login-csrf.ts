import { parseCookies, serializeCookie } from './cookies.ts';
import { randomId, type Signer } from './signing.ts';

/** Cookie of the signed double-submit token that protects the login form (there is no session yet). */
export const LOGIN_COOKIE = 'hv_login';

/** Before sign-in: a random cookie plus a form field holding its signature; a forged form has neither. */
export interface LoginCsrf {
  /** A new pair for the login page. */
  issue(): { cookie: string; field: string };
  check(cookieHeader: string | undefined, field: string | undefined): boolean;
  /** Set-Cookie value that removes the cookie after use. */
  clear(): string;
}

export function createLoginCsrf(signer: Signer, secure: boolean): LoginCsrf {
  const cookie = (value: string, maxAge: number) =>
    serializeCookie(LOGIN_COOKIE, value, { path: '/admin/login', maxAge, secure, sameSite: 'Lax' });
  return {
    issue() {
      const value = randomId();
      return { cookie: cookie(value, 15 * 60), field: signer.sign(`login:${value}`) };
    },
    check(header, field) {
      const value = parseCookies(header).get(LOGIN_COOKIE);
      return value !== undefined && field !== undefined && signer.verify(`login:${value}`, field);
    },
    clear: () => cookie('', 0),
  };
}
