import { createHash } from 'node:crypto';
import type { Content } from '../content/content.ts';
import type { Learner } from '../learners/learner.ts';
import type { LearnerRepo } from '../learners/learner-repo.ts';
import type { Logger } from '../logger.ts';
import type { ChannelName, Reply } from '../message.ts';
import type { OutboundHandler, OutboundQueue } from '../outbound/outbound-job.ts';
import type { Store } from '../store.ts';
import type { AuditLog } from '../team/audit-log.ts';
import { roleOf, type RolePolicy } from '../team/roles.ts';
import { AUDIENCE_CHANNELS, countAudience, describeAudience, mayAddress, resolveAudience } from './audience.ts';
import { broadcastKeys as k, type Audience, type Broadcast, type BroadcastContent } from './broadcast.ts';
import { BroadcastError } from './broadcast-error.ts';
import { broadcastHandler, noticeHandler } from './broadcast-handlers.ts';
import { broadcastMessage, contentProblem } from './broadcast-message.ts';
import { createPager } from './broadcast-pager.ts';
import { createProgress, type SenderLine } from './broadcast-progress.ts';
import { createBroadcastRepo } from './broadcast-repo.ts';
import { buildReport, type BroadcastReport } from './broadcast-report.ts';
import { createRunner } from './broadcast-runner.ts';

/** Someone acting on broadcasts; the role comes from the {@link RolePolicy} and `team`. */
export type Actor = Pick<Learner, 'id' | 'team'>;

/** A broadcast to create. `id` is optional: the chat derives one from its draft so a repeated confirmation creates nothing new. */
export interface NewBroadcast extends BroadcastContent {
  id?: string;
  audience: Audience;
}

export interface BroadcastServiceDeps {
  store: Store;
  learners: LearnerRepo;
  content: Content;
  policy: RolePolicy;
  audit: AuditLog;
  /** The one outbound queue; broadcast messages, notices and reminders share it. */
  queue: Pick<OutboundQueue, 'enqueue'>;
  logger: Logger;
  /** Recipients enqueued at once (default 500); the next page goes in when fewer than half a page are unsent. */
  pageSize?: number;
  /** Least time between two edits of the sender's progress message (default 2 000 ms). */
  progressEveryMs?: number;
  /** No progress for this long makes the tick enqueue recent pages again (default 10 minutes). */
  stallMs?: number;
  /** Furthest a broadcast can be scheduled ahead (default 30 days). */
  maxScheduleDays?: number;
}

/**
 * Broadcasts for the chat and the web dashboard alike: every call checks the actor's role, so
 * hiding a button is never the only protection. Times are passed in (`now`) for testability.
 */
export interface BroadcastService {
  /** Checks role, audience and content, then saves a draft (idempotent for a given `id`). */
  create(actor: Actor, input: NewBroadcast, now: Date): Promise<Broadcast>;
  /** Exactly what recipients will see of this content when `actor` sends it. */
  preview(actor: Actor, content: BroadcastContent): Reply;
  /** What recipients of a saved broadcast see. */
  message(b: Broadcast): Reply;
  /** Learners the audience stands for now (before STOP and reachability, which are counted at send time). */
  count(actor: Actor, audience: Audience, now: Date): Promise<number>;
  describe(audience: Audience, actor?: Actor): string;
  schedule(actor: Actor, id: string, at: Date, now: Date): Promise<Broadcast>;
  /** Starts sending; `actor` undefined means the scheduler (the role is checked again against the sender). */
  start(actor: Actor | undefined, id: string, now: Date): Promise<Broadcast>;
  /** Stops a scheduled or running broadcast: messages not yet sent are skipped. */
  cancel(actor: Actor, id: string, now: Date): Promise<Broadcast>;
  report(id: string): Promise<BroadcastReport | undefined>;
  get(id: string): Promise<Broadcast | undefined>;
  /** Newest first. */
  list(limit: number): Promise<Broadcast[]>;
  /** The minute tick: starts scheduled broadcasts and looks after running ones. Safe to run from several processes. */
  tick(now: Date): Promise<void>;
  /** Outbound handlers to register: `broadcast` and `broadcast-notice`. */
  handlers: { broadcast: OutboundHandler; notice: OutboundHandler };
  /** Lets this process show live progress through these channels (the workers attach theirs); returns a detach function. */
  attach(lines: readonly SenderLine[]): () => void;
}

/** A stable broadcast id from the sender and when their draft began: the same draft always gives the same id. */
export function broadcastIdFor(sender: string, draftStartedAt: string): string {
  return `b${createHash('sha256').update(`${sender}|${draftStartedAt}`).digest('hex').slice(0, 11)}`;
}

const PREPARE_LEASE_MS = 5 * 60_000;
const refuse = (reason: ConstructorParameters<typeof BroadcastError>[0], message: string) => new BroadcastError(reason, message);

