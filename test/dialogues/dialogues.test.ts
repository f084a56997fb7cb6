import { readFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConsoleChannel } from '../../src/channels/console/console-channel.ts';
import { yamlFiles } from '../../src/content/load-content.ts';
import { parseYaml } from '../../src/core/content/parse-yaml.ts';
import type { Learner } from '../../src/core/learners/learner.ts';
import { fold } from '../../src/core/text/fold.ts';
import { reminderSettings } from '../../src/features/reminders/settings.ts';
import { manualClock, testApp } from '../support/test-app.ts';
import { type Dialogue, dialogueSchema } from './dialogue-schema.ts';

const files = await yamlFiles('test/dialogues');
const parsed = await Promise.all(
  files.map(async (file) => ({ file, result: parseYaml(file, await readFile(file, 'utf8'), dialogueSchema) })),
);

/** The terminal chat on the real content: one line in, everything printed for it out. */
async function consoleChat(clock: ReturnType<typeof manualClock>) {
  const app = await testApp({ clock: clock.now });
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

async function run(dialogue: Dialogue) {
  const clock = manualClock('2026-11-25T02:00:00Z');
  const chat = await consoleChat(clock);
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

describe('conversation corpus (test/dialogues/*.yaml, through the console channel)', () => {
  it('every dialogue file is valid, and there are at least 60 covering every area', () => {
    const problems = parsed.flatMap(({ result }) => (result.ok ? [] : result.problems));
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([]);
    expect(parsed.length).toBeGreaterThanOrEqual(60);
    const covered = new Set(parsed.flatMap(({ result }) => (result.ok ? result.value.data.covers : [])));
    expect([...covered].sort()).toEqual(
      [
        'dung',
        'everyday',
        'explain',
        'handoff',
        'labels',
        'onboarding',
        'review',
        'stop',
        'typed-option',
        'yes-no',
      ].sort(),
    );
  });

  for (const { file, result } of parsed) {
    if (!result.ok) continue;
    it(`${file.replace('test/dialogues/', '')}: ${result.value.data.title}`, () => run(result.value.data));
  }
});
