import type { KnowledgeHit } from './knowledge-index.ts';
import type { ScamVerdict } from './scam-net.ts';

/**
 * The entry shown under a scam warning: the nearest passage that speaks of the same actor as the
 * warning ("a grandchild calls on video" under the relative's line), if any. A
 * story names more than the actor who reached out ("cháu gọi video, nói bị công an giữ"), and the
 * nearest passage may follow the word mentioned (fake police) instead of the one who asks. An entry
 * fits when one of its own questions tells such a story: that actor with a demand or a pressure.
 * "Có người" says nothing of who: then nothing is chosen here and the nearest passage stays.
 */
export function scamPassage(
  scam: ScamVerdict | undefined,
  passages: readonly KnowledgeHit[],
  signalsOf: (text: string) => ReadonlySet<string>,
): KnowledgeHit | undefined {
  const actor = scam?.level === 'alarm' && scam.specific ? scam.actor : undefined;
  if (!actor) return undefined;
  const said = `actor:${actor}`;
  // A scam story told in the entry's own questions: that actor alone (no other actor named beside
  // "có người") and something they want or press for.
  const tells = (question: string) => {
    const signs = [...signalsOf(question)];
    const others = signs.filter((s) => s.startsWith('actor:') && s !== said && s !== 'actor:stranger');
    return signs.includes(said) && others.length === 0 && signs.some((s) => /^(demand|pressure):/.test(s));
  };
  return passages.find((p) => p.entry.questions.some(tells));
}
