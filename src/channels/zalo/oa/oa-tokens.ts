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
/** The refresh token Zalo refused and why, so every process (and /healthz) knows until `oa-auth`. */
export const OA_TOKENS_REFUSED_KEY = 'zalooa:tokens:refused';
/** Counters of refreshes by outcome (`ok`, `refused`, `failed`), read by /metrics. */
export const OA_TOKEN_REFRESHES_KEY = 'zalooa:tokens:refreshes';

interface Refusal {
  refreshToken: string;
  message: string;
}

/** Access to the OA's access token, refreshing it safely across processes. */
export interface OaTokens {
  /** A usable access token, refreshed first when it expires within the margin. */
  accessToken(): Promise<string>;
  /** Zalo refused `rejected`: refresh (once for everyone) unless another process already did. */
  replaceRejected(rejected: string): Promise<string>;
  /**
   * Renews the tokens while nobody sends, so the refresh token never reaches its age limit:
   * refreshes (once for everyone) when the access token has expired at `now` or the refresh
   * token is older than `refreshTokenMaxAgeMs`; does nothing before `oa-auth` or after Zalo
   * refused the stored refresh token (see {@link OaTokens.problem}). True when this call refreshed.
   */
  keepAlive(now: Date): Promise<boolean>;
  /** Stores tokens from an authorization-code exchange (`hocvuso zalo oa-auth --code`). */
  save(grant: OaTokenGrant): Promise<StoredOaTokens>;
  /**
   * Why the OA cannot send until an operator acts (a refresh token Zalo refused), or undefined.
   * Kept in the store, so a refusal met by a worker shows on the /healthz of every process;
   * clears itself once new tokens are stored (`hocvuso zalo oa-auth` in any process).
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
  /**
   * The keep-alive renews a refresh token at the latest this long after it was issued (default
   * 60 days; Zalo's last about 3 months). Expired access tokens usually trigger it much sooner.
   */
  refreshTokenMaxAgeMs?: number;
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
  const refreshTokenMaxAgeMs = options.refreshTokenMaxAgeMs ?? 60 * 86_400_000;
  const log = options.logger.child({ channel: 'zalooa' });

  async function load(): Promise<StoredOaTokens> {
    const stored = await store.get<StoredOaTokens>(OA_TOKENS_KEY);
    if (!stored) throw new ZaloAuthError('Zalo OA is not authorised yet: run `hocvuso zalo oa-auth`');
    return stored;
  }

  const expiring = (t: StoredOaTokens) => Date.parse(t.expiresAt) - clock().getTime() <= marginMs;
  // Written so that an unreadable date counts as due.
  const keepAliveDue = (now: Date) => (t: StoredOaTokens) =>
    !(now.getTime() < Date.parse(t.expiresAt)) || !(now.getTime() - Date.parse(t.refreshedAt) < refreshTokenMaxAgeMs);

  // A lost count must not turn a refresh into a failure.
  const count = (outcome: 'ok' | 'refused' | 'failed') =>
    store.incr(OA_TOKEN_REFRESHES_KEY, outcome).then(
      () => undefined,
      () => undefined,
    );

  async function problem(): Promise<string | undefined> {
    const refused = await store.get<Refusal>(OA_TOKENS_REFUSED_KEY);
    if (!refused) return undefined;
    const stored = await store.get<StoredOaTokens>(OA_TOKENS_KEY);
    return stored && stored.refreshToken !== refused.refreshToken ? undefined : refused.message;
  }

  function toStored(grant: OaTokenGrant): StoredOaTokens {
    const now = clock();
    return {
      accessToken: grant.accessToken,
      refreshToken: grant.refreshToken,
      expiresAt: new Date(now.getTime() + grant.expiresInSeconds * 1000).toISOString(),
      refreshedAt: now.toISOString(),
    };
  }

  async function refreshIf(
    needed: (t: StoredOaTokens) => boolean,
    reason: string,
  ): Promise<{ accessToken: string; refreshed: boolean }> {
    const deadline = Date.now() + maxWaitMs;
    for (let wait = 25; ; wait = Math.min(wait * 2, 250)) {
      const current = await load();
      if (!needed(current)) return { accessToken: current.accessToken, refreshed: false };
      const owner = randomUUID();
      if (await store.setIfAbsent(OA_TOKENS_LOCK_KEY, owner, { ttlMs: lockTtlMs })) {
        try {
          const latest = await load();
          if (!needed(latest)) return { accessToken: latest.accessToken, refreshed: false };
          const saved = toStored(
            await oauth.refresh(latest.refreshToken).catch(async (error: unknown) => {
              if (error instanceof ZaloAuthError) {
                const refusal: Refusal = { refreshToken: latest.refreshToken, message: error.message };
                // Zalo's refusal is what the caller must see, even if recording it fails.
                await store.set(OA_TOKENS_REFUSED_KEY, refusal).catch(() => undefined);
              }
              await count(error instanceof ZaloAuthError ? 'refused' : 'failed');
              throw error;
            }),
          );
          await store.set(OA_TOKENS_KEY, saved);
          await count('ok');
          log.info({ reason, expiresAt: saved.expiresAt }, 'zalo oa access token refreshed');
          return { accessToken: saved.accessToken, refreshed: true };
        } catch (error) {
          if (error instanceof ZaloAuthError)
            log.error({ reason, err: error.message }, 'zalo oa token refresh failed; run `hocvuso zalo oa-auth`');
          throw error;
        } finally {
          await store.deleteIfEquals(OA_TOKENS_LOCK_KEY, owner).catch(() => false);
        }
      }
      if (Date.now() > deadline)
        throw new TransientChannelError('another process is still refreshing the Zalo OA token');
      await sleep(wait);
    }
  }

  return {
    accessToken: async () => (await refreshIf(expiring, 'expiring')).accessToken,
    replaceRejected: async (rejected) =>
      (await refreshIf((t) => t.accessToken === rejected || expiring(t), 'rejected')).accessToken,
    async keepAlive(now) {
      const due = keepAliveDue(now);
      const stored = await store.get<StoredOaTokens>(OA_TOKENS_KEY);
      // Not authorised yet, or nothing due: the usual case, one read a minute.
      if (!stored || !due(stored)) return false;
      // Zalo refused this refresh token already: retrying every minute cannot help, `oa-auth` can.
      if (await problem()) return false;
      return (await refreshIf(due, 'keep-alive')).refreshed;
    },
    async save(grant) {
      const saved = toStored(grant);
      await store.set(OA_TOKENS_KEY, saved);
      await store.delete(OA_TOKENS_REFUSED_KEY);
      return saved;
    },
    problem,
  };
}
