import { beforeAll, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { type Answerer, createAnswerer } from '../../src/features/answers/answerer.ts';
import { repoContent } from './test-app.ts';

/** A kind of risky message: its name, how people write it, words its safety reply must carry. */
export type SafetyCase = [name: string, phrasings: string[], words: string[]];

/**
 * Inside a `describe`: each case gets a safety reply carrying its words, and no look-alike
 * (the same words, an ordinary question) gets a safety reply, with the repository's content.
 */
export function itAnswersSafely(cases: readonly SafetyCase[], lookAlikes: readonly string[]): void {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
  });

  for (const [name, phrasings, words] of cases)
    it(`answers ${name} with the fitting safety reply`, async () => {
      for (const q of phrasings) {
        const answer = await answerer.answer(q);
        expect(answer.kind, q).toBe('safety');
        for (const w of words) expect(answer.text, q).toContain(w);
      }
    });

  it('leaves look-alikes sharing the words to the knowledge base', async () => {
    for (const q of lookAlikes) expect((await answerer.answer(q)).kind, q).not.toBe('safety');
  });
}
