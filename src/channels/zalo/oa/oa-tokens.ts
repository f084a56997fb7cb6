import { randomUUID } from 'node:crypto';
import { TransientChannelError } from '../../../core/errors.ts';
import type { Logger } from '../../../core/logger.ts';
import type { Store } from '../../../core/store.ts';
import { ZaloAuthError } from '../zalo-errors.ts';
import type { OaTokenGrant, ZaloOAuth } from './oauth-client.ts';

/** The OA's tokens as persisted (one JSON value, written in one step). */
export interface StoredOaTokens {
  accessToken: string;
  refreshToken: string;
  /** ISO time the access token stops working. */
  expiresAt: string;
  refreshedAt: string;
}

export const OA_TOKENS_KEY = 'zalooa:tokens';
export const OA_TOKENS_LOCK_KEY = 'zalooa:tokens:lock';

/** Access to the OA's access token, refreshing it safely across processes. */
export interface OaTokens {
  /** A usable access token, refreshed first when it expires within the margin. */
  accessToken(): Promise<string>;
  /** Zalo refused `rejected`: refresh (once for everyone) unless another process already did. */
  replaceRejected(rejected: string): Promise<string>;
  /** Stores tokens from an authorization-code exchange (`hocvuso zalo oa-auth --code`). */
  save(grant: OaTokenGrant): Promise<StoredOaTokens>;
  /**
   * Why the OA cannot send until an operator acts (a refresh token Zalo refused), or undefined.
   * Clears itself once new tokens are stored (`hocvuso zalo oa-auth` in any process).
   */
  problem(): Promise<string | undefined>;
}

export interface OaTokensOptions {
  store: Store;
  oauth: ZaloOAuth;
  logger: Logger;
  clock: () => Date;
  /** Refresh this long before expiry (default 10 min). */
  marginMs?: number;
  /** Lifetime of the refresh lock; must exceed the OAuth timeout (default 30 s). */
  lockTtlMs?: number;
  /** How long a waiting process polls for the lock holder's result (default 40 s). */
  maxWaitMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * OA tokens in the {@link Store}. The refresh token is single use, so refreshes are serialised
 * across processes: the holder of `zalooa:tokens:lock` (setIfAbsent with a TTL) re-reads the
 * stored tokens, refreshes only if still needed and writes the new pair in one `set`; everyone
 * else waits for the lock to go and re-reads. Nobody ever sends a refresh token twice.
 */
export function createOaTokens(options: OaTokensOptions): OaTokens {
  const { store, oauth, clock } = options;
  const marginMs = options.marginMs ?? 10 * 60_000;
  const lockTtlMs = options.lockTtlMs ?? 30_000;
  const maxWaitMs = options.maxWaitMs ?? 40_000;
  const log = options.logger.child({ channel: 'zalooa' });
  let failure: { refreshToken: string; message: string } | undefined;

  async function load(): Promise<StoredOaTokens> {
    const stored = await store.get<StoredOaTokens>(OA_TOKENS_KEY);
    if (!stored) throw new ZaloAuthError('Zalo OA is not authorised yet: run `hocvuso zalo oa-auth`');
    return stored;
  }

  const expiring = (t: StoredOaTokens) => Date.parse(t.expiresAt) - clock().getTime() <= marginMs;

  function toStored(grant: OaTokenGrant): StoredOaTokens {
    const now = clock();
    return {
      accessToken: grant.accessToken,
      refreshToken: grant.refreshToken,
      expiresAt: new Date(now.getTime() + grant.expiresInSeconds * 1000).toISOString(),
      refreshedAt: now.toISOString(),
    };
  }

  async function refreshIf(needed: (t: StoredOaTokens) => boolean): Promise<string> {
    const deadline = Date.now() + maxWaitMs;
    for (let wait = 25; ; wait = Math.min(wait * 2, 250)) {
      const current = await load();
      if (!needed(current)) return current.accessToken;
      const owner = randomUUID();
      if (await store.setIfAbsent(OA_TOKENS_LOCK_KEY, owner, { ttlMs: lockTtlMs })) {
        try {
          const latest = await load();
          if (!needed(latest)) return latest.accessToken;
          const saved = toStored(await oauth.refresh(latest.refreshToken).catch((error: unknown) => {
            if (error instanceof ZaloAuthError) failure = { refreshToken: latest.refreshToken, message: error.message };
            throw error;
          }));
          await store.set(OA_TOKENS_KEY, saved);
          failure = undefined;
          log.info({ expiresAt: saved.expiresAt }, 'zalo oa access token refreshed');
          return saved.accessToken;
        } catch (error) {
          if (error instanceof ZaloAuthError) log.error({ err: error.message }, 'zalo oa token refresh failed; run `hocvuso zalo oa-auth`');
          throw error;
        } finally {
          await store.deleteIfEquals(OA_TOKENS_LOCK_KEY, owner).catch(() => false);
        }
      }
      if (Date.now() > deadline) throw new TransientChannelError('another process is still refreshing the Zalo OA token');
      await sleep(wait);
    }
  }

  return {
    accessToken: () => refreshIf(expiring),
    replaceRejected: (rejected) => refreshIf((t) => t.accessToken === rejected || expiring(t)),
    async save(grant) {
      const saved = toStored(grant);
      await store.set(OA_TOKENS_KEY, saved);
      failure = undefined;
      return saved;
    },
    async problem() {
      if (!failure) return undefined;
      const stored = await store.get<StoredOaTokens>(OA_TOKENS_KEY);
      if (stored && stored.refreshToken !== failure.refreshToken) failure = undefined;
      return failure?.message;
    },
  };
}
