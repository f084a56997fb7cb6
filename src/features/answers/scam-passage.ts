import type { KnowledgeHit } from './knowledge-index.ts';
import type { ScamVerdict } from './scam-net.ts';

type SignalsOf = (text: string) => ReadonlySet<string>;

/** The specific actor of an alarm ("có người" says nothing of who), if any. */
const actorOf = (scam: ScamVerdict | undefined) =>
  scam?.level === 'alarm' && scam.specific && scam.actor ? `actor:${scam.actor}` : undefined;

/** The specific actors a question of the entry names, beside "có người". */
const actorsIn = (question: string, signalsOf: SignalsOf) =>
  [...signalsOf(question)].filter((s) => s.startsWith('actor:') && s !== 'actor:stranger');

/**
 * The nearest passage speaks of someone else than the one the warning is about: its questions
 * name other specific actors and never this one (fake police under a grandson's video call).
 * Only then is another entry looked for; an entry naming no one (a lost phone), or the pointed
 * demand of the warning (a code to read), stays.
 */
export function speaksOfAnother(scam: ScamVerdict | undefined, hit: KnowledgeHit, signalsOf: SignalsOf): boolean {
  const said = actorOf(scam);
  if (!said) return false;
  // A pointed demand (read a code, install an app, lend an account) picks its own entry whoever
  // asks; sending money is asked in every story, so it says nothing of which one.
  const demand = scam?.demand && scam.demand !== 'transfer' ? `demand:${scam.demand}` : undefined;
  if (demand && hit.entry.questions.some((q) => signalsOf(q).has(demand))) return false;
  const named = hit.entry.questions.flatMap((q) => actorsIn(q, signalsOf));
  return named.length > 0 && !named.includes(said);
}

/**
 * The passage telling a story of the warning's actor ("a grandchild calls on video" under the
 * relative's line), if any: one of the entry's own questions names that actor alone, with
 * something they want or press for.
 */
export function scamPassage(
  scam: ScamVerdict | undefined,
  passages: readonly KnowledgeHit[],
  signalsOf: SignalsOf,
): KnowledgeHit | undefined {
  const said = actorOf(scam);
  if (!said) return undefined;
  const tells = (question: string) => {
    const signs = [...signalsOf(question)];
    const actors = actorsIn(question, signalsOf);
    return actors.length === 1 && actors[0] === said && signs.some((s) => /^(demand|pressure):/.test(s));
  };
  return passages.find((p) => p.entry.questions.some(tells));
}
