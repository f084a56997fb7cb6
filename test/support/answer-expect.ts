import { expect } from 'vitest';
import type { Answerer } from '../../src/features/answers/answerer.ts';

/**
 * A question answered for sure from one of the entries that hold its answer, never "chưa chắc". `answerer` is read
 * when a test runs (it is built in `beforeAll`).
 */
export function sureAnswerCheck(answerer: () => Answerer) {
  return async function answersSure(question: string, entries: readonly string[]) {
    const answer = await answerer().answer(question);
    expect(entries).toContain(answer.entry);
    expect(answer.unsure ?? false).toBe(false);
    expect(answer.text).not.toMatch(/chưa chắc/i);
  };
}
