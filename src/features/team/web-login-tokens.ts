import { createHash, randomBytes } from 'node:crypto';
import type { Store } from '../../core/store.ts';

/** What a one-time dashboard login link stands for. */
export interface LoginGrant {
  /** Conversation id of the team member or admin who asked for the link. */
  learnerId: string;
  createdAt: string;
  /** ISO time after which the link no longer works (checked against the injected clock). */
  expiresAt: string;
}

/** How long a login link works: long enough to open it on another device, short enough to be harmless later. */
export const LOGIN_LINK_TTL_MS = 10 * 60 * 1000;

// Only a hash of the token is stored, so a store dump holds no working link.
const key = (token: string) => `web:login:${createHash('sha256').update(token).digest('base64url')}`;

/** Creates a single-use login token (256 random bits, URL-safe). */
export async function createLoginToken(store: Store, learnerId: string, now: Date): Promise<string> {
  for (;;) {
    const token = randomBytes(32).toString('base64url');
    const grant: LoginGrant = {
      learnerId,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + LOGIN_LINK_TTL_MS).toISOString(),
    };
    if (await store.setIfAbsent(key(token), grant, { ttlMs: LOGIN_LINK_TTL_MS })) return token;
  }
}

/**
 * Uses a login token once: of two requests with the same token exactly one gets the grant.
 * Undefined when the token is unknown, already used or expired.
 */
export async function redeemLoginToken(store: Store, token: string, now: Date): Promise<LoginGrant | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const grant = await store.get<LoginGrant>(key(token));
  if (!grant) return undefined;
  if (!(await store.deleteIfEquals(key(token), grant))) return undefined;
  return Date.parse(grant.expiresAt) > now.getTime() ? grant : undefined;
}
