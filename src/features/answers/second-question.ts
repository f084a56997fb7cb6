import type { KnowledgeHit } from './knowledge-index.ts';
import type { Reading } from './story-reading.ts';

/** Another question in the same message and how sure its own entry is. */
export interface SecondQuestion {
  hit: KnowledgeHit;
  /** Sure of its entry: answered as plainly as the first; otherwise offered ("Có phải…?"). */
  sure: boolean;
}

/** The entry is about what the clause names and asks, and about no app the clause leaves unsaid. */
const fitsItsClause = (hit: KnowledgeHit) =>
  !hit.offSubject && !hit.offStory && !hit.offFocus && !hit.offAspect && !hit.missesAsked && !hit.namesOther;

/**
 * "Tải VssID ở đâu? Quên mật khẩu VssID thì lấy lại sao?": of the clauses that ask something, the
 * first read as another entry than the one answering the message. A clause sure of its entry is a
 * second question answered too; one only probable of an entry that fits it is offered, so the
 * message is no longer answered for sure as a whole (session 15: answering the first alone left the
 * second's facts out of a sure answer). Undefined when fewer than two clauses ask.
 */
export function secondQuestion(
  clauses: readonly string[],
  mainId: string,
  read: (clause: string) => Reading,
): SecondQuestion | undefined {
  if (clauses.length < 2) return undefined;
  let offered: SecondQuestion | undefined;
  for (const clause of clauses) {
    const { hits, level } = read(clause);
    const [top] = hits;
    if (!top || top.entry.id === mainId) continue;
    if (level === 'sure') return { hit: top, sure: true };
    if (level === 'probable' && offered === undefined && fitsItsClause(top)) offered = { hit: top, sure: false };
  }
  return offered;
}
