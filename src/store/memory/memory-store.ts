import type { Store } from '../../core/store.ts';

interface Entry {
  value: string;
  expiresAt?: number;
}

/**
 * In-process {@link Store}. Values are stored serialised, so callers can never mutate
 * stored state by accident, exactly as with Redis.
 */
export function createMemoryStore(options: { now?: () => number } = {}): Store {
  const now = options.now ?? Date.now;
  const values = new Map<string, Entry>();
  const hashes = new Map<string, Map<string, number>>();
  const hashExpiry = new Map<string, number>();
  const zsets = new Map<string, Map<string, number>>();
  const sets = new Map<string, Set<string>>();
  const logs = new Map<string, string[]>();

  const read = (key: string): string | undefined => {
    const entry = values.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt !== undefined && entry.expiresAt <= now()) {
      values.delete(key);
      return undefined;
    }
    return entry.value;
  };
  const write = (key: string, value: unknown, ttlMs?: number) => {
    values.set(key, { value: JSON.stringify(value), ...(ttlMs ? { expiresAt: now() + ttlMs } : {}) });
  };
  /** A hash, dropped first when it has expired; created when `create`. */
  const hash = (key: string, create: boolean): Map<string, number> | undefined => {
    const expiresAt = hashExpiry.get(key);
    if (expiresAt !== undefined && expiresAt <= now()) {
      hashes.delete(key);
      hashExpiry.delete(key);
    }
    let h = hashes.get(key);
    if (!h && create) hashes.set(key, (h = new Map()));
    return h;
  };
  const parse = <T>(raw: string | undefined): T | undefined => (raw === undefined ? undefined : (JSON.parse(raw) as T));
  const zset = (key: string) => {
    let z = zsets.get(key);
    if (!z) zsets.set(key, (z = new Map()));
    return z;
  };
  const set = (key: string) => {
    let s = sets.get(key);
    if (!s) sets.set(key, (s = new Set()));
    return s;
  };
  const slice = <T>(list: T[], start: number, stop: number): T[] => {
    const from = start < 0 ? Math.max(list.length + start, 0) : start;
    const to = stop < 0 ? list.length + stop : Math.min(stop, list.length - 1);
    return from > to ? [] : list.slice(from, to + 1);
  };

  return {
    async get<T>(key: string) {
      return parse<T>(read(key));
    },
    async set(key, value, opts) {
      write(key, value, opts?.ttlMs);
    },
    async delete(key) {
      values.delete(key);
      hashes.delete(key);
      hashExpiry.delete(key);
      zsets.delete(key);
      sets.delete(key);
      logs.delete(key);
    },
    async update<T>(key: string, fn: (current: T | undefined) => T) {
      // Single-threaded: read, compute and write happen without an await in between.
      const next = fn(parse<T>(read(key)));
      const ttl = values.get(key)?.expiresAt;
      write(key, next, ttl !== undefined ? ttl - now() : undefined);
      return parse<T>(JSON.stringify(next)) as T;
    },
    async setIfAbsent(key, value, opts) {
      if (read(key) !== undefined) return false;
      write(key, value, opts?.ttlMs);
      return true;
    },
    async deleteIfEquals(key, value) {
      if (read(key) !== JSON.stringify(value)) return false;
      values.delete(key);
      return true;
    },
    async incr(key, field, by = 1) {
      const h = hash(key, true)!;
      const next = (h.get(field) ?? 0) + by;
      h.set(field, next);
      return next;
    },
    async markAndCount(marks, field, counts, countField) {
      const bump = (key: string, name: string) => {
        let h = hashes.get(key);
        if (!h) hashes.set(key, (h = new Map()));
        h.set(name, (h.get(name) ?? 0) + 1);
      };
      if ((hashes.get(marks)?.get(field) ?? 0) > 0) return false;
      bump(marks, field);
      bump(counts, countField);
      return true;
    },
    async counters(key) {
      return Object.fromEntries(hash(key, false) ?? []);
    },
    async incrUpTo(key, field, by, max, opts) {
      const h = hash(key, true)!;
      const next = (h.get(field) ?? 0) + by;
      if (next > max) return undefined;
      h.set(field, next);
      if (opts?.ttlMs && !hashExpiry.has(key)) hashExpiry.set(key, now() + opts.ttlMs);
      return next;
    },
    async zadd(key, entries) {
      const z = zset(key);
      for (const { member, score } of entries) z.set(member, score);
    },
    async zrem(key, members) {
      const z = zsets.get(key);
      for (const m of members) z?.delete(m);
    },
    async zrangeByScore(key, min, max, limit) {
      const z = zsets.get(key);
      if (!z) return [];
      const hits = [...z.entries()]
        .filter(([, s]) => s >= min && s <= max)
        .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
        .map(([m]) => m);
      return limit === undefined ? hits : hits.slice(0, limit);
    },
    async zscore(key, member) {
      return zsets.get(key)?.get(member);
    },
    async zcard(key) {
      return zsets.get(key)?.size ?? 0;
    },
    async sadd(key, members) {
      const s = set(key);
      for (const m of members) s.add(m);
    },
    async srem(key, members) {
      const s = sets.get(key);
      for (const m of members) s?.delete(m);
    },
    async smembers(key) {
      return [...(sets.get(key) ?? [])];
    },
    async sismember(key, member) {
      return sets.get(key)?.has(member) ?? false;
    },
    async scard(key) {
      return sets.get(key)?.size ?? 0;
    },
    async append(key, value, maxLength) {
      let list = logs.get(key);
      if (!list) logs.set(key, (list = []));
      list.push(JSON.stringify(value));
      if (maxLength !== undefined && list.length > maxLength) list.splice(0, list.length - maxLength);
    },
    async range<T>(key: string, start: number, stop: number) {
      return slice(logs.get(key) ?? [], start, stop).map((raw) => JSON.parse(raw) as T);
    },
    async ping() {
      return true;
    },
    async close() {
      /* nothing to release */
    },
  };
}
