import { createHash, timingSafeEqual } from 'node:crypto';

export const OA_SIGNATURE_HEADER = 'x-zevent-signature';

/** `sha256(app_id + raw body + timestamp + OA secret key)` in hex, over the exact bytes received. */
export function oaSignature(appId: string, rawBody: Buffer, timestamp: string, oaSecretKey: string): string {
  return createHash('sha256')
    .update(appId, 'utf8')
    .update(rawBody)
    .update(timestamp, 'utf8')
    .update(oaSecretKey, 'utf8')
    .digest('hex');
}

/** Checks an `X-ZEvent-Signature: mac=<hex>` header in constant time. */
export function verifyOaSignature(
  header: string | undefined,
  appId: string,
  rawBody: Buffer,
  timestamp: string,
  oaSecretKey: string,
): boolean {
  const given = header?.trim().match(/^mac=([0-9a-f]{64})$/i)?.[1];
  if (!given) return false;
  const expected = Buffer.from(oaSignature(appId, rawBody, timestamp, oaSecretKey), 'hex');
  return timingSafeEqual(Buffer.from(given, 'hex'), expected);
}
