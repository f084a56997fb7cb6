/** Zalo OA events older than this (or this far in the future) are refused: a replayed event. */
export const OA_EVENT_MAX_AGE_MS = 10 * 60_000;

/** At most this many `"timestamp"` keys are tried as the signed one (a nested key may come first). */
const MAX_CANDIDATES = 3;
const KEY = /"timestamp"\s*:\s*("?)(\d{1,16})\1/g;

/**
 * The values of `"timestamp"` keys in a raw OA event, found by one regular-expression pass over
 * the bytes instead of parsing: Zalo signs `app_id + body + timestamp`, so the timestamp is
 * needed before the signature can be checked, and an unverified body must cost no more than a
 * scan. Which candidate is the top-level field is settled after the signature passes.
 */
export function timestampCandidates(rawBody: Buffer): string[] {
  const found: string[] = [];
  for (const m of rawBody.toString('latin1').matchAll(KEY)) {
    if (!found.includes(m[2]!)) found.push(m[2]!);
    if (found.length === MAX_CANDIDATES) break;
  }
  return found;
}

/** Milliseconds since the epoch of an OA timestamp (Zalo sends milliseconds; seconds are accepted too). */
export function timestampMs(value: string): number {
  const n = Number(value);
  return n < 1e12 ? n * 1000 : n;
}

/** Whether an event stamped `value` falls within {@link OA_EVENT_MAX_AGE_MS} of `now`. */
export function isFresh(value: string, now: Date, maxAgeMs = OA_EVENT_MAX_AGE_MS): boolean {
  return Math.abs(now.getTime() - timestampMs(value)) <= maxAgeMs;
}
