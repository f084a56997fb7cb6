import { timingSafeEqual } from 'node:crypto';

/** Whether a header value is the webhook's secret; see {@link createSecretCheck}. */
export type SecretCheck = (given: string | string[] | undefined) => boolean;

/**
 * A constant-time check of a webhook secret header. A value of another length does the same
 * comparison (the secret against itself) before saying no, so neither the bytes nor the
 * length are told by timing; no hash per request. Anything but one string is no match.
 */
export function createSecretCheck(secret: string): SecretCheck {
  const expected = Buffer.from(secret, 'utf8');
  return (given) => {
    if (typeof given !== 'string') return false;
    const bytes = Buffer.from(given, 'utf8');
    if (bytes.length !== expected.length) return !timingSafeEqual(expected, expected);
    return timingSafeEqual(bytes, expected);
  };
}

/** The first value of a header, as node:http gives them (lower-case names). */
export function headerValue(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
