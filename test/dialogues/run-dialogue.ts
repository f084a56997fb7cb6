import { PassThrough } from 'node:stream';
import { expect } from 'vitest';
import { createConsoleChannel } from '../../src/channels/console/console-channel.ts';
import type { Learner } from '../../src/core/learners/learner.ts';
import type { Store } from '../../src/core/store.ts';
import { fold } from '../../src/core/text/fold.ts';
import { reminderSettings } from '../../src/features/reminders/settings.ts';
import { manualClock, testApp } from '../support/test-app.ts';
import type { Dialogue } from './dialogue-schema.ts';

/** The terminal chat on the real content: one line in, everything printed for it out. */
async function consoleChat(clock: ReturnType<typeof manualClock>, store?: Store) {
  const app = await testApp({ clock: clock.now, ...(store ? { store } : {}) });
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (d: Buffer) => (printed += d.toString()));
  const channel = createConsoleChannel({ input, output, prompt: false, user: 'dialogue' });
  let turnDone: () => void = () => undefined;
  await channel.start(async (inbound) => {
    await channel.send(inbound.conversationId, await app.tutor.handle(inbound));
    turnDone();
  });
  return {
    say: async (line: string) => {
      printed = '';
      const done = new Promise<void>((resolve) => (turnDone = resolve));
      input.write(`${line}\n`);
      await done;
      return printed;
    },
    learner: async () => (await app.learners.get('console:dialogue'))!,
    close: () => channel.stop(),
  };
}

function reminderOf(learner: Learner): string | null {
  const r = reminderSettings(learner);
  if (!r) return null;
  if (!r.enabled) return 'off';
  return `${String(Math.floor(r.minute / 60)).padStart(2, '0')}:${String(r.minute % 60).padStart(2, '0')}`;
}

/** Plays a dialogue through the terminal chat (in memory unless a store is given), checking every turn. */
export async function runDialogue(dialogue: Dialogue, store?: Store) {
  const clock = manualClock('2026-11-25T02:00:00Z');
  const chat = await consoleChat(clock, store);
  try {
    if (dialogue.start === 'onboarded') {
      for (const line of ['menu', 'bác', 'bỏ qua']) await chat.say(line);
    }
    for (const [i, turn] of dialogue.turns.entries()) {
      if (turn.laterDays) clock.advanceDays(turn.laterDays);
      const reply = await chat.say(turn.say);
      const where = `turn ${i + 1} ("${turn.say}") replied:\n${reply}`;
      for (const want of turn.expect) expect(fold(reply), where).toContain(fold(want));
      for (const never of turn.not) expect(fold(reply), where).not.toContain(fold(never));
      if (turn.learner) {
        const l = await chat.learner();
        const w = turn.learner;
        if (w.subscribed !== undefined) expect(l.subscribed, `${where}\nsubscribed`).toBe(w.subscribed);
        if (w.honorific !== undefined) expect(l.honorific ?? null, `${where}\nhonorific`).toBe(w.honorific);
        if (w.ward !== undefined) expect(l.ward ?? null, `${where}\nward`).toBe(w.ward);
        if (w.position !== undefined) expect(l.position?.mode ?? null, `${where}\nposition`).toBe(w.position);
        if (w.reminder !== undefined) expect(reminderOf(l), `${where}\nreminder`).toBe(w.reminder);
      }
    }
  } finally {
    await chat.close();
  }
}