export function createBroadcastService(deps: BroadcastServiceDeps): BroadcastService {
  const pageSize = deps.pageSize ?? 500;
  const log = deps.logger.child({ component: 'broadcasts' });
  const repo = createBroadcastRepo(deps.store);
  const attached = new Map<ChannelName, SenderLine>();
  const progress = createProgress({ store: deps.store, queue: deps.queue, logger: log, lines: () => attached, everyMs: deps.progressEveryMs ?? 2000 });
  const pager = createPager({ store: deps.store, repo, queue: deps.queue, logger: log, pageSize, lockMs: 30_000 });
  const runner = createRunner({ store: deps.store, repo, pager, progress, audit: deps.audit, logger: log, pageSize, stallMs: deps.stallMs ?? 10 * 60_000 });
  const isAdmin = (a: Actor) => roleOf(a, deps.policy) === 'admin';
  const signature = (a: Actor) => (a.team ? `Tổ công nghệ số cộng đồng ${a.team.wardLabel}` : 'Ban tổ chức phong trào Bình dân học vụ số');
  const describe = (audience: Audience, a?: Actor) => describeAudience(audience, deps.content, a?.team);

  function checkAudience(actor: Actor, audience: Audience): void {
    if (roleOf(actor, deps.policy) === 'learner' || !mayAddress(actor, deps.policy, audience)) throw refuse('not_allowed', 'audience outside the actor’s wards');
    const f = audience.filter;
    const valid =
      !f ||
      (f.kind === 'not-finished' && deps.content.lesson(f.lessonId) !== undefined) ||
      (f.kind === 'inactive' && Number.isInteger(f.days) && f.days >= 1 && f.days <= 365) ||
      (f.kind === 'channel' && AUDIENCE_CHANNELS.some((c) => c.channel === f.channel));
    if (!valid) throw refuse('bad_content', 'unknown audience filter');
  }

  async function load(actor: Actor | undefined, id: string): Promise<Broadcast> {
    const b = await repo.get(id);
    if (!b) throw refuse('not_found', `no broadcast ${id}`);
    if (actor && actor.id !== b.sender && !isAdmin(actor)) throw refuse('not_allowed', 'only the sender or an admin may do this');
    return b;
  }

  async function start(actor: Actor | undefined, id: string, now: Date): Promise<Broadcast> {
    const b = await load(actor, id);
    if (!actor) {
      // Scheduled: the sender may have left the team since.
      const sender = await deps.learners.get(b.sender);
      if (!sender || roleOf(sender, deps.policy) === 'learner' || !mayAddress(sender, deps.policy, b.audience)) {
        await repo.transition(id, (cur) => (cur.status === 'scheduled' ? { ...cur, status: 'cancelled', cancelledAt: now.toISOString(), cancelledBy: 'system', finishedAt: now.toISOString() } : undefined));
        await deps.store.zrem(k.scheduled(), [id]);
        await deps.audit.record({ at: now.toISOString(), actor: 'system', action: 'broadcast.cancel', target: id, detail: { reason: 'sender_not_allowed' } });
        throw refuse('not_allowed', 'the sender may no longer send to this audience');
      }
    }
    const t = await repo.transition(id, (cur) => {
      const resumable = cur.status === 'preparing' && Date.parse(cur.preparingUntil ?? '') <= now.getTime();
      if (cur.status !== 'draft' && cur.status !== 'scheduled' && !resumable) return undefined;
      return { ...cur, status: 'preparing', startedAt: cur.startedAt ?? now.toISOString(), preparingUntil: new Date(now.getTime() + PREPARE_LEASE_MS).toISOString() };
    });
    if (!t) throw refuse('not_found', `no broadcast ${id}`);
    if (!t.changed) {
      if (t.after.status === 'cancelled') throw refuse('bad_state', 'cancelled');
      return t.after; // already started elsewhere: starting twice is harmless
    }
    await deps.store.zrem(k.scheduled(), [id]);
    await deps.store.sadd(k.active(), [id]);
    const ids = await resolveAudience(deps, b.audience, now);
    await pager.snapshot(id, ids);
    const s = await repo.transition(id, (cur) => {
      if (cur.status === 'preparing') return { ...cur, status: 'sending', total: ids.length, cursor: 0, preparingUntil: undefined };
      return cur.status === 'cancelled' && cur.total === undefined ? { ...cur, total: ids.length, cursor: 0 } : undefined;
    });
    await deps.audit.record({ at: now.toISOString(), actor: actor?.id ?? b.sender, action: 'broadcast.send', target: id, detail: { recipients: ids.length, audience: b.audienceLabel, scheduled: actor === undefined } });
    if (!actor && s?.after.status === 'sending' && ids.length > 0) await progress.notice(s.after, 'start');
    await pager.pump(id);
    const current = await load(undefined, id);
    await runner.finishIfDrained(current, await repo.counts(id), now);
    return (await repo.get(id)) ?? current;
  }

  return {
    async create(actor, input, now) {
      checkAudience(actor, input.audience);
      const content: BroadcastContent = { text: input.text.trim(), ...(input.image ? { image: input.image } : {}), ...(input.link ? { link: input.link } : {}) };
      const problem = contentProblem(content);
      if (problem) throw refuse('bad_content', problem);
      const id = input.id ?? broadcastIdFor(actor.id, `${now.toISOString()}|${Math.random()}`);
      if (!/^[\w-]{1,40}$/.test(id)) throw refuse('bad_content', 'bad id');
      const b: Broadcast = { id, sender: actor.id, from: signature(actor), audience: input.audience, audienceLabel: describe(input.audience, actor), status: 'draft', createdAt: now.toISOString(), cursor: 0, ...content };
      if (await repo.create(b)) {
        await deps.audit.record({ at: now.toISOString(), actor: actor.id, action: 'broadcast.create', target: id, detail: { audience: b.audienceLabel } });
        return b;
      }
      return load(actor, id);
    },
    preview: (actor, content) => broadcastMessage({ ...content, from: signature(actor) }),
    message: (b) => broadcastMessage(b),
    async count(actor, audience, now) {
      checkAudience(actor, audience);
      return countAudience(deps, audience, now);
    },
    describe,
    async schedule(actor, id, at, now) {
      await load(actor, id);
      const maxMs = (deps.maxScheduleDays ?? 30) * 86_400_000;
      if (at.getTime() <= now.getTime() || at.getTime() - now.getTime() > maxMs) throw refuse('bad_time', 'start time out of range');
      const t = await repo.transition(id, (cur) => (cur.status === 'draft' || cur.status === 'scheduled' ? { ...cur, status: 'scheduled', scheduledAt: at.toISOString() } : undefined));
      if (!t?.changed) throw refuse('bad_state', `cannot schedule a ${t?.after.status ?? 'missing'} broadcast`);
      await deps.store.zadd(k.scheduled(), [{ member: id, score: at.getTime() }]);
      await deps.audit.record({ at: now.toISOString(), actor: actor.id, action: 'broadcast.schedule', target: id, detail: { startAt: at.toISOString(), audience: t.after.audienceLabel } });
      return t.after;
    },
    start,
    async cancel(actor, id, now) {
      await load(actor, id);
      const t = await repo.transition(id, (cur) => {
        if (cur.status === 'done' || cur.status === 'cancelled') return undefined;
        const running = cur.status === 'sending' || cur.status === 'preparing';
        return { ...cur, status: 'cancelled', cancelledAt: now.toISOString(), cancelledBy: actor.id, ...(running ? {} : { finishedAt: now.toISOString() }) };
      });
      if (!t) throw refuse('not_found', `no broadcast ${id}`);
      if (!t.changed) {
        if (t.after.status === 'cancelled') return t.after;
        throw refuse('bad_state', 'already finished');
      }
      await deps.store.zrem(k.scheduled(), [id]);
      await deps.audit.record({ at: now.toISOString(), actor: actor.id, action: 'broadcast.cancel', target: id, detail: { was: t.before.status } });
      if (t.before.status === 'sending') await runner.finishIfDrained(t.after, await repo.counts(id), now);
      return (await repo.get(id)) ?? t.after;
    },
    async report(id) {
      const b = await repo.get(id);
      return b && buildReport(b, await repo.counts(id));
    },
    get: (id) => repo.get(id),
    list: (limit) => repo.list(limit),
    async tick(now) {
      for (const id of await deps.store.zrangeByScore(k.scheduled(), 0, now.getTime(), 100)) {
        await start(undefined, id, now).catch((error: Error) => {
          log.warn({ broadcast: id, err: error.message }, 'scheduled broadcast not started');
          return deps.store.zrem(k.scheduled(), [id]);
        });
      }
      for (const id of await deps.store.smembers(k.active())) {
        try {
          const b = await repo.get(id);
          if (!b || b.finishedAt !== undefined) await deps.store.srem(k.active(), [id]);
          else if (b.status === 'preparing') {
            if (Date.parse(b.preparingUntil ?? '') <= now.getTime()) await start(undefined, id, now);
          } else await runner.look(b, now);
        } catch (error) {
          log.warn({ broadcast: id, err: (error as Error).message }, 'broadcast tick failed');
        }
      }
    },
    handlers: { broadcast: broadcastHandler({ repo, learners: deps.learners, runner }), notice: noticeHandler({ repo }) },
    attach(lines) {
      for (const line of lines) attached.set(line.name, line);
      return () => {
        for (const line of lines) if (attached.get(line.name) === line) attached.delete(line.name);
      };
    },
  };
}
