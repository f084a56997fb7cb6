import type { SendReceipt } from '../../core/outbound/outbound-job.ts';
import type { Logger } from '../../core/logger.ts';
import { channelOf, type ChannelName, type ConversationId, type Reply } from '../../core/message.ts';
import type { OutboundQueue } from '../../core/outbound/outbound-job.ts';
import type { Store } from '../../core/store.ts';
import { broadcastKeys as k, NOTICE_KIND, type Broadcast } from './broadcast.ts';
import { percent, progressText } from './report.ts';

/**
 * How the service reaches a team member on one channel: every channel sends; those that can
 * edit a message keep live progress in one. Every `Channel` satisfies it.
 */
export interface SenderLine {
  readonly name: ChannelName;
  send(to: ConversationId, parts: Reply): Promise<void | SendReceipt>;
  sendEditable?(to: ConversationId, text: string): Promise<string>;
  editText?(to: ConversationId, handle: string, text: string): Promise<void>;
}

/**
 * Messages to the sender that go through the queue: milestones (`m25`…), `start` of a scheduled one, `done` (the
 * report).
 */
export type NoticeName = 'start' | 'done' | `m${number}`;

export interface ProgressDeps {
  store: Store;
  queue: Pick<OutboundQueue, 'enqueue'>;
  logger: Logger;
  /** The channels this process can talk through (attached by the workers). */
  lines: () => ReadonlyMap<ChannelName, SenderLine>;
  /** Least time between two edits of the progress message. */
  everyMs: number;
}

/** The sender's view of a running broadcast. */
export interface Progress {
  /** Edits the progress message (throttled) or, where editing is impossible, sends 25/50/75% milestones. */
  update(b: Broadcast, settled: number, now: Date): Promise<void>;
  /** Last edit of the progress message, then the report. */
  finished(b: Broadcast, settled: number, now: Date): Promise<void>;
  notice(b: Broadcast, name: NoticeName): Promise<void>;
}

interface ProgressState {
  handle?: string;
  /** When a process started sending the progress message (others wait for its handle). */
  creating?: string;
  lastAt?: string;
}

const MILESTONES = [75, 50, 25];
const CREATE_LEASE_MS = 60_000;

export function createProgress(deps: ProgressDeps): Progress {
  // Per process: saves a store round trip per delivered message; the store decides across processes.
  const lastLocal = new Map<string, number>();
  const milestoneSent = new Map<string, number>();

  const notice: Progress['notice'] = (b, name) =>
    deps.queue.enqueue([{ id: `bcn:${b.id}:${name}`, to: b.sender, kind: NOTICE_KIND, ref: { b: b.id, n: name } }]);

  async function edit(
    line: Required<SenderLine>,
    b: Broadcast,
    settled: number,
    now: Date,
    final: boolean,
  ): Promise<void> {
    const last = lastLocal.get(b.id);
    if (!final && last !== undefined && now.getTime() - last < deps.everyMs) return;
    lastLocal.set(b.id, now.getTime());
    let action: 'create' | 'edit' | undefined;
    const at = now.toISOString();
    const state = await deps.store.update<ProgressState>(k.progress(b.id), (current) => {
      action = undefined;
      const s = current ?? {};
      if (!final && s.lastAt !== undefined && now.getTime() - Date.parse(s.lastAt) < deps.everyMs) return s;
      if (s.handle !== undefined) {
        action = 'edit';
        return { ...s, lastAt: at };
      }
      // Nothing to edit at the end: the report says it all. Nor in the first moments, so the
      // "started" reply comes first; nor while another process is sending the message.
      if (final || now.getTime() - Date.parse(b.startedAt ?? '') < deps.everyMs) return s;
      if (s.creating !== undefined && now.getTime() - Date.parse(s.creating) < CREATE_LEASE_MS) return s;
      action = 'create';
      return { ...s, creating: at, lastAt: at };
    });
    const text = progressText(b, settled);
    if (action === 'edit' && state.handle !== undefined) await line.editText(b.sender, state.handle, text);
    if (action === 'create') {
      const handle = await line.sendEditable(b.sender, text);
      await deps.store.update<ProgressState>(k.progress(b.id), (current) => ({ ...current, handle }));
    }
  }

  function editable(b: Broadcast): Required<SenderLine> | undefined {
    const line = deps.lines().get(channelOf(b.sender));
    return line?.sendEditable && line.editText ? (line as Required<SenderLine>) : undefined;
  }

  return {
    notice,
    async update(b, settled, now) {
      try {
        const line = editable(b);
        if (line) return await edit(line, b, settled, now, false);
        const reached = MILESTONES.find((m) => percent(settled, b.total ?? 0) >= m);
        if (reached === undefined || (milestoneSent.get(b.id) ?? 0) >= reached) return;
        milestoneSent.set(b.id, reached);
        await notice(b, `m${reached}`);
      } catch (error) {
        deps.logger.debug({ broadcast: b.id, err: (error as Error).message }, 'progress not shown');
      }
    },
    async finished(b, settled, now) {
      const line = editable(b);
      if (line)
        await edit(line, b, settled, now, true).catch((error: Error) =>
          deps.logger.debug({ broadcast: b.id, err: error.message }, 'last progress edit failed'),
        );
      lastLocal.delete(b.id);
      milestoneSent.delete(b.id);
      await notice(b, 'done');
    },
  };
}
