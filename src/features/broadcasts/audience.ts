import type { Content } from '../../core/content/content.ts';
import { wardLabelOf } from '../onboarding/ward.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { LearnerRepo } from '../../core/learners/learner-repo.ts';
import { channelOf, type ChannelName } from '../../core/message.ts';
import type { Store } from '../../core/store.ts';
import { statsKeys } from '../../core/stats/stats-keys.ts';
import { mayActOnWard, type RolePolicy } from '../team/roles.ts';
import type { Audience, AudienceFilter } from './broadcast.ts';

/** Channels a broadcast can be narrowed to, with the names people know them by. */
export const AUDIENCE_CHANNELS: ReadonlyArray<{ channel: ChannelName; label: string }> = [
  { channel: 'telegram', label: 'Telegram' },
  { channel: 'zalo', label: 'Zalo' },
  { channel: 'zalooa', label: 'Zalo OA (trang chính thức)' },
];

/** Learners loaded at once when a filter needs their records. */
const BATCH = 200;
const DAY_MS = 86_400_000;

/** Team members their own ward; admins any ward or all of them. Enforced by the service, not only the chat. */
export function mayAddress(actor: Pick<Learner, 'id' | 'team'>, policy: RolePolicy, audience: Audience): boolean {
  return mayActOnWard(actor, policy, audience.ward);
}

/** "Phường Yên Hòa" from "phuong-yen-hoa": the label of the team member's invite, else `wards.yaml`, else the code. */
export function wardLabel(
  code: string,
  known?: { wardCode: string; wardLabel: string },
  content?: Pick<Content, 'wardName'>,
): string {
  return known?.wardCode === code ? known.wardLabel : wardLabelOf(code, content);
}

/** The audience in words: "người học ở Phường Yên Hòa chưa học xong bài “VNeID”". */
export function describeAudience(
  audience: Audience,
  content: Content,
  known?: { wardCode: string; wardLabel: string },
): string {
  const where = `người học ở ${wardLabel(audience.ward, known, content)}`;
  const f = audience.filter;
  if (!f) return where;
  switch (f.kind) {
    case 'not-finished':
      return `${where} chưa học xong bài “${content.lesson(f.lessonId)?.title ?? f.lessonId}”`;
    case 'inactive':
      return `${where} đã hơn ${f.days} ngày không vào học`;
    case 'channel':
      return `${where} dùng ${AUDIENCE_CHANNELS.find((c) => c.channel === f.channel)?.label ?? f.channel}`;
  }
}

export function matchesFilter(learner: Learner, filter: AudienceFilter, now: Date): boolean {
  switch (filter.kind) {
    case 'not-finished':
      return learner.lessons[filter.lessonId]?.completedAt === undefined;
    case 'inactive':
      return now.getTime() - Date.parse(learner.lastSeenAt) > filter.days * DAY_MS;
    case 'channel':
      return channelOf(learner.id) === filter.channel;
  }
}

/** Takes one id of each channel in turn, so every channel's worker has work from the first page on. */
function interleaveChannels(sorted: readonly string[]): string[] {
  const lanes = new Map<string, string[]>();
  for (const id of sorted) {
    const lane = lanes.get(channelOf(id));
    if (lane) lane.push(id);
    else lanes.set(channelOf(id), [id]);
  }
  const out: string[] = [];
  const queues = [...lanes.values()];
  for (let i = 0; out.length < sorted.length; i++) for (const q of queues) if (i < q.length) out.push(q[i]!);
  return out;
}

/**
 * The learner ids an audience stands for now: the ward's statistics set
 * (`stats:<ward>:learners`), narrowed by the filter, in a stable order that alternates channels.
 * Learners who typed STOP are included and skipped at send time, so reports can count them.
 */
export async function resolveAudience(
  deps: { store: Store; learners: LearnerRepo },
  audience: Audience,
  now: Date,
): Promise<string[]> {
  const ids = (await deps.store.smembers(statsKeys.learners(audience.ward))).sort();
  const filter = audience.filter;
  if (!filter) return interleaveChannels(ids);
  if (filter.kind === 'channel') return ids.filter((id) => channelOf(id) === filter.channel);
  const kept: string[] = [];
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = await Promise.all(ids.slice(i, i + BATCH).map((id) => deps.learners.get(id)));
    for (const learner of batch) if (learner && matchesFilter(learner, filter, now)) kept.push(learner.id);
  }
  return interleaveChannels(kept);
}

/** How many learners an audience stands for now (instant for a whole ward). */
export async function countAudience(
  deps: { store: Store; learners: LearnerRepo },
  audience: Audience,
  now: Date,
): Promise<number> {
  if (!audience.filter) return deps.store.scard(statsKeys.learners(audience.ward));
  return (await resolveAudience(deps, audience, now)).length;
}
