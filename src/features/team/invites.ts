import { randomInt } from 'node:crypto';
import type { Store } from '../../core/store.ts';

/** An unused invite: binds whoever sends the code to a ward's team. */
export interface Invite {
  code: string;
  wardCode: string;
  wardLabel: string;
  createdBy: string;
  createdAt: string;
}

/** No 0/O, 1/I: codes are read aloud and typed by older volunteers. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const INVITE_PATTERN = /^HV-?([A-HJ-NP-Z2-9]{6})$/i;
const INVITE_TTL_MS = 7 * 24 * 3600 * 1000;

const key = (code: string) => `invite:${code}`;

export function normaliseInviteCode(text: string): string | undefined {
  const m = text.trim().toUpperCase().match(INVITE_PATTERN);
  return m ? `HV-${m[1]}` : undefined;
}

export async function createInvite(store: Store, input: Omit<Invite, 'code'>): Promise<Invite> {
  for (;;) {
    const code = `HV-${Array.from({ length: 6 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')}`;
    const invite: Invite = { ...input, code };
    if (await store.setIfAbsent(key(code), invite, { ttlMs: INVITE_TTL_MS })) return invite;
  }
}

/** Uses an invite once: of two people sending the same code at once, exactly one gets it. */
export async function redeemInvite(store: Store, code: string): Promise<Invite | undefined> {
  const invite = await store.get<Invite>(key(code));
  if (!invite) return undefined;
  return (await store.deleteIfEquals(key(code), invite)) ? invite : undefined;
}
