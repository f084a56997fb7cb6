import { z } from 'zod';
import type { Store } from '../../../core/store.ts';
import { TARGETS_KEY } from '../../../core/stats/stats-keys.ts';

/**
 * Campaign targets as shares of a ward's learners (plan 138/KH-UBND style percentages),
 * configured by an admin with "/muctieu <chỉ tiêu> <phần trăm>".
 */
export const targetsSchema = z.object({
  active: z.number().min(0).max(1).default(0.5),
  completed: z.number().min(0).max(1).default(0.8),
  passRate: z.number().min(0).max(1).default(0.7),
  reminders: z.number().min(0).max(1).default(0.5),
  answered: z.number().min(0).max(1).default(0.9),
});
export type Targets = z.infer<typeof targetsSchema>;

/** Vietnamese names admins type for each target (folded). */
export const TARGET_NAMES: Record<string, keyof Targets> = {
  'hoat dong': 'active',
  hoatdong: 'active',
  'hoan thanh': 'completed',
  hoanthanh: 'completed',
  dat: 'passRate',
  'ty le dat': 'passRate',
  nhac: 'reminders',
  'nhac hoc': 'reminders',
  'tra loi': 'answered',
  traloi: 'answered',
};

export async function readTargets(store: Store): Promise<Targets> {
  return targetsSchema.parse((await store.get(TARGETS_KEY)) ?? {});
}

export async function setTarget(store: Store, name: keyof Targets, share: number): Promise<Targets> {
  return store.update<Targets>(TARGETS_KEY, (cur) => ({ ...targetsSchema.parse(cur ?? {}), [name]: share }));
}
