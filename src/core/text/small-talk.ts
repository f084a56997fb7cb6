import { fold } from './fold.ts';

/** Thanks and acknowledgements ("cảm ơn cháu nhé", "vâng ạ", "ok"), as folded text. */
const ACKNOWLEDGEMENT = new RegExp(
  '^(cam on|cam on nhieu|thank|thanks|thank you|tks|ok|oke|okay|vang|da|u|uh|hi|hihi|hay qua|tot qua|duoc roi)' +
    '( (chau|em|ban|nhe|nha|a|nhieu|lam))*$',
);

/** Calling for attention before asking: "cháu ơi", "alo", "có ai không". */
const CALL = '(?:(?:chau|em|ban|tro ly|bot|ad|admin) oi|alo+|a lo|co ai(?: o day)? (?:khong|ko|k))';
const CALLING = new RegExp(`^${CALL}(?: ${CALL})*(?: (?:oi|a|nhe))*$`);

/** Whether folded text only thanks or acknowledges. */
export const isAcknowledgement = (folded: string): boolean => ACKNOWLEDGEMENT.test(folded);

/** Whether folded text only calls for attention. */
export const isCalling = (folded: string): boolean => CALLING.test(folded);

/** Greetings said before asking: "chào cháu", "xin chào", "chào buổi sáng". */
const GREETING =
  /^(xin )?chao( (chau|em|ban|bot|tro ly|ca nha|moi nguoi|buoi sang|buoi chieu|buoi toi))*( (nhe|nha|a|oi))*$/;

/** Whether folded text only greets. */
export const isGreeting = (folded: string): boolean => GREETING.test(folded);

/** A clause up to its punctuation, and the space after it. */
const CLAUSE = /^([^,.!?;:\n]*)[,.!?;:\n]+\s*/;

/**
 * The message without the thanks, greeting or call said as clauses of their own before it:
 * "Cảm ơn cháu, cho bác hỏi VNeID là gì" asks "cho bác hỏi VNeID là gì". A message that is
 * nothing else is kept whole.
 */
export function withoutOpening(text: string): string {
  let rest = text;
  for (let m = CLAUSE.exec(rest); m && m[0].length < rest.length; m = CLAUSE.exec(rest)) {
    const clause = fold(m[1] ?? '');
    if (!(isAcknowledgement(clause) || isCalling(clause) || isGreeting(clause))) break;
    rest = rest.slice(m[0].length);
  }
  return rest;
}
