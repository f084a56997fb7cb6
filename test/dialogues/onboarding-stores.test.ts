import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { yamlFiles } from '../../src/content/load-content.ts';
import { parseYaml } from '../../src/core/content/parse-yaml.ts';
import { redisAvailable } from '../support/redis.ts';
import { bothStores } from '../support/stores.ts';
import { chatter, testApp } from '../support/test-app.ts';
import { type Dialogue, dialogueSchema } from './dialogue-schema.ts';
import { runDialogue } from './run-dialogue.ts';

const hasRedis = await redisAvailable();

const onboarding: Array<{ file: string; dialogue: Dialogue }> = [];
for (const file of await yamlFiles('test/dialogues')) {
  if (!file.includes('/onboarding-')) continue;
  const parsed = parseYaml(file, await readFile(file, 'utf8'), dialogueSchema);
  if (parsed.ok) onboarding.push({ file: file.replace('test/dialogues/', ''), dialogue: parsed.value.data });
}

describe.each(bothStores('onboarding', hasRedis))('onboarding on the %s store', (_name, on, open) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });

  it('has the onboarding dialogues to play', () => {
    expect(onboarding.length).toBeGreaterThanOrEqual(15);
  });

  for (const { file, dialogue } of onboarding) {
    it.runIf(on)(`${file}: ${dialogue.title}`, async () => {
      const { store, cleanup } = open();
      cleanups.push(cleanup);
      await runDialogue(dialogue, store);
    });
  }

  it.runIf(on)('meets stickers, empty and huge messages at both questions with the question again', async () => {
    const { store, cleanup } = open();
    cleanups.push(cleanup);
    const chat = chatter(await testApp({ store }));
    expect(await chat.say('xin chào')).toContain('gọi là gì');
    expect((await chat.send({ kind: 'sticker' })).text).toContain('gọi là gì');
    expect(await chat.say('')).toContain('gọi là gì');
    const huge = await chat.say(`vneid ${'rất '.repeat(3000)}khó`);
    expect(huge).toContain('hỏi tiếp câu lúc nãy');
    expect((await chat.learner())!.asking).toBe('honorific');
    expect(await chat.say('bác')).toContain('xã hoặc phường');
    expect((await chat.send({ kind: 'sticker' })).text).toContain('xã hoặc phường');
    expect(await chat.say('   ')).toContain('xã hoặc phường');
    expect(await chat.say('x'.repeat(5000))).toContain('xã hoặc phường');
    const learner = (await chat.learner())!;
    expect(learner.ward).toBeUndefined();
    expect(learner.asking).toBe('ward');
  });
});
