import { fold } from './fold.ts';

const folded = new WeakMap<readonly string[], readonly string[]>();

/**
 * A word list from content (`flows/talk.yaml`), folded once and remembered for as long as the
 * list lives: matching runs on every message, and folding the same lists again each time was
 * most of a command's cost. Empty phrases are dropped.
 */
export function foldedList(list: readonly string[]): readonly string[] {
  let out = folded.get(list);
  if (!out) {
    out = list.map(fold).filter((p) => p !== '');
    folded.set(list, out);
  }
  return out;
}

const sets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** `foldedList` as a set, for lookups. */
export function foldedSet(list: readonly string[]): ReadonlySet<string> {
  let out = sets.get(list);
  if (!out) {
    out = new Set(foldedList(list));
    sets.set(list, out);
  }
  return out;
}
