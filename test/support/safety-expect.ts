import { expect } from 'vitest';
import type { Answerer } from '../../src/features/answers/answerer.ts';

/**
 * The two checks every safety test makes, for `it.each` rows: a message gets the safety reply of a class carrying a
 * fact, or it stays an ordinary answer. `answerer` is read when a test runs (it is built in `beforeAll`).
 */
export function safetyChecks(answerer: () => Answerer) {
  return {
    async getsReply(q: string, kind: string, fact: RegExp | string) {
      const a = await answerer().answer(q);
      expect(a.kind).toBe('safety');
      expect(a.safety).toBe(kind);
      expect(a.text).toMatch(fact);
    },
    /** The safety reply of a class, whatever facts it carries (for rows that name only the class). */
    async getsKind(q: string, kind: string) {
      const a = await answerer().answer(q);
      expect(a.kind).toBe('safety');
      expect(a.safety).toBe(kind);
    },
    async staysAnswer(q: string) {
      const a = await answerer().answer(q);
      expect(a.kind).not.toBe('safety');
    },
  };
}
