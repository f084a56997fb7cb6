const QUESTION_WORDS = new RegExp(
  '(^| )(sao|gi|j|the nao|ntn|lam sao|o dau|bao nhieu|bao gio|khi nao|khong|ko|hok|k|duoc khong|dc k|' +
    'nhu the nao|cach|tai sao|hoi|giup)( |$)',
);

/**
 * Whether a message reads like a question rather than a short answer ("Phường Yên Hòa", "bác"):
 * a question mark, a question word ("sao", "gì", "thế nào", "không"…) or more than eight words.
 */
export function looksLikeQuestion(text: string, folded: string): boolean {
  if (text.includes('?')) return true;
  if (folded.split(' ').length > 8) return true;
  return QUESTION_WORDS.test(folded);
}
