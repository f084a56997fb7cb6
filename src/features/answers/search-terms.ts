import type { Language } from './language.ts';

/**
 * Words that carry no topic: politeness, pronouns, question words. They are dropped from the
 * index and from queries, so "bác ơi cho cháu hỏi vneid là gì ạ" searches for "vneid".
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a ah oi nhe nhi vay ne thi la gi sao nao lam toi tui tao minh bac chau em chi ong ba con co cua cho voi va nhu roi ta ' +
    'di bi nay do kia phai hay hoac cung ra len mot cac nhung it rat nua da se hoi biet giup xin vui long u uh vang kieu ' +
    'ki gio bay theo de o khong duoc tren trong cach'
  ).split(' '),
);

/**
 * Question phrases removed before splitting, so their syllables can stay topic words elsewhere
 * ("thế nào" goes, "thẻ" in "thẻ BHYT" stays; both fold to "the").
 */
const QUESTION_PHRASES =
  /\b(nhu the nao|the nao|lam sao|la gi|ra sao|bao nhieu|o dau|duoc khong|co phai|the thi|kieu gi|la cai gi|cai gi)\b/g;

/** An elder's age said after a relative: "80 tuổi", "năm nay tám mươi", "đã 75 tuổi rồi". */
const ELDER_AGE = String.raw`(?: (?:nam nay|da|gan|hon|ngoai|tren))?(?: \d+| [a-z]+ muoi(?: [a-z]+)?)(?: tuoi)?(?: roi)?`;
/**
 * Whom a task is done for, with the age ("cài VNeID cho mẹ tôi 80 tuổi", "tải VNeID giùm ba tui 68 tuổi", "cho ông
 * nhà tôi năm nay tám mươi"): an older relative and an age name no topic, so they must not hide the task itself.
 * Without an age the relative stays a topic word ("mua thẻ BHYT cho bố mẹ", "điện thoại cho ông bà": held-out sets
 * lost facts when it went). A child is left in: an ID card or VNeID for a child is a topic of its own, and so is "bà
 * con" (the public). Session 36.
 */
const OLDER_RELATIVE = String.raw`(?:cho|giup|gium|dum|ho) (?:ong noi|ong ngoai|ba noi|ba ngoai|ong nha|ba nha|ong xa|ba xa|me gia|bo gia|bo me|ba me|ong ba|me|bo|ba|ma|cha|ong|cu)(?! (?:con|nguoi|lan|ngay|thang|nam|cai|chiec|so)\b)(?: (?:toi|tui|minh|em|nha toi|nha tui|nha minh|cua toi|cua tui|o que))*`;
const DONE_FOR = new RegExp(String.raw`\b${OLDER_RELATIVE}(?:${ELDER_AGE})(?: o que)?\b`, 'g');

/** Apps known by name: wanted for a purpose, the name says which app to install. */
const NAMED_APP =
  '(?:zalo|vneid|facebook|messenger|youtube|tiktok|viber|skype|whatsapp|vssid|momo|zalopay|shopee|lazada|grab|gmail|chatgpt|gemini)';
/**
 * Whom a named app is installed for, with no age ("cài VNeID cho mẹ tôi", "tải Zalo giùm má"): the app names the
 * task, the older relative only who it is for. Only after installing a named app, so "mua thẻ BHYT cho bố mẹ" keeps
 * its relative. Session 37 (fixm).
 */
const INSTALLED_FOR = new RegExp(
  String.raw`(?<=\b(?:cai|tai|cai dat|tai ve)(?: (?:app|ung dung))? ${NAMED_APP}(?: ve)? )${OLDER_RELATIVE}\b`,
  'g',
);

/**
 * Why a named app is wanted, said between installing it and asking where or how ("cài Zalo để gọi video, cài ở đâu",
 * "tải VNeID về để khai báo tạm trú thì tải sao"): the install is asked, the purpose is only the reason. An app not
 * named ("tải app điện lực để xem tiền điện, tải ở đâu") keeps its purpose: that says which app. Session 36.
 */
const INSTALL_PURPOSE = new RegExp(
  String.raw`(?<=\b(?:cai|tai|cai dat|tai ve)(?: (?:app|ung dung))? ${NAMED_APP}(?: ve)? )de(?: \S+){1,6}? (?=(?:thi )?(?:cai|tai)(?: dat| ve)?(?: \S+)? (?:o dau|sao|the nao|nhu the nao|lam sao|cho nao)\b)`,
  'g',
);

/** Topic words of a text: its read words without question phrases, formal filler and stopwords. */
export function contentWords(text: string, lang: Language): string[] {
  return lang
    .topic(lang.read(text))
    .replace(DONE_FOR, ' ')
    .replace(INSTALLED_FOR, ' ')
    .replace(INSTALL_PURPOSE, ' ')
    .replace(QUESTION_PHRASES, ' ')
    .split(' ')
    .filter((w) => w !== '' && !STOPWORDS.has(w));
}

/** Separator of two-syllable terms ("mat_khau"); Vietnamese words are mostly two syllables. */
export const BIGRAM_JOIN = '_';

/**
 * Index and query terms: topic syllables plus pairs of neighbouring topic syllables within a
 * sentence, so "mật khẩu" as a word outweighs "mật" and "khẩu" found apart.
 */
export function searchTerms(text: string, lang: Language): string[] {
  const terms: string[] = [];
  for (const sentence of text.split(/[\n.?!;:]+/)) {
    const words = contentWords(sentence, lang);
    terms.push(...words, ...words.slice(1).map((w, i) => `${words[i]}${BIGRAM_JOIN}${w}`));
  }
  return terms;
}
