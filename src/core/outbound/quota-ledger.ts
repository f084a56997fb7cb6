import type { Store } from '../store.ts';
import { localTime } from '../time/local-day.ts';

/** One month of an OA's proactive messages. */
export interface QuotaUsage {
  /** `YYYY-MM` in the OA's timezone (Zalo renews the quota at 00:00 on the 1st). */
  month: string;
  used: number;
  limit: number;
  left: number;
}

/**
 * The proactive-message quota of one Zalo OA per month (`zalooa:quota:<owner>:<YYYY-MM>`),
 * shared by every process: a send reserves before it goes out and never takes the count over
 * the limit, a send that definitely failed gives its reservation back. Keys expire after 40 days.
 */
export interface QuotaLedger {
  /** Reserves `n` messages of the month of `now`; false (nothing reserved) when fewer are left. */
  reserve(n: number, now: Date): Promise<boolean>;
  /** Gives back `n` messages reserved at `reservedAt`. */
  refund(n: number, reservedAt: Date): Promise<void>;
  usage(now: Date): Promise<QuotaUsage>;
}

export interface QuotaLedgerOptions {
  store: Store;
  /** Whose quota: the OA's app id. */
  owner: string;
  limit: number;
  timeZone: string;
}

const TTL_MS = 40 * 86_400_000;

export function createQuotaLedger(options: QuotaLedgerOptions): QuotaLedger {
  const { store, limit } = options;
  const month = (at: Date) => localTime(at, options.timeZone).day.slice(0, 7);
  const key = (at: Date) => `zalooa:quota:${options.owner}:${month(at)}`;
  return {
    async reserve(n, now) {
      if (n <= 0) return true;
      return (await store.incrUpTo(key(now), 'used', n, limit, { ttlMs: TTL_MS })) !== undefined;
    },
    async refund(n, reservedAt) {
      if (n > 0) await store.incrUpTo(key(reservedAt), 'used', -n, Number.MAX_SAFE_INTEGER, { ttlMs: TTL_MS });
    },
    async usage(now) {
      const used = Math.max((await store.counters(key(now)))['used'] ?? 0, 0);
      return { month: month(now), used, limit, left: Math.max(limit - used, 0) };
    },
  };
}
