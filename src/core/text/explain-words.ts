import type { TalkFile } from '../content/talk-schema.ts';
import { fold } from './fold.ts';
import { stripParticles } from './talk-words.ts';

/** What a "không hiểu" / "nói lại" message asks for. */
export type ExplainAsk = 'unclear' | 'again';

type ExplainTalk = Pick<TalkFile, 'particles' | 'explain'>;

interface Tables {
  around: string[];
  asks: Map<string, ExplainAsk>;
}

const built = new WeakMap<ExplainTalk, Tables>();

/** Folded, a held letter once ("hảaa" → "ha"), without the words that may stand around a phrase. */
function bare(folded: string, around: readonly string[]): string {
  return stripParticles(folded.replace(/(\p{L})\1{2,}/gu, '$1'), around);
}

function tables(talk: ExplainTalk): Tables {
  let t = built.get(talk);
  if (t) return t;
  const around = [...talk.particles, ...talk.explain.around];
  const asks = new Map<string, ExplainAsk>();
  for (const p of talk.explain.again) asks.set(bare(fold(p), around), 'again');
  for (const p of talk.explain.unclear) asks.set(bare(fold(p), around), 'unclear');
  asks.delete('');
  t = { around, asks };
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
  return said === '' ? undefined : t.asks.get(said);
}

/** A phrase as `matchExplain` compares it: folded, without particles and `around` words. */
export function explainKey(phrase: string, talk: ExplainTalk): string {
  return bare(fold(phrase), tables(talk).around);
}
