import { z } from 'zod';

/** A folded phrase of the safety files; "..." stands for up to four words in between ("doc ... otp"). */
export const foldedPhrase = z
  .string()
  .regex(
    /^[a-z0-9]+(?: (?:[a-z0-9]+|\.\.\.))*$/,
    'write the phrase folded (no diacritics), words or "..." between spaces',
  );
export const foldedPhrases = z.array(foldedPhrase).min(1, 'give at least one phrase');
