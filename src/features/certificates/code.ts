import { createHmac } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a code read aloud or retyped is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_CHARS = 10;

function hmac(secret: string, input: string): Buffer {
  return createHmac('sha256', secret).update(input).digest();
}

function base32(bytes: Buffer, length: number): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

/**
 * The verification code of one award: 50 bits of an HMAC over what was earned and when, under a
 * server secret. Deterministic (the chat decision that earns it stays pure) yet unguessable, and
 * it carries no personal data. Shown as `ABCDE-FGHJK`.
 */
export function certificateCode(secret: string, parts: readonly string[]): string {
  const raw = base32(hmac(secret, `code|${parts.join('|')}`), CODE_CHARS);
  return `${raw.slice(0, 5)}-${raw.slice(5)}`;
}

/** The secret part of the image URL of a code (128 bits), so the PNG link is not the printed code. */
export function imageToken(secret: string, code: string): string {
  return hmac(secret, `image|${code}`).subarray(0, 16).toString('base64url');
}

/**
 * A typed code in canonical form, or undefined when it cannot be one: case, spaces and dashes
 * do not matter, and the letters O, I and L read as the digits 0 and 1.
 */
export function normalizeCode(input: string): string | undefined {
  const plain = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (plain.length !== CODE_CHARS || [...plain].some((c) => !ALPHABET.includes(c))) return undefined;
  return `${plain.slice(0, 5)}-${plain.slice(5)}`;
}

/** Image tokens as {@link imageToken} makes them. */
export const IMAGE_TOKEN = /^[A-Za-z0-9_-]{22}$/;
