import type { Content } from '../content/content.ts';
import { fold } from '../text/fold.ts';
import { HONORIFICS, type Honorific, type Learner } from './learner.ts';

type Words = Pick<Content, 'talk'>;

/** The tutor's reply once told how to call the learner ("gọi tôi là dì"), before personalising. */
export const CALLED_FROM_NOW = 'Dạ, từ giờ {toi} xin gọi là {xung_ho} ạ. 🌷';

/**
 * The learner called `honorific` from now on, with the word the tutor then uses for itself
 * (`flows/talk.yaml` `honorifics`: "con" to "má"); a declined name is no longer declined.
 */
export function calledAs(learner: Learner, honorific: Honorific, content: Words): Learner {
  const { tutorSelf: _old, honorificDeclined: _declined, ...rest } = learner;
  const typed = content.talk.talk.honorifics.find((h) => h.word === honorific);
  return { ...rest, honorific, ...(typed ? { tutorSelf: typed.self } : {}) };
}

/** Every way of being called: the buttons' words, then the typed ones of `flows/talk.yaml`. */
const waysOfCalling = (content: Words): string[] => [...HONORIFICS, ...content.talk.talk.honorifics.map((h) => h.word)];

/** The honorific a message gives, and how many other words it has beside the words around an answer. */
export interface HonorificReading {
  honorific?: Honorific;
  /** Words that are neither an honorific nor a filler ("tôi là bà Lan": 1, "Lan"). */
  others: number;
  /**
   * A way of being called typed without diacritics where another word reads the same ("co": "cô"
   * or "có"?), with no naming word before it: not taken, and not counted in `others`.
   */
  unsure?: Honorific;
}

/**
 * Reads an honorific out of a short reply ("bác", "anh ạ", "cứ gọi tôi là bà nhé"). `toneless`
 * also takes words typed without diacritics ("chu" → chú), except `bareLookalikes` ("co" may
 * be "có", yes); a word after a naming word ("gọi tôi là co") is taken however it is typed.
 * A word with other diacritics ("có") is never taken. Two different honorifics give none.
 */
export function readHonorific(text: string, content: Words, toneless: boolean): HonorificReading {
  const { talk } = content.talk;
  const words = text
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  const folded = words.map(fold);
  const fillers = [...talk.onboarding.fillers, ...talk.particles, ...talk.address]
    .map((p) => fold(p).split(' '))
    .sort((a, b) => b.length - a.length);
  const naming = new Set(talk.onboarding.naming.map(fold));
  const lookalikes = new Set(talk.bareLookalikes.map(fold));
  const ways = waysOfCalling(content);
  const wayFolds = new Set(ways.map(fold));
  // "má" is no "mà", "dì" no "đi": a way of being called typed so, after a naming word or alone, is never a filler.
  const called = (i: number) =>
    ways.includes(words[i]!) ||
    (wayFolds.has(folded[i]!) && (words.length === 1 || (i > 0 && naming.has(folded[i - 1]!))));
  const kept: number[] = [];
  for (let i = 0; i < words.length; ) {
    const filler = called(i) ? undefined : fillers.find((f) => f.every((w, j) => folded[i + j] === w));
    if (filler) i += filler.length;
    else kept.push(i++);
  }
  const found = new Set<Honorific>();
  const unsure = new Set<Honorific>();
  let others = 0;
  for (const i of kept) {
    const led = i > 0 && naming.has(folded[i - 1]!);
    const bare = words[i] === folded[i];
    const exact = ways.find((x) => x === words[i]);
    const alike = ways.find((x) => fold(x) === folded[i]);
    if (exact) found.add(exact);
    else if (alike && led) found.add(alike);
    else if (alike && bare && toneless && !lookalikes.has(folded[i]!)) found.add(alike);
    else if (alike && bare && toneless) unsure.add(alike);
    else others++;
  }
  if (found.size === 1) return { honorific: [...found][0]!, others: others + unsure.size };
  if (found.size === 0 && unsure.size === 1) return { others, unsure: [...unsure][0]! };
  return { others: others + unsure.size };
}
