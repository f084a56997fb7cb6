import type { TalkFile } from '../content/talk-schema.ts';
import { fold } from './fold.ts';
import { stripParticles } from './talk-words.ts';

/** What a "không hiểu" / "nói lại" / "làm rồi mà không được" message asks for. */
export type ExplainAsk = 'unclear' | 'again' | 'failed';

type ExplainTalk = Pick<TalkFile, 'particles' | 'explain'>;

interface Tables {
  around: string[];
  asks: Map<string, ExplainAsk>;
  /**
   * Keys only reached by dropping a word of the phrase itself ("rối quá" → "roi"), with the words
   * dropped: the message must hold one of them too, or "rồi" or "dạ rồi" would read as "rối quá".
   */
  shortened: Map<string, Set<string>>;
}

const built = new WeakMap<ExplainTalk, Tables>();

/** Folded, a held letter once ("hảaa" → "ha"). */
const held = (folded: string) => folded.replace(/(\p{L})\1{2,}/gu, '$1');

/** Folded, a held letter once, without the words that may stand around a phrase. */
function bare(folded: string, around: readonly string[]): string {
  return stripParticles(held(folded), around);
}

function tables(talk: ExplainTalk): Tables {
  let t = built.get(talk);
  if (t) return t;
  const around = [...talk.particles, ...talk.explain.around];
  const asks = new Map<string, ExplainAsk>();
  const whole = new Set<string>();
  const shortened = new Map<string, Set<string>>();
  const add = (phrase: string, ask: ExplainAsk) => {
    const folded = fold(phrase);
    const key = bare(folded, around);
    asks.set(key, ask);
    if (key === stripParticles(folded, talk.particles)) whole.add(key);
    else {
      const kept = new Set(key.split(' '));
      const dropped = shortened.get(key) ?? new Set<string>();
      for (const word of folded.split(' ')) if (!kept.has(word)) dropped.add(word);
      shortened.set(key, dropped);
    }
  };
  for (const p of talk.explain.again) add(p, 'again');
  for (const p of talk.explain.unclear) add(p, 'unclear');
  for (const p of talk.explain.failed) add(p, 'failed');
  asks.delete('');
  for (const key of whole) shortened.delete(key);
  t = { around, asks, shortened };
  built.set(talk, t);
  return t;
}

/**
 * Whether folded text only says "I did not understand" or "say it again" (`flows/talk.yaml`,
 * `explain`): particles and the `around` words may stand at either end ("bà không hiểu gì cả
 * cháu ạ") and are dropped from both sides before comparing. A question that merely contains
 * the words ("tôi không hiểu cách cài VNeID") is neither.
 */
export function matchExplain(folded: string, talk: ExplainTalk): ExplainAsk | undefined {
  const t = tables(talk);
  if (t.asks.size === 0) return undefined;
  const said = bare(folded, t.around);
  if (said === '') return undefined;
  const dropped = t.shortened.get(said);
  const holdsDropped = () =>
    held(folded)
      .split(' ')
      .some((word) => dropped?.has(word));
  if (dropped && !holdsDropped()) return undefined;
  return t.asks.get(said);
}

/** A phrase as `matchExplain` compares it: folded, without particles and `around` words. */
export function explainKey(phrase: string, talk: ExplainTalk): string {
  return bare(fold(phrase), tables(talk).around);
}
