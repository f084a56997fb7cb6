import { command } from '../../core/flows/payload.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { LearnerRepo } from '../../core/learners/learner-repo.ts';
import type { Choice } from '../../core/message.ts';
import type { OutboundHandler, OutboundJob } from '../../core/outbound/outbound-job.ts';
import type { Broadcast, Outcome } from './broadcast.ts';
import { broadcastMessage } from './message.ts';
import type { BroadcastRepo } from './repo.ts';
import { buildReport, formatCount, percent, progressText, reportText } from './report.ts';
import type { Runner } from './runner.ts';

export interface BroadcastHandlerDeps {
  repo: BroadcastRepo;
  learners: LearnerRepo;
  runner: Runner;
}

/** The "⏹ Dừng gửi" button (also typed: "dừng gửi"). */
export const cancelChoice = (id: string): Choice => ({ label: '⏹ Dừng gửi', payload: command('bc-cancel', id) });

/** Why a recipient gets nothing, decided at send time from their current record. */
function holdBack(b: Broadcast, learner: Learner | undefined): Outcome | undefined {
  if (b.status === 'cancelled') return 'cancelled';
  if (!learner) return 'failed';
  if (!learner.subscribed) return 'unsubscribed';
  if (learner.unreachable) return learner.unreachable.reason === 'outside_window' ? 'outside_window' : 'blocked';
  return undefined;
}

const outcomeOfFailure = (reason: string): Outcome =>
  reason === 'quota'
    ? 'quota'
    : reason === 'unreachable:outside_window'
      ? 'outside_window'
      : reason.startsWith('unreachable:')
        ? 'blocked'
        : 'failed';

/**
 * `broadcast` jobs: rendered from the broadcast record at send time (the job holds ids only).
 * Every recipient gets exactly one counted outcome; a job that runs again after its recipient
 * was settled (a crashed worker's job, a re-queued page) sends nothing.
 */
export function broadcastHandler(deps: BroadcastHandlerDeps): OutboundHandler {
  const idOf = (job: OutboundJob) => String(job.ref['b']);
  const settle = async (id: string, learnerId: string, outcome: Outcome, now: Date, withQuota = false) => {
    if (await deps.repo.settle(id, learnerId, outcome, withQuota)) await deps.runner.afterSettle(id, now);
  };
  return {
    async render(job, now) {
      const id = idOf(job);
      const b = await deps.repo.get(id);
      if (!b) return { skip: 'unknown_broadcast' };
      if (await deps.repo.isSettled(id, job.to)) return { skip: 'duplicate' };
      if (b.status === 'done') return { skip: 'finished' };
      const held = holdBack(b, await deps.learners.get(job.to));
      if (held) {
        await settle(id, job.to, held, now);
        return { skip: held };
      }
      return broadcastMessage(b);
    },
    delivered: (job, _parts, now, receipt) =>
      settle(idOf(job), job.to, 'delivered', now, (receipt?.proactive ?? 0) > 0),
    failed: (job, reason, now) => settle(idOf(job), job.to, outcomeOfFailure(reason), now),
  };
}

/**
 * `broadcast-notice` jobs: messages to the sender (milestones where editing is impossible, the start of a scheduled
 * one, the report).
 */
export function noticeHandler(deps: Pick<BroadcastHandlerDeps, 'repo'>): OutboundHandler {
  return {
    async render(job) {
      const b = await deps.repo.get(String(job.ref['b']));
      if (!b) return { skip: 'unknown_broadcast' };
      const name = String(job.ref['n']);
      const counts = await deps.repo.counts(b.id);
      if (name === 'done') return [{ type: 'text', text: reportText(buildReport(b, counts)) }];
      if (b.status !== 'sending') return { skip: 'finished' };
      if (name === 'start') {
        const text = `⏰ Đến giờ hẹn: bắt đầu gửi thông báo tới ${formatCount(b.total ?? 0)} người (${b.audienceLabel}).`;
        return [{ type: 'choices', text, choices: [cancelChoice(b.id)] }];
      }
      // A later milestone is already due: that one will say it.
      const milestone = Number(name.slice(1));
      if (percent(counts.settled, b.total ?? 0) >= milestone + 25) return { skip: 'superseded' };
      return [{ type: 'choices', text: progressText(b, counts.settled), choices: [cancelChoice(b.id)] }];
    },
  };
}
