import type { Store } from '../../core/store.ts';

/** Which conversations belong to each ward's team (for handoff and stats). */
export interface TeamDirectory {
  add(wardCode: string, memberId: string): Promise<void>;
  remove(wardCode: string, memberId: string): Promise<void>;
  members(wardCode: string): Promise<string[]>;
  /** Every ward that has a team. */
  wards(): Promise<string[]>;
}

export function createTeamDirectory(store: Store): TeamDirectory {
  return {
    async add(ward, id) {
      await store.sadd(`team:ward:${ward}`, [id]);
      await store.sadd('team:wards', [ward]);
    },
    remove: (ward, id) => store.srem(`team:ward:${ward}`, [id]),
    members: (ward) => store.smembers(`team:ward:${ward}`),
    wards: () => store.smembers('team:wards'),
  };
}
