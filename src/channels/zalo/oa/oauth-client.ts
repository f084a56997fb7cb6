import { TransientChannelError } from '../../../core/errors.ts';
import { ZaloAuthError } from '../zalo-errors.ts';
import { zaloFetch } from '../zalo-http.ts';
import { oaOAuthErrorSchema, oaTokenResponseSchema } from './oa-schemas.ts';

/** Tokens granted by Zalo OAuth v4. */
export interface OaTokenGrant {
  accessToken: string;
  /** Single use: every refresh returns a new one and invalidates this one. */
  refreshToken: string;
  expiresInSeconds: number;
}

/** The Zalo OAuth v4 endpoints an OA needs. */
export interface ZaloOAuth {
  /** The page where the OA admin grants our app access; Zalo then redirects with `?code=`. */
  consentUrl(redirectUri: string, state?: string): string;
  exchangeCode(code: string): Promise<OaTokenGrant>;
  refresh(refreshToken: string): Promise<OaTokenGrant>;
}

export interface ZaloOAuthOptions {
  /** Default `https://oauth.zaloapp.com`. */
  root: string;
  appId: string;
  /** App secret (sent in the `secret_key` header); never logged. */
  appSecret: string;
  /** Must stay well under the refresh lock's lifetime (default 10 s). */
  timeoutMs?: number;
}

export function createZaloOAuth(options: ZaloOAuthOptions): ZaloOAuth {
  const root = options.root.replace(/\/+$/, '');

  async function token(form: Record<string, string>, what: string): Promise<OaTokenGrant> {
    const res = await zaloFetch(
      `${root}/v4/oa/access_token`,
      {
        headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: options.appSecret },
        body: new URLSearchParams({ ...form, app_id: options.appId }),
        timeoutMs: options.timeoutMs ?? 10_000,
      },
      `Zalo OAuth ${what}`,
    );
    const granted = oaTokenResponseSchema.safeParse(res.body);
    if (granted.success) {
      return {
        accessToken: granted.data.access_token,
        refreshToken: granted.data.refresh_token,
        expiresInSeconds: granted.data.expires_in,
      };
    }
    if (res.status >= 500) throw new TransientChannelError(`Zalo OAuth ${what}: HTTP ${res.status}`);
    const err = oaOAuthErrorSchema.safeParse(res.body).data;
    const reason =
      err?.error_reason ?? err?.error_description ?? err?.message ?? err?.error_name ?? `HTTP ${res.status}`;
    throw new ZaloAuthError(`Zalo OAuth ${what} failed (${err?.error ?? res.status}): ${reason}`);
  }

  return {
    consentUrl(redirectUri, state) {
      const url = new URL(`${root}/v4/oa/permission`);
      url.searchParams.set('app_id', options.appId);
      url.searchParams.set('redirect_uri', redirectUri);
      if (state) url.searchParams.set('state', state);
      return url.toString();
    },
    exchangeCode: (code) => token({ code, grant_type: 'authorization_code' }, 'code exchange'),
    refresh: (refreshToken) => token({ refresh_token: refreshToken, grant_type: 'refresh_token' }, 'token refresh'),
  };
}
