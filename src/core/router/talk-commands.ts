import type { TalkTables } from '../content/talk-schema.ts';
import { foldedSet } from '../text/folded-list.ts';
import { matchExplain } from '../text/explain-words.ts';
import { stripParticles } from '../text/talk-words.ts';

/** The command of "không hiểu", "nói lại" (the explain feature answers it). */
export const EXPLAIN_COMMAND = 'explain';

/**
 * Commands said in everyday words, from `flows/stop.yaml` and `flows/talk.yaml`:
 * "đừng nhắn nữa cháu" → `stop`, "tắt nhắc đi cháu" → `remind-off`, "không hiểu" → `explain`. "/dung" from a
 * command menu is a deliberate stop; a typed "dung" is not (see the stop feature).
 */
export function matchTalkCommand(text: string, folded: string, tables: TalkTables): string | undefined {
  const { stop, talk } = tables;
  const candidates = [folded, stripParticles(folded, talk.particles)];
  const has = (list: readonly string[]) => {
    const phrases = foldedSet(list);
    return candidates.some((c) => phrases.has(c));
  };
  if (has(stop.always)) return 'stop';
  if (text.trim().startsWith('/') && has(stop.ambiguous)) return 'stop';
  // "không hiểu", "nói lại": never an answer to the waiting question, so a quiz is not graded by them.
  if (matchExplain(folded, talk)) return EXPLAIN_COMMAND;
  for (const [name, phrases] of Object.entries(talk.commands)) if (phrases && has(phrases)) return name;
  return undefined;
}

/** Whether a message is only an ambiguous stop word ("dung", "dừng ạ"). */
export function isAmbiguousStop(folded: string, tables: TalkTables): boolean {
  const bare = stripParticles(folded, tables.talk.particles);
  const ambiguous = foldedSet(tables.stop.ambiguous);
  return ambiguous.has(bare) || ambiguous.has(folded);
}
