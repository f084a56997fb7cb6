import type { Content } from '../core/content/content.ts';
import { encodePayload } from '../core/flows/payload.ts';
import type { LearnerRepo } from '../core/learners/learner-repo.ts';
import type { Inbound, Reply } from '../core/message.ts';
import type { Tutor } from '../core/router/tutor.ts';
import { randomId } from './signing.ts';

/** One line of a simulated conversation: what the tester sent, or the tutor's reply parts. */
export type SimTurn = { from: 'me'; text: string } | { from: 'bot'; parts: Reply };

export interface SimState {
  lessonId: string;
  turns: SimTurn[];
}

/**
 * Lets dashboard users try lessons against a real tutor. Each run gets its own in-memory store
 * (conversation `web:<id>`), so nothing reaches real learners or the statistics. Runs live in this
 * process only and end after `idleMs` without use.
 */
export interface Simulator {
  start(owner: string, lessonId: string): Promise<SimState | undefined>;
  /** Sends typed text or a pressed button; undefined when the owner has no run (expired or on another replica). */
  send(owner: string, input: { text?: string; payload?: string }): Promise<SimState | undefined>;
  get(owner: string): SimState | undefined;
}

/** A tutor of its own for one run: its learner record and statistics go nowhere else. */
export interface SimSession {
  tutor: Pick<Tutor, 'handle'>;
  learners: Pick<LearnerRepo, 'update'>;
}

export interface SimulatorDeps {
  content: Content;
  clock: () => Date;
  /** A fresh tutor on an empty in-memory store; the composition root builds it. */
  newSession: () => SimSession;
  /** Runs kept at once (oldest dropped first); default 100. */
  maxRuns?: number;
  /** Default 1 hour. */
  idleMs?: number;
}

const MAX_TURNS = 300;
const MAX_TEXT = 500;

interface Run {
  app: SimSession;
  conversationId: string;
  state: SimState;
  lastUsed: number;
}

/** The label of the button a payload belongs to, from the tutor's last reply. */
function labelOf(turns: SimTurn[], payload: string): string | undefined {
  for (let i = turns.length - 1; i >= 0; i--) {
    const turn = turns[i]!;
    if (turn.from !== 'bot') continue;
    for (const part of turn.parts) {
      const options = part.type === 'choices' ? part.choices : part.type === 'quiz' ? part.options : [];
      const hit = options.find((c) => c.payload === payload);
      if (hit) return hit.label;
    }
  }
  return undefined;
}

export function createSimulator(deps: SimulatorDeps): Simulator {
  const runs = new Map<string, Run>();
  const maxRuns = deps.maxRuns ?? 100;
  const idleMs = deps.idleMs ?? 3600_000;

  const live = (owner: string): Run | undefined => {
    const run = runs.get(owner);
    if (run && deps.clock().getTime() - run.lastUsed > idleMs) runs.delete(owner);
    return runs.get(owner);
  };
  const say = async (run: Run, inbound: Omit<Inbound, 'conversationId' | 'receivedAt'>, shown: string) => {
    const now = deps.clock();
    run.lastUsed = now.getTime();
    run.state.turns.push({ from: 'me', text: shown });
    const reply = await run.app.tutor.handle({ ...inbound, conversationId: run.conversationId, receivedAt: now });
    run.state.turns.push({ from: 'bot', parts: reply });
    if (run.state.turns.length > MAX_TURNS) run.state.turns.splice(0, run.state.turns.length - MAX_TURNS);
  };

  return {
    async start(owner, lessonId) {
      const lesson = deps.content.lesson(lessonId);
      if (!lesson) return undefined;
      runs.delete(owner);
      while (runs.size >= maxRuns) runs.delete(runs.keys().next().value!);
      const app = deps.newSession();
      const run: Run = {
        app,
        conversationId: `web:${randomId(12)}`,
        state: { lessonId, turns: [] },
        lastUsed: deps.clock().getTime(),
      };
      runs.set(owner, run);
      // A learner who already said how to address them, so the lesson starts at once.
      await app.learners.update(run.conversationId, deps.clock(), (l) => ({
        ...l,
        welcomedAt: deps.clock().toISOString(),
        honorific: 'bác',
      }));
      await say(run, { kind: 'button', payload: encodePayload({ kind: 'lesson', lessonId }) }, `📘 ${lesson.title}`);
      return run.state;
    },
    async send(owner, input) {
      const run = live(owner);
      if (!run) return undefined;
      if (input.payload !== undefined && input.payload !== '') {
        await say(
          run,
          { kind: 'button', payload: input.payload.slice(0, 64) },
          labelOf(run.state.turns, input.payload) ?? input.payload.slice(0, 64),
        );
      } else {
        const text = (input.text ?? '').trim().slice(0, MAX_TEXT);
        if (text !== '') await say(run, { kind: 'text', text }, text);
      }
      return run.state;
    },
    get: (owner) => live(owner)?.state,
  };
}
