import {
  type ChannelError,
  PermanentChannelError,
  QuotaExhaustedError,
  RateLimitedError,
  RecipientUnreachableError,
  TransientChannelError,
} from '../../core/errors.ts';

/**
 * Zalo refused our credentials (bad bot token, OA tokens missing, revoked or refreshed
 * elsewhere). Permanent: an operator must act (`hocvuso zalo oa-auth`). Logged loudly.
 */
export class ZaloAuthError extends PermanentChannelError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** How long to wait after OA error -32 when Zalo gives no hint (its limits are per minute). */
export const OA_RATE_LIMIT_WAIT_MS = 60_000;

/** OA error codes that mean the access token is invalid or expired: refresh once, then retry. */
export const OA_TOKEN_ERRORS: ReadonlySet<number> = new Set([-216, -220]);

/**
 * Maps an OA Open API error envelope `{error, message}` (or a bare HTTP failure) to the typed
 * errors the queue understands. Token errors are handled by the caller before this.
 */
export function oaError(
  code: number | undefined,
  message: string,
  status: number,
  retryAfterMs?: number,
): ChannelError {
  const what = `Zalo OA error ${code ?? `HTTP ${status}`}: ${message}`;
  switch (code) {
    case -32:
      return new RateLimitedError(retryAfterMs ?? OA_RATE_LIMIT_WAIT_MS, what);
    case -230:
    case -232:
      return new RecipientUnreachableError('outside_window', what);
    case -213:
      return new RecipientUnreachableError('not_follower', what);
    case -211:
      return new QuotaExhaustedError(what);
    case -216:
    case -220:
      return new ZaloAuthError(
        `${what} (the access token was refused even after a refresh; run \`hocvuso zalo oa-auth\`)`,
      );
    default:
      if (status === 429) return new RateLimitedError(retryAfterMs ?? OA_RATE_LIMIT_WAIT_MS, what);
      if (status >= 500 || (code === undefined && status < 400)) return new TransientChannelError(what);
      return new PermanentChannelError(what);
  }
}

/** Maps a Bot API failure `{ok: false, error_code, description}` to a typed error. */
export function botError(method: string, code: number, description: string, retryAfterMs?: number): ChannelError {
  const what = `Zalo Bot API ${method} failed (${code}): ${description}`;
  if (code === 429) return new RateLimitedError(retryAfterMs ?? 1000, what);
  if (code >= 500) return new TransientChannelError(what);
  if (code === 401) return new ZaloAuthError(`${what} (check ZALO_BOT_TOKEN)`);
  if (code === 403 && /block/i.test(description)) return new RecipientUnreachableError('blocked', what);
  return new PermanentChannelError(what);
}

/** Reads a `Retry-After` header (seconds) as milliseconds. */
export function retryAfterMs(headers: Headers): number | undefined {
  const seconds = Number(headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
}
