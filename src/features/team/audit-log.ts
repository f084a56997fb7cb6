import type { Store } from '../../core/store.ts';

/** One team action: who did what, to whom, when. Ids and counts only, no message text of learners. */
export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  /** Ward code, broadcast id, question id… */
  target?: string;
  detail?: Record<string, string | number | boolean>;
}

const KEY = 'audit';
const MAX_ENTRIES = 100_000;

export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
  /** Newest last. */
  recent(limit: number): Promise<AuditEntry[]>;
}

export function createAuditLog(store: Store): AuditLog {
  return {
    record: (entry) => store.append(KEY, entry, MAX_ENTRIES),
    recent: (limit) => store.range<AuditEntry>(KEY, -limit, -1),
  };
}
