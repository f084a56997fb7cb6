import type { DangerCues } from '../../core/content/safety-examples-schema.ts';
import { createPhraseSet } from './phrase-set.ts';
import { createWordsReader } from './phrase-words.ts';
import type { SafetyClass } from './safety-class.ts';

/** The last reading of an unclear message: a danger told in plain words, happening now. */
export interface DangerCue {
  /**
   * The emergency class of the first danger whose words the message carries with a word of now, if any. `read`: the
   * message as the language reads it, padded with spaces (the safety check has it already).
   */
  check(read: string): SafetyClass | undefined;
}

/**
 * Reads the `cues` of `flows/safety/examples.yaml`. Asked only when no rule fired and no entry answers for sure:
 * "khói trắng bay ra, mấy người chóng mặt rồi, em gọi ai" is a call to 114 even in words no rule knows.
 */
export function createDangerCue(cues: DangerCues | undefined): DangerCue {
  if (cues === undefined) return { check: () => undefined };
  const words = createWordsReader();
  const set = (list: readonly string[]) => createPhraseSet(list, [], words);
  const now = set(cues.now);
  const notNow = cues.notNow.length > 0 ? set(cues.notNow) : undefined;
  const classes = cues.classes.map((c) => ({ kind: c.class, words: set(c.words) }));
  return {
    check(read) {
      if (!now.test(read) || notNow?.test(read) === true) return undefined;
      return classes.find((c) => c.words.test(read))?.kind;
    },
  };
}
