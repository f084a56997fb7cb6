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

/** The hex digest of an `X-ZEvent-Signature: mac=<hex>` header, or undefined when it is not one. */
export function parseOaSignatureHeader(header: string | undefined): string | undefined {
  return header?.trim().match(/^mac=([0-9a-f]{64})$/i)?.[1];
}

/** Checks an `X-ZEvent-Signature: mac=<hex>` header in constant time. */
export function verifyOaSignature(
  header: string | undefined,
  appId: string,
  rawBody: Buffer,
  timestamp: string,
  oaSecretKey: string,
): boolean {
  const given = parseOaSignatureHeader(header);
  if (!given) return false;
  const expected = Buffer.from(oaSignature(appId, rawBody, timestamp, oaSecretKey), 'hex');
  return timingSafeEqual(Buffer.from(given, 'hex'), expected);
}
