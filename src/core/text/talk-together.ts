import type { TalkFile } from '../content/talk-schema.ts';
import { foldedList, foldedSet } from './folded-list.ts';

type TalkReply = TalkFile['replies'][number];

interface TalkWords {
  fillers: Set<string>;
  phrases: Array<{ words: string[]; reply: TalkReply }>;
}

// Built once per talk file (a reloaded file is a new object and gets its own).
const built = new WeakMap<TalkFile, TalkWords>();

function talkWords(talk: TalkFile): TalkWords {
  const cached = built.get(talk);
  if (cached) return cached;
  const fillers = new Set([...foldedList(talk.particles), ...foldedList(talk.between)].filter((w) => !w.includes(' ')));
  const phrases: TalkWords['phrases'] = [];
  for (const reply of talk.replies)
    if (!reply.first) for (const p of foldedSet(reply.phrases)) phrases.push({ words: p.split(' '), reply });
  const words = { fillers, phrases };
  built.set(talk, words);
  return words;
}

/**
 * The reply for a message made only of small-talk phrases, with particles and `between` words
 * around and between them ("cam on chau nhieu nhe tam biet chau" → goodbye): the last phrase
 * said decides. Replies read `first` and letterless ones (emojis) never join. Undefined when a
 * word is neither, so a question that merely starts with "cảm ơn" is left to the answers.
 */
export function talkTogether(folded: string, talk: TalkFile): TalkReply | undefined {
  const words = folded.split(' ').filter((w) => w !== '');
  if (words.length === 0) return undefined;
  const { fillers, phrases } = talkWords(talk);
  // last[i]: the reply of the last phrase in a cover of words[i..], or null when they are all fillers.
  const last: Array<TalkReply | null | undefined> = new Array(words.length + 1);
  last[words.length] = null;
  for (let i = words.length - 1; i >= 0; i--) {
    let found: TalkReply | null | undefined;
    if (fillers.has(words[i]!) && last[i + 1] !== undefined) found = last[i + 1];
    for (const { words: p, reply } of phrases) {
      if (found) break;
      const after = last[i + p.length];
      if (after === undefined || !p.every((w, k) => words[i + k] === w)) continue;
      found = after ?? reply;
    }
    last[i] = found;
  }
  return last[0] ?? undefined;
}
