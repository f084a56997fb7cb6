/**
 * The storage primitives the core needs, small enough to implement twice: in memory
 * (the no-setup default) and on Redis (production). Both pass `test/contract/store.contract.ts`.
 * Values are JSON-serialisable. Keys are plain strings; implementations add their own prefix.
 */
export interface Store {
  get<T>(key: string): Promise<T | undefined>;
  /** Writes a value; `ttlMs` makes it expire. */
  set<T>(key: string, value: T, options?: { ttlMs?: number }): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * Atomic read-modify-write. `fn` must be pure: under contention it is called again with
   * the newer value, so concurrent updates never lose each other's changes.
   */
  update<T>(key: string, fn: (current: T | undefined) => T): Promise<T>;
  /** Writes only when the key does not exist; true when written. Locks and idempotency keys. */
  setIfAbsent<T>(key: string, value: T, options?: { ttlMs?: number }): Promise<boolean>;
  /** Deletes the key only if it still holds `value` (releasing one's own lock). */
  deleteIfEquals<T>(key: string, value: T): Promise<boolean>;

  /** Adds `by` to a counter field of a hash; returns the new value. */
  incr(key: string, field: string, by?: number): Promise<number>;
  counters(key: string): Promise<Record<string, number>>;
  /**
   * In one atomic step, only the first time `field` is marked in `marks`: marks it and adds 1 to
   * `countField` of the counters `counts`. True when this call did it. A crash can never leave a
   * mark without its count (or count twice).
   */
  markAndCount(marks: string, field: string, counts: string, countField: string): Promise<boolean>;
  /**
   * Adds `by` to a counter field only while the result stays at or below `max`, atomically
   * across processes: the new value, or undefined (nothing added) when it would go over.
   * `ttlMs` makes the hash expire (set when the hash has no expiry yet). Shared budgets and quotas.
   */
  incrUpTo(
    key: string,
    field: string,
    by: number,
    max: number,
    options?: { ttlMs?: number },
  ): Promise<number | undefined>;

  /** Sorted set: `score` orders members (e.g. the minute a reminder is due). */
  zadd(key: string, entries: ReadonlyArray<{ member: string; score: number }>): Promise<void>;
  zrem(key: string, members: readonly string[]): Promise<void>;
  /** Members with min ≤ score ≤ max, lowest first, at most `limit`. */
  zrangeByScore(key: string, min: number, max: number, limit?: number): Promise<string[]>;
  zscore(key: string, member: string): Promise<number | undefined>;
  zcard(key: string): Promise<number>;

  sadd(key: string, members: readonly string[]): Promise<void>;
  srem(key: string, members: readonly string[]): Promise<void>;
  smembers(key: string): Promise<string[]>;
  sismember(key: string, member: string): Promise<boolean>;
  scard(key: string): Promise<number>;

  /** Appends to a capped log (newest last); `maxLength` keeps only the newest entries. */
  append<T>(key: string, value: T, maxLength?: number): Promise<void>;
  /** Entries of a log from `start` to `stop` inclusive; negative indexes count from the end. */
  range<T>(key: string, start: number, stop: number): Promise<T[]>;

  /** Reachability check for /healthz. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
