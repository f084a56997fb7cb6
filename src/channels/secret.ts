import { createHash, timingSafeEqual } from 'node:crypto';

/** What {@link matchesSecret} compares; a webhook route computes its own secret's once. */
export function secretDigest(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

/**
 * Whether `given` (a header value) is the secret whose digest is `expected`, in constant time
 * whatever its length (it is hashed first). Anything but one string is no match.
 */
export function matchesSecret(given: string | string[] | undefined, expected: Buffer): boolean {
  return typeof given === 'string' && timingSafeEqual(secretDigest(given), expected);
}

/** The first value of a header, as node:http gives them (lower-case names). */
export function headerValue(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
