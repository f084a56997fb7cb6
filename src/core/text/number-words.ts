import { fold } from './fold.ts';

/** Vietnamese number words 1–10, folded. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  tu: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
};

/**
 * Reads a numbered answer the way people type it: "2", "số 2", "hai", "chọn 3", "2." .
 * Returns undefined when the text is not just a number.
 */
export function parseChoiceNumber(text: string): number | undefined {
  const folded = fold(text).replace(/^(so|chon|cau|dap an|phuong an|muc)\s+/, '');
  if (/^\d{1,2}$/.test(folded)) return Number(folded);
  return NUMBER_WORDS[folded];
}
