import { z } from 'zod';
import type { TaskWords } from './task-words-schema.ts';

const foldedWord = z
  .string()
  .regex(/^[a-z0-9]+$/, 'write the word folded: lower case, no diacritics, no spaces (e.g. "ko", "tui")');
const foldedText = z
  .string()
  .regex(/^[a-z0-9 ]+$/, 'write the replacement folded: lower case, no diacritics (e.g. "khong")');
const accentedWord = z
  .string()
  .regex(/^[\p{Ll}0-9]+(?: [\p{Ll}0-9]+)*$/u, 'write lower-case words with their diacritics (e.g. "ở mô", "hổng")');
const pattern = z.string().refine(
  (p) => {
    try {
      new RegExp(p);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression; check brackets and backslashes' },
);

const foldedPhrase = z
  .string()
  .regex(/^[a-z0-9]+(?: [a-z0-9]+)*$/, 'write the phrase folded: lower case, no diacritics (e.g. "xin hoi")');

/**
 * `flows/language/words.yaml`: how people write, folded into the words entries use. `accented`
 * runs before diacritics are removed (Central "mô" is "đâu" but "mở" is not), `phrases` and
 * `words` after (chat shorthand and dialect words that cannot be mistaken once folded).
 * `filler` lists phrases of formal letters that name no topic ("trường hợp này", "có trách
 * nhiệm"): they stay in the read text (a question is still a question) but are no topic words.
 */
export const languageFileSchema = z.strictObject({
  accented: z.record(accentedWord, z.string().min(1)).default({}),
  phrases: z.array(z.strictObject({ pattern, to: z.string() })).default([]),
  words: z.record(foldedWord, foldedText).default({}),
  filler: z.array(foldedPhrase).optional(),
});

/** `words.yaml`, with the task words of `tasks.yaml` when the content has them. */
export type LanguageTable = z.infer<typeof languageFileSchema> & { tasks?: TaskWords };
