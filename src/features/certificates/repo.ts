import { ALL_WARDS } from '../../core/stats/stats-keys.ts';
import type { Store } from '../../core/store.ts';
import type { CertificateRecord } from './record.ts';

/** Where awards live: by code, by image token, and listed newest first per ward. */
export interface CertificateRepo {
  /** Stores a record unless its code exists; returns the stored one either way. */
  save(record: CertificateRecord): Promise<CertificateRecord>;
  byCode(code: string): Promise<CertificateRecord | undefined>;
  byImageToken(token: string): Promise<CertificateRecord | undefined>;
  /** Newest first; {@link ALL_WARDS} lists every ward. */
  list(wardCode: string, limit: number): Promise<CertificateRecord[]>;
}

const NO_WARD = '-';
const keys = {
  record: (code: string) => `cert:code:${code}`,
  image: (token: string) => `cert:image:${token}`,
  list: (ward: string) => `cert:list:${ward}`,
};

export function createCertificateRepo(store: Store): CertificateRepo {
  const byCode = (code: string) => store.get<CertificateRecord>(keys.record(code));
  return {
    async save(record) {
      const fresh = await store.setIfAbsent(keys.record(record.code), record);
      if (!fresh) return (await byCode(record.code)) ?? record;
      await store.set(keys.image(record.imageToken), record.code);
      const entry = [{ member: record.code, score: Date.parse(record.issuedAt) }];
      await store.zadd(keys.list(record.wardCode ?? NO_WARD), entry);
      await store.zadd(keys.list(ALL_WARDS), entry);
      return record;
    },
    byCode,
    async byImageToken(token) {
      const code = await store.get<string>(keys.image(token));
      return code === undefined ? undefined : byCode(code);
    },
    async list(wardCode, limit) {
      const key = keys.list(wardCode);
      const total = await store.zcard(key);
      const all = await store.zrangeByScore(key, 0, Number.MAX_SAFE_INTEGER);
      const newest = all.slice(Math.max(0, total - limit)).reverse();
      const records = await Promise.all(newest.map(byCode));
      return records.filter((r): r is CertificateRecord => r !== undefined);
    },
  };
}
