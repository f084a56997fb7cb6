import type { Words } from './phrase-words.ts';

/** A stretch of text found, as character offsets (end exclusive). */
export interface Span {
  start: number;
  end: number;
}

/**
 * A list of phrases matched as whole words in text padded with spaces, exactly as the regular expression
 * `(?<= )(?:p1|p2|…|raw…)(?= )` would (`phraseSource` gives each `p`), but looked up by each word of the text instead of
 * trying one long alternation at every character.
 */
export interface PhraseSet {
  /** Whether any phrase is in the text. */
  test(text: string): boolean;
  /**
   * Every phrase found, as the expression's global matches: leftmost first, never overlapping, and at one place the
   * first phrase of the list that fits (with its gaps as long as they can be), not the longest.
   */
  find(text: string): Span[];
  /** The text with what `find` finds turned into spaces, offsets kept. */
  blank(text: string): string;
  /** Where the first phrase found starts, or -1. */
  first(text: string): number;
}

/** A phrase of the signals file as a regular expression source: words, and "..." for up to four words of any kind. */
export function phraseSource(phrase: string): string {
  return phrase
    .split(' ')
    .map((w) => (w === '...' ? '(?: \\S+){0,4}' : ` ${w}`))
    .join('')
    .replace(/^ /, '');
}

/** Words between a phrase's words that "..." allows. */
const GAP = 4;
/** A phrase as its parts: a word to find, or a number of any words allowed (at most). */
type Part = string | number;
/** Words the index reads literally; anything else would be regular expression syntax in `phraseSource`. */
const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;

function partsOf(phrase: string): Part[] | undefined {
  const parts = phrase
    .split(' ')
    .map((w): Part | undefined => (w === '...' ? GAP : PLAIN_WORD.test(w) ? w : undefined));
  if (parts.some((p) => p === undefined) || typeof parts[0] !== 'string') return undefined;
  return parts as Part[];
}

const spanOf = (m: RegExpExecArray | RegExpMatchArray): Span => ({ start: m.index!, end: m.index! + m[0].length });

/**
 * Builds the set. `raw` sources come after the phrases in the alternation (a phrase found at a place wins over them).
 * `words` cuts a text into its words (a shared, remembering reader: the same text is matched against many sets).
 */
export function createPhraseSet(
  list: readonly string[],
  raw: readonly string[],
  words: (text: string) => Words,
): PhraseSet {
  const phrases = list.map(partsOf);
  // An empty list is kept as the expression too: its empty alternative matches between two spaces.
  if (list.length === 0 || phrases.some((p) => p === undefined))
    return regexPhraseSet([...list.map(phraseSource), ...raw]);
  const rawOnce = raw.length > 0 ? new RegExp(`(?<= )(?:${raw.join('|')})(?= )`) : undefined;
  const rawAll = raw.length > 0 ? new RegExp(`(?<= )(?:${raw.join('|')})(?= )`, 'g') : undefined;
  // Phrases by their first word, in list order: at one place the first that fits wins, as in the alternation.
  const byFirst = new Map<string, Part[][]>();
  for (const parts of phrases as Part[][]) {
    const head = parts[0] as string;
    const same = byFirst.get(head);
    if (same) same.push(parts);
    else byFirst.set(head, [parts]);
  }

  /** The index of the last word of `parts[from…]` matched after word `last`, or -1 (gaps longest first). */
  function rest(w: Words, parts: Part[], from: number, last: number): number {
    if (from === parts.length) return w.text.charCodeAt(w.ends[last]!) === 32 ? last : -1;
    const part = parts[from]!;
    if (typeof part === 'string')
      return w.chained[last]! > 0 && w.words[last + 1] === part ? rest(w, parts, from + 1, last + 1) : -1;
    for (let skip = Math.min(part, w.chained[last]!); skip >= 0; skip--) {
      const found = rest(w, parts, from + 1, last + skip);
      if (found >= 0) return found;
    }
    return -1;
  }

  /** The first phrase found at word `i` or after: where it starts and ends. */
  function listed(w: Words, i: number): Span | undefined {
    for (let at = i; at < w.words.length; at++) {
      const start = w.starts[at]!;
      if (start === 0 || w.text.charCodeAt(start - 1) !== 32) continue;
      const candidates = byFirst.get(w.words[at]!);
      if (!candidates) continue;
      for (const parts of candidates) {
        const last = rest(w, parts, 1, at);
        if (last >= 0) return { start, end: w.ends[last]! };
      }
    }
    return undefined;
  }

  /** The first match at `offset` or after, a phrase winning over a raw source at the same place. */
  function next(w: Words, offset: number): Span | undefined {
    let i = 0;
    while (i < w.starts.length && w.starts[i]! < offset) i++;
    const phrase = listed(w, i);
    if (!rawAll) return phrase;
    rawAll.lastIndex = offset;
    const m = rawAll.exec(w.text);
    const other = m ? spanOf(m) : undefined;
    return phrase && (!other || phrase.start <= other.start) ? phrase : other;
  }

  function find(text: string): Span[] {
    const w = words(text);
    const spans: Span[] = [];
    for (let span = next(w, 0); span; span = next(w, span.end)) spans.push(span);
    return spans;
  }

  return {
    test: (text) => listed(words(text), 0) !== undefined || rawOnce?.test(text) === true,
    find,
    blank: (text) => blankSpans(text, find(text)),
    first: (text) => next(words(text), 0)?.start ?? -1,
  };
}

function blankSpans(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const { start, end } of spans) {
    out += text.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return out + text.slice(at);
}

/** The alternation itself, for lists the index cannot read (a word with regular expression syntax in it). */
function regexPhraseSet(sources: readonly string[]): PhraseSet {
  const source = `(?<= )(?:${sources.join('|')})(?= )`;
  const once = new RegExp(source);
  const all = new RegExp(source, 'g');
  const find = (text: string) => [...text.matchAll(all)].map(spanOf);
  return {
    test: (text) => once.test(text),
    find,
    blank: (text) => blankSpans(text, find(text)),
    first: (text) => once.exec(text)?.index ?? -1,
  };
}
