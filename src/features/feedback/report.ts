import type { Store } from '../../core/store.ts';
import { REASONS, type Reason } from './payloads.ts';
import { feedbackKeys as K, type DownQuestion } from './record.ts';

/** 👍 and 👎 of one group, and the negative rate (undefined without votes). */
export interface Tally {
  up: number;
  down: number;
  rate: number | undefined;
}

export interface EntryTally extends Tally {
  /** Knowledge entry id, or `~llm`-style for answers built on no entry. */
  key: string;
  why: Record<Reason, number>;
  /** Newest first. */
  downs: DownQuestion[];
}

/** Everything the feedback page and its CSV show for one ward (or all). */
export interface FeedbackReport {
  total: Tally;
  /** Worst first: most 👎, then highest negative rate. */
  entries: EntryTally[];
  kinds: Array<Tally & { kind: string }>;
  /** Oldest first. */
  weeks: Array<Tally & { week: string }>;
  why: Record<Reason, number>;
}

const tally = (up: number, down: number): Tally => ({ up, down, rate: up + down > 0 ? down / (up + down) : undefined });

/** Groups `prefix:<name>:up|down` counter fields by name. */
function grouped(counters: Record<string, number>, prefix: string): Map<string, Tally> {
  const found = new Map<string, { up: number; down: number }>();
  for (const [field, n] of Object.entries(counters)) {
    const m = field.match(new RegExp(`^${prefix}:(.+):(up|down)$`));
    if (!m) continue;
    const t = found.get(m[1]!) ?? { up: 0, down: 0 };
    t[m[2] as 'up' | 'down'] += n;
    found.set(m[1]!, t);
  }
  return new Map([...found].map(([k, t]) => [k, tally(t.up, t.down)]));
}

const reasons = (counters: Record<string, number>, prefix: string) =>
  Object.fromEntries(REASONS.map((r) => [r, counters[`${prefix}why:${r}`] ?? 0])) as Record<Reason, number>;

/** Reads the incrementally kept counters of a ward: a handful of reads whatever the number of votes. */
export async function readFeedback(
  store: Store,
  ward: string,
  options: { weeks?: number } = {},
): Promise<FeedbackReport> {
  const counters = await store.counters(K.counters(ward));
  const entries = await Promise.all(
    [...grouped(counters, 'entry')].map(async ([key, t]) => ({
      key,
      ...t,
      why: reasons(counters, `entry:${key}:`),
      downs: t.down > 0 ? (await store.range<DownQuestion>(K.downs(ward, key), 0, -1)).reverse() : [],
    })),
  );
  entries.sort((a, b) => b.down - a.down || (b.rate ?? 0) - (a.rate ?? 0) || a.key.localeCompare(b.key));
  const weeks = [...grouped(counters, 'week')]
    .map(([week, t]) => ({ week, ...t }))
    .sort((a, b) => a.week.localeCompare(b.week))
    .slice(-(options.weeks ?? 12));
  return {
    total: tally(counters['up'] ?? 0, counters['down'] ?? 0),
    entries,
    kinds: [...grouped(counters, 'kind')].map(([kind, t]) => ({ kind, ...t })).sort((a, b) => b.down - a.down),
    weeks,
    why: reasons(counters, ''),
  };
}
