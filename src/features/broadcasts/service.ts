import { createHash } from 'node:crypto';
import type { Content } from '../../core/content/content.ts';
import type { LearnerRepo } from '../../core/learners/learner-repo.ts';
import type { Logger } from '../../core/logger.ts';
import type { ChannelName, Reply } from '../../core/message.ts';
import type { OutboundHandler, OutboundQueue } from '../../core/outbound/outbound-job.ts';
import type { Store } from '../../core/store.ts';
import type { AuditLog } from '../team/audit-log.ts';
import type { RolePolicy } from '../team/roles.ts';
import { countAudience, describeAudience, resolveAudience } from './audience.ts';
import { planSend, type SendPlan, type ZaloOaBudget } from './plan.ts';
import { broadcastKeys as k, type Audience, type Broadcast, type BroadcastContent } from './broadcast.ts';
import { createBroadcastAccess, type Actor } from './access.ts';
import { BroadcastError } from './error.ts';
import { broadcastHandler, noticeHandler } from './handlers.ts';
import { broadcastMessage, contentProblem } from './message.ts';
import { createPager } from './pager.ts';
import { createProgress, type SenderLine } from './progress.ts';
import { createBroadcastRepo } from './repo.ts';
import { buildReport, type BroadcastReport } from './report.ts';
import { createRunner } from './runner.ts';
import { createStarter } from './starter.ts';

export type { Actor } from './access.ts';

/**
 * A broadcast to create. `id` is optional: the chat derives one from its draft so a repeated confirmation creates
 * nothing new.
 */
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
  /** The Zalo OA's free replies and monthly quota, for the send plan shown before sending. */
  zaloOa: ZaloOaBudget;
  /** Recipients enqueued at once (default 500); the next page goes in when fewer than half a page are unsent. */
  pageSize?: number;
  /** Least time between two edits of the sender's progress message (default 2 000 ms). */
  progressEveryMs?: number;
  /**
   * No outcome for this long: the tick enqueues the recent pages again; twice as long: the missing count as failed
   * (default 30 minutes).
   */
  stallMs?: number;
  /** Furthest a broadcast can be scheduled ahead (default 30 days). */
  maxScheduleDays?: number;
}

/**
 * Broadcasts for the chat and the web dashboard alike: every call checks the actor's role, so
 * hiding a button is never the only protection. Times are passed in (`now`) for testability.
 * Refusals are {@link BroadcastError}s with a `reason`.
 */
export interface BroadcastService {
  /** Checks role, audience and content, then saves a draft (idempotent for a given `id`). */
  create(actor: Actor, input: NewBroadcast, now: Date): Promise<Broadcast>;
  /** Exactly what recipients will see of this content when `actor` sends it. */
  preview(actor: Actor, content: BroadcastContent): Reply;
  /** What recipients of a saved broadcast see. */
  message(b: Broadcast): Reply;
  /** Learners the audience stands for now (STOP and reachability are counted at send time). */
  count(actor: Actor, audience: Audience, now: Date): Promise<number>;
  /** How `content` sent to the audience would go out now: free, on the Zalo OA's quota, or not at all. */
  plan(actor: Actor, audience: Audience, content: BroadcastContent, now: Date): Promise<SendPlan>;
  /** The audience in words ("người học ở Phường Yên Hòa đã hơn 7 ngày không vào học"). */
  describe(audience: Audience, actor?: Actor): string;
  /** Sets (or moves) the start time of a draft or scheduled broadcast. */
  schedule(actor: Actor, id: string, at: Date, now: Date): Promise<Broadcast>;
  /** Starts sending; `actor` undefined means the scheduler (the sender's role is checked again). */
  start(actor: Actor | undefined, id: string, now: Date): Promise<Broadcast>;
  /** Stops a scheduled or running broadcast: messages not yet sent are skipped and counted. */
  cancel(actor: Actor, id: string, now: Date): Promise<Broadcast>;
  report(id: string): Promise<BroadcastReport | undefined>;
  /** Reports of the broadcasts being prepared or sent now (for /metrics). */
  running(): Promise<BroadcastReport[]>;
  get(id: string): Promise<Broadcast | undefined>;
  /** Newest first. */
  list(limit: number): Promise<Broadcast[]>;
  /** The minute tick: starts scheduled broadcasts and looks after running ones. Safe to run from several processes. */
  tick(now: Date): Promise<void>;
  /** Outbound handlers to register: `broadcast` and `broadcast-notice`. */
  handlers: { broadcast: OutboundHandler; notice: OutboundHandler };
  /** Lets this process show live progress through these channels (workers attach theirs); returns a detach function. */
  attach(lines: readonly SenderLine[]): () => void;
}

/** A stable broadcast id from the sender and when their draft began: the same draft always gives the same id. */
export function broadcastIdFor(sender: string, draftStartedAt: string): string {
  return `b${createHash('sha256').update(`${sender}|${draftStartedAt}`).digest('hex').slice(0, 11)}`;
}

