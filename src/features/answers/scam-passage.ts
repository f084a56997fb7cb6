import type { KnowledgeHit } from './knowledge-index.ts';
import type { ScamVerdict } from './scam-net.ts';

type SignalsOf = (text: string) => ReadonlySet<string>;

/** Actors whose story one passage tells: a fake court or procuracy plays the fake police's part. */
const SAME_STORY: Readonly<Record<string, string>> = { court: 'police' };
const storyActor = (actor: string) => SAME_STORY[actor] ?? actor;

/** The specific actor of an alarm ("có người" says nothing of who), if any, as the story it tells. */
const actorOf = (scam: ScamVerdict | undefined) =>
  scam?.level === 'alarm' && scam.specific && scam.actor ? storyActor(scam.actor) : undefined;

/** The specific actors a question of the entry names (its signals), beside "có người", as the stories they tell. */
const actorsIn = (signs: ReadonlySet<string>) =>
  [...signs]
    .filter((s) => s.startsWith('actor:') && s !== 'actor:stranger')
    .map((s) => storyActor(s.slice('actor:'.length)));

/** Demands that say which scam it is: sending money is asked in every story, so it says nothing. */
const pointed = (signs: ReadonlySet<string>) =>
  [...signs].filter((s) => s.startsWith('demand:') && s !== 'demand:transfer');
/** Pressure that tells a scam; an odd detail ("số mới") or an advert's offer is everyday talk too. */
const PRESSING = /^pressure:(?!oddity$|offer$)/;

/** A question of the entry (its signals) tells a scam: someone wants something pointed (not only money) or presses. */
const tellsScam = (signs: ReadonlySet<string>) => pointed(signs).length > 0 || [...signs].some((s) => PRESSING.test(s));

/** A sign of what someone wants or how they press, everyday ones included. */
const wantsOrPresses = (sign: string) => /^(demand|pressure):/.test(sign);

/** A question (its signals) tells `said`'s story: it names that actor and no other, wanting or pressing. */
const tellsActorStory = (signs: ReadonlySet<string>, said: string) => {
  const actors = actorsIn(signs);
  return actors.length > 0 && actors.every((a) => a === said) && [...signs].some(wantsOrPresses);
};

/**
 * The nearest passage is another scam's entry than the warning's. The warning is told by its
 * specific actor ("công an"), else by the pointed demands the message names (a fee before a job).
 * The passage stays when its questions name that actor or carry one of those demands; otherwise
 * it is another scam's when its questions name other specific actors (fake police under a
 * grandson's video call) or tell a scam of their own (renting out a bank account under a fake
 * police officer, an advert "nhận quà" under a job asking a fee). An entry telling no scam (a lost
 * phone) stays.
 */
export function speaksOfAnother(
  scam: ScamVerdict | undefined,
  hit: KnowledgeHit,
  signalsOf: SignalsOf,
  message: ReadonlySet<string>,
): boolean {
  const said = actorOf(scam);
  const asked = pointed(message);
  if (scam?.level !== 'alarm' || (!said && asked.length === 0)) return false;
  const questions = hit.entry.questions.map(signalsOf);
  if (questions.some((signs) => asked.some((d) => signs.has(d)))) return false;
  const named = questions.flatMap(actorsIn);
  if (said && named.includes(said)) return false;
  return named.length > 0 || questions.some(tellsScam);
}

/** None of the entry's questions names someone specific or tells a scam (a land title's waiting time, a residence form). */
export function tellsNoScam(hit: KnowledgeHit, signalsOf: SignalsOf): boolean {
  return hit.entry.questions.every((q) => {
    const signs = signalsOf(q);
    return actorsIn(signs).length === 0 && !tellsScam(signs);
  });
}

/**
 * The passage telling the warning's story, if any: one of the entry's own questions names the
 * warning's actor alone, with something they want or press for ("a grandchild calls on video"
 * under the relative's line); with no one specific, one carries a pointed demand of the message.
 */
export function scamPassage(
  scam: ScamVerdict | undefined,
  passages: readonly KnowledgeHit[],
  signalsOf: SignalsOf,
  message: ReadonlySet<string>,
): KnowledgeHit | undefined {
  const said = actorOf(scam);
  const asked = pointed(message);
  const tells = (question: string) => {
    const signs = signalsOf(question);
    // Said by no one in particular, the same pointed demand tells the same scam ("bị mở mức 3" under a
    // fake police officer's call about it: session 17).
    if (!said || actorsIn(signs).length === 0) return asked.some((d) => signs.has(d));
    return tellsActorStory(signs, said);
  };
  return passages.find((p) => p.entry.questions.some(tells));
}

/**
 * A passage kept under the warning that tells no scam story of the warning's actor and carries none
 * of the message's pointed demands ("cài file .apk" under a VNeID notifications entry the police are
 * only named in) gives way to a near one with a question that carries such a demand beside another
 * scam sign or the actor, and names no other actor (the fake VNeID app's entry): the demand says
 * which scam it is. A how-to entry whose question only names the demand ("tải app VssID") is none
 * (session 17).
 */
export function sameDemandPassage(
  scam: ScamVerdict | undefined,
  top: KnowledgeHit,
  passages: readonly KnowledgeHit[],
  signalsOf: SignalsOf,
  message: ReadonlySet<string>,
): KnowledgeHit {
  const asked = pointed(message);
  if (scam?.level !== 'alarm' || asked.length === 0) return top;
  const said = actorOf(scam);
  const carries = (hit: KnowledgeHit) => hit.entry.questions.some((q) => asked.some((d) => signalsOf(q).has(d)));
  const storyOfActor = (hit: KnowledgeHit) =>
    said !== undefined && hit.entry.questions.some((q) => tellsActorStory(signalsOf(q), said));
  if (carries(top) || storyOfActor(top)) return top;
  const tellsDemand = (question: string) => {
    const signs = signalsOf(question);
    if (!asked.some((d) => signs.has(d))) return false;
    const actors = actorsIn(signs);
    const pressing = [...signs].filter(wantsOrPresses).length;
    return pressing >= 2 || (said !== undefined && actors.includes(said));
  };
  const ownActors = (hit: KnowledgeHit) =>
    hit.entry.questions.flatMap((q) => actorsIn(signalsOf(q))).every((a) => a === said);
  return passages.find((p) => p !== top && p.entry.questions.some(tellsDemand) && ownActors(p)) ?? top;
}
