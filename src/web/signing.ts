import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** HMAC-SHA256 signatures with one secret: cookies and CSRF tokens. */
export interface Signer {
  sign(value: string): string;
  verify(value: string, signature: string): boolean;
}

export function createSigner(secret: string): Signer {
  const sign = (value: string) => createHmac('sha256', secret).update(value).digest('base64url');
  return {
    sign,
    verify(value, signature) {
      const expected = Buffer.from(sign(value));
      const given = Buffer.from(signature);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}

/** SESSION_SECRET, or a random one that lives as long as the process (sessions end on restart). */
export function sessionSecret(configured: string | undefined): string {
  return configured ?? randomBytes(32).toString('base64url');
}

export const randomId = (bytes = 24): string => randomBytes(bytes).toString('base64url');
