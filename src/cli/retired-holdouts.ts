import { basename } from 'node:path';
import type { EvalItem } from './eval-set.ts';

/** A development set held out by its name (`…holdout….yaml`). */
export const namedHoldout = (file: string) => /holdout[^/]*$/.test(file);

/**
 * Held-out development sets whose held-out life has ended: a tuned set carries every one of their
 * questions word for word (the way a measured hold-out is handed on to tuning). Maps each such
 * file to the first tuned file that carries it, so `eval` never calls it "never tuned on".
 */
export function retiredHoldouts(sets: ReadonlyMap<string, readonly EvalItem[]>): Map<string, string> {
  const tuned = [...sets].filter(([file]) => !namedHoldout(file));
  const questions = new Map(tuned.map(([file, items]) => [file, new Set(items.map((i) => i.q))]));
  const retired = new Map<string, string>();
  for (const [file, items] of sets) {
    if (!namedHoldout(file) || items.length === 0) continue;
    const carrier = tuned.find(([t]) => items.every((i) => questions.get(t)?.has(i.q)));
    if (carrier) retired.set(file, basename(carrier[0]));
  }
  return retired;
}
