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
