import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { yamlFiles } from '../../src/content/load-content.ts';
import { parseYaml } from '../../src/core/content/parse-yaml.ts';
import { dialogueSchema } from './dialogue-schema.ts';
import { runDialogue as run } from './run-dialogue.ts';

const files = await yamlFiles('test/dialogues');
const parsed = await Promise.all(
  files.map(async (file) => ({ file, result: parseYaml(file, await readFile(file, 'utf8'), dialogueSchema) })),
);

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
