import type { KnowledgeHit } from './knowledge-index.ts';

/** Hits read for the two entries: the fee may rank below other pages on the paper asked for its time. */
export const PAIR_DEPTH = 8;
/** Each must share at least this much of the question: both are about the procedure it names. */
const PAIR_COVERAGE = 0.4;
/** The entry completing the first may share less: a fee page's words are mostly its amounts. */
const COMPLETING_COVERAGE = 0.3;
/** The second scores at least this share of the first. */
const PAIR_SHARE = 0.3;

/** The two things of a procedure asked together that separate entries give: its fee and how long it takes. */
const FEE_AND_TIME = ['money', 'duration'] as const;
const asks = (h: KnowledgeHit, aspect: string) => h.givesAsked.includes(aspect) || h.missingAsked.includes(aspect);

/** Two entries on one procedure, each giving part of what the question asks of it. */
export interface AspectPair {
  first: KnowledgeHit;
  other: KnowledgeHit;
}

/**
 * About what the question names, and no other step or subject. An entry naming an app in passing
 * ("lệ phí làm căn cước trên VNeID") still gives its fee: only the leading entry must name none.
 */
const onTheQuestion = (h: KnowledgeHit) =>
  !h.offSubject && !h.offStory && !h.offFocus && !h.offAspect && h.coverage >= PAIR_COVERAGE;

/**
 * A hit giving every aspect the first leaves out. It may say nothing of the app the question names:
 * the time to issue a paper is the same however it was asked for ("trên VNeID … mấy ngày có").
 */
const completing = (first: KnowledgeHit, near: readonly KnowledgeHit[]) =>
  near.find(
    (h) =>
      h !== first &&
      !h.offStory &&
      !h.offFocus &&
      !h.offAspect &&
      h.coverage >= COMPLETING_COVERAGE &&
      h.score >= first.score * PAIR_SHARE &&
      first.missingAsked.every((aspect) => h.givesAsked.includes(aspect)),
  );

/**
 * "Làm lý lịch tư pháp mất bao nhiêu tiền, mấy ngày có?": two things asked of one procedure, and no
 * entry gives both; one gives the fee, another the time (session 19). `hits` are the question's, read
 * {@link PAIR_DEPTH} deep. The first is the leading entry on the question (none about another app or
 * step) when another gives all it leaves out, else the first giving part of what is asked, completed
 * by another. Undefined when fewer than two things are asked, the leader gives all of them, or no pair
 * of near entries on the question does.
 */
export function aspectPair(hits: readonly KnowledgeHit[]): AspectPair | undefined {
  const read = hits.slice(0, PAIR_DEPTH);
  const near = read.filter(onTheQuestion);
  const [top] = near;
  // The fee and the time both asked: one alone ("bao lâu thì được duyệt") is the ranking's to decide, since
  // any number of days in another entry "gives a time" (a stay of 2 years is no processing time).
  if (!top || top.missingAsked.length === 0 || !FEE_AND_TIME.every((a) => asks(top, a))) return undefined;
  const withTop = top.namesOther ? undefined : completing(top, read);
  if (withTop) return { first: top, other: withTop };
  const first = near.find((h) => h.givesAsked.length > 0 && h.missingAsked.length > 0);
  const other = first && completing(first, read);
  return first && other ? { first, other } : undefined;
}
