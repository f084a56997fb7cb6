import type { LearnerRepo } from '../../core/learners/learner-repo.ts';
import type { Logger } from '../../core/logger.ts';
import type { Store } from '../../core/store.ts';
import type { AuditLog } from '../team/audit-log.ts';
import { resolveAudience } from './audience.ts';
import { broadcastKeys as k, type Broadcast } from './broadcast.ts';
import type { Actor, BroadcastAccess } from './access.ts';
import { BroadcastError } from './error.ts';
import type { Pager } from './pager.ts';
import type { Progress } from './progress.ts';
import type { BroadcastRepo } from './repo.ts';
import type { Runner } from './runner.ts';

export interface StarterDeps {
  store: Store;
  learners: LearnerRepo;
  repo: BroadcastRepo;
  access: BroadcastAccess;
  audit: AuditLog;
  pager: Pager;
  progress: Progress;
  runner: Runner;
  logger: Logger;
}

/** How long a process may take the recipients snapshot before another may take it again. */
const PREPARE_LEASE_MS = 5 * 60_000;

/** Starting broadcasts (now or when their time comes) and the minute tick that looks after them. */
export function createStarter(deps: StarterDeps) {
  /** The sender of a scheduled broadcast may have left the team since: then it is cancelled. */
  async function refuseIfSenderLeft(b: Broadcast, now: Date): Promise<void> {
    if (deps.access.senderStillAllowed(await deps.learners.get(b.sender), b)) return;
    const at = now.toISOString();
    await deps.repo.transition(b.id, (cur) =>
      cur.status === 'scheduled'
        ? { ...cur, status: 'cancelled', cancelledAt: at, cancelledBy: 'system', finishedAt: at }
        : undefined,
    );
    await deps.store.zrem(k.scheduled(), [b.id]);
    await deps.audit.record({
      at,
      actor: 'system',
      action: 'broadcast.cancel',
      target: b.id,
      detail: { reason: 'sender_not_allowed' },
    });
    throw new BroadcastError('not_allowed', 'the sender may no longer send to this audience');
  }

  /**
   * Takes the recipients snapshot and enqueues the first page. Starting twice is harmless: only
   * one call moves the broadcast to `preparing`; a snapshot left half-done is redone after its lease.
   */
  async function start(actor: Actor | undefined, id: string, now: Date): Promise<Broadcast> {
    const b = await deps.access.load(actor, id);
    if (!actor) await refuseIfSenderLeft(b, now);
    const t = await deps.repo.transition(id, (cur) => {
      const resumable = cur.status === 'preparing' && Date.parse(cur.preparingUntil ?? '') <= now.getTime();
      if (cur.status !== 'draft' && cur.status !== 'scheduled' && !resumable) return undefined;
      return {
        ...cur,
        status: 'preparing',
        startedAt: cur.startedAt ?? now.toISOString(),
        preparingUntil: new Date(now.getTime() + PREPARE_LEASE_MS).toISOString(),
      };
    });
    if (!t) throw new BroadcastError('not_found', `no broadcast ${id}`);
    if (!t.changed) {
      if (t.after.status === 'cancelled') throw new BroadcastError('bad_state', 'cancelled');
      return t.after;
    }
    await deps.store.zrem(k.scheduled(), [id]);
    await deps.store.sadd(k.active(), [id]);
    const ids = await resolveAudience(deps, b.audience, now);
    await deps.pager.snapshot(id, ids);
    const s = await deps.repo.transition(id, (cur) => {
      if (cur.status === 'preparing')
        return { ...cur, status: 'sending', total: ids.length, cursor: 0, preparingUntil: undefined };
      // Cancelled while the snapshot was taken: record the size so the report says who was not sent to.
      return cur.status === 'cancelled' && cur.total === undefined
        ? { ...cur, total: ids.length, cursor: 0 }
        : undefined;
    });
    await deps.audit.record({
      at: now.toISOString(),
      actor: actor?.id ?? b.sender,
      action: 'broadcast.send',
      target: id,
      detail: { recipients: ids.length, audience: b.audienceLabel, scheduled: actor === undefined },
    });
    if (!actor && s?.after.status === 'sending' && ids.length > 0) await deps.progress.notice(s.after, 'start');
    await deps.pager.pump(id);
    const current = await deps.access.load(undefined, id);
    await deps.runner.finishIfDrained(current, await deps.repo.counts(id), now);
    return (await deps.repo.get(id)) ?? current;
  }

  async function tick(now: Date): Promise<void> {
    for (const id of await deps.store.zrangeByScore(k.scheduled(), 0, now.getTime(), 100)) {
      await start(undefined, id, now).catch(async (error: Error) => {
        deps.logger.warn({ broadcast: id, err: error.message }, 'scheduled broadcast not started');
        // Refused for good (cancelled, sender left): forget it. Anything else: try again next minute.
        if (error instanceof BroadcastError) await deps.store.zrem(k.scheduled(), [id]);
      });
    }
    for (const id of await deps.store.smembers(k.active())) {
      try {
        const b = await deps.repo.get(id);
        if (!b || b.finishedAt !== undefined) await deps.store.srem(k.active(), [id]);
        else if (b.status === 'preparing') {
          if (Date.parse(b.preparingUntil ?? '') <= now.getTime()) await start(undefined, id, now);
        } else await deps.runner.look(b, now);
      } catch (error) {
        // One broadcast's trouble must not hold up the others.
        deps.logger.warn({ broadcast: id, err: (error as Error).message }, 'broadcast tick failed');
      }
    }
  }

  return { start, tick };
}
