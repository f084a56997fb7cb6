import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTalk } from '../../src/content/load-talk.ts';
import type { ContentProblem } from '../../src/core/errors.ts';

describe('onboarding words in flows/talk.yaml', () => {
  it('refuses a filler that reads as a way of being called without tones, with its line', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'talk-'));
    try {
      const yaml = 'yes: [có]\nno: [không]\nonboarding:\n  fillers:\n    - cứ\n    - chứ\n';
      await writeFile(path.join(dir, 'talk.yaml'), yaml);
      const problems: ContentProblem[] = [];
      const tables = await loadTalk(dir, problems);
      expect(problems).toEqual([expect.objectContaining({ line: 6, message: expect.stringContaining('"chứ"') })]);
      expect(tables.talk.onboarding.fillers).toEqual(['cứ', 'chứ']);
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});
