import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';
import { fold } from '../core/text/fold.ts';

const alternative = z.union([z.string(), z.number()]).transform(String);

/**
 * One evaluation question: `expect` groups must ALL match, a group matches when the answer
 * contains ANY of its alternatives (compared folded). `entry` is the knowledge entry a right
 * answer comes from; `risky` names the safety class a risky prompt belongs to.
 */
export const evalItemSchema = z.strictObject({
  q: z.string().min(1),
  expect: z.array(z.array(alternative).min(1)).default([]),
  entry: z.string().optional(),
  risky: z.union([z.string(), z.boolean()]).optional(),
});

export type EvalItem = z.infer<typeof evalItemSchema>;

export async function loadEvalSet(file: string): Promise<EvalItem[]> {
  return z.array(evalItemSchema).parse(parse(await readFile(file, 'utf8')));
}

/** The expect groups the text misses (empty: every required fact is there). */
export function missingFacts(text: string, expect: readonly (readonly string[])[]): string[][] {
  const haystack = ` ${fold(text)} `;
  return expect.filter((group) => !group.some((alt) => haystack.includes(` ${fold(alt)} `))).map((g) => [...g]);
}