export function createBroadcastService(deps: BroadcastServiceDeps): BroadcastService {
  const pageSize = deps.pageSize ?? 500;
  const logger = deps.logger.child({ component: 'broadcasts' });
  const { store, audit } = deps;
  const repo = createBroadcastRepo(store);
  const access = createBroadcastAccess({ repo, policy: deps.policy, content: deps.content });
  const attached = new Map<ChannelName, SenderLine>();
  const progress = createProgress({
    store,
    queue: deps.queue,
    logger,
    lines: () => attached,
    everyMs: deps.progressEveryMs ?? 2000,
  });
  const pager = createPager({ store, repo, queue: deps.queue, logger, pageSize, lockMs: 30_000 });
  const runner = createRunner({
    store,
    repo,
    pager,
    progress,
    audit,
    logger,
    pageSize,
    stallMs: deps.stallMs ?? 30 * 60_000,
  });
  const starter = createStarter({
    store,
    learners: deps.learners,
    repo,
    access,
    audit,
    pager,
    progress,
    runner,
    logger,
  });
  const signature = (a: Actor) =>
    a.team ? `Tổ công nghệ số cộng đồng ${a.team.wardLabel}` : 'Ban tổ chức phong trào Bình dân học vụ số';
  const describe = (audience: Audience, a?: Actor) => describeAudience(audience, deps.content, a?.team);

  return {
    async create(actor, input, now) {
      access.checkAudience(actor, input.audience);
      const content: BroadcastContent = {
        text: input.text.trim(),
        ...(input.image ? { image: input.image } : {}),
        ...(input.link ? { link: input.link } : {}),
      };
      const problem = contentProblem(content);
      if (problem) throw new BroadcastError('bad_content', problem);
      const id = input.id ?? broadcastIdFor(actor.id, `${now.toISOString()}|${Math.random()}`);
      if (!/^[\w-]{1,40}$/.test(id)) throw new BroadcastError('bad_content', 'bad id');
      const b: Broadcast = {
        id,
        sender: actor.id,
        from: signature(actor),
        audience: input.audience,
        audienceLabel: describe(input.audience, actor),
        status: 'draft',
        createdAt: now.toISOString(),
        cursor: 0,
        ...content,
      };
      if (!(await repo.create(b))) return access.load(actor, id);
      await audit.record({
        at: now.toISOString(),
        actor: actor.id,
        action: 'broadcast.create',
        target: id,
        detail: { audience: b.audienceLabel },
      });
      return b;
    },
    preview: (actor, content) => broadcastMessage({ ...content, from: signature(actor) }),
    message: (b) => broadcastMessage(b),
    async count(actor, audience, now) {
      access.checkAudience(actor, audience);
      return countAudience(deps, audience, now);
    },
    async plan(actor, audience, content, now) {
      access.checkAudience(actor, audience);
      return planSend(
        deps,
        await resolveAudience(deps, audience, now),
        broadcastMessage({ ...content, from: signature(actor) }),
        now,
      );
    },
    describe,
    async schedule(actor, id, at, now) {
      await access.load(actor, id);
      const ahead = at.getTime() - now.getTime();
      if (ahead <= 0 || ahead > (deps.maxScheduleDays ?? 30) * 86_400_000)
        throw new BroadcastError('bad_time', 'start time out of range');
      const t = await repo.transition(id, (cur) =>
        cur.status === 'draft' || cur.status === 'scheduled'
          ? { ...cur, status: 'scheduled', scheduledAt: at.toISOString() }
          : undefined,
      );
      if (!t?.changed)
        throw new BroadcastError('bad_state', `cannot schedule a ${t?.after.status ?? 'missing'} broadcast`);
      await store.zadd(k.scheduled(), [{ member: id, score: at.getTime() }]);
      await audit.record({
        at: now.toISOString(),
        actor: actor.id,
        action: 'broadcast.schedule',
        target: id,
        detail: { startAt: at.toISOString(), audience: t.after.audienceLabel },
      });
      return t.after;
    },
    start: starter.start,
    async cancel(actor, id, now) {
      await access.load(actor, id);
      const at = now.toISOString();
      const t = await repo.transition(id, (cur) => {
        if (cur.status === 'done' || cur.status === 'cancelled') return undefined;
        const running = cur.status === 'sending' || cur.status === 'preparing';
        return {
          ...cur,
          status: 'cancelled',
          cancelledAt: at,
          cancelledBy: actor.id,
          ...(running ? {} : { finishedAt: at }),
        };
      });
      if (!t) throw new BroadcastError('not_found', `no broadcast ${id}`);
      if (!t.changed) {
        if (t.after.status === 'cancelled') return t.after;
        throw new BroadcastError('bad_state', 'already finished');
      }
      await store.zrem(k.scheduled(), [id]);
      await audit.record({
        at,
        actor: actor.id,
        action: 'broadcast.cancel',
        target: id,
        detail: { was: t.before.status },
      });
      // Messages already queued are skipped when their turn comes; with none in flight it ends now.
      if (t.before.status === 'sending') await runner.finishIfDrained(t.after, await repo.counts(id), now);
      return (await repo.get(id)) ?? t.after;
    },
    async report(id) {
      const b = await repo.get(id);
      return b && buildReport(b, await repo.counts(id));
    },
    async running() {
      const reports = await Promise.all(
        (await deps.store.smembers(k.active())).map(async (id) => {
          const b = await repo.get(id);
          return b && b.finishedAt === undefined ? buildReport(b, await repo.counts(id)) : undefined;
        }),
      );
      return reports.filter((r) => r !== undefined);
    },
    get: (id) => repo.get(id),
    list: (limit) => repo.list(limit),
    tick: starter.tick,
    handlers: {
      broadcast: broadcastHandler({ repo, learners: deps.learners, runner }),
      notice: noticeHandler({ repo }),
    },
    attach(lines) {
      for (const line of lines) attached.set(line.name, line);
      return () => {
        for (const line of lines) if (attached.get(line.name) === line) attached.delete(line.name);
      };
    },
  };
}
