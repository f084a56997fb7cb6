import type { Language } from './language.ts';
import { contentWords } from './search-terms.ts';

/**
 * Phrases that make a sentence a question wherever they stand ("làm sao", "được không", "ở đâu"…),
 * on read text ("ở đầu hẻm", at the end of the lane, folds like "ở đâu": a place follows it). Words
 * that are questions only at the end ("sao", "gì", "chưa") are below:
 * "hồi nào" (when, in a story) folds like "hỏi", "giùm" is read "giúp".
 */
const ASKING =
  /\b(the nao|nhu the nao|lam sao|ra sao|o dau(?! (hem|ngo|duong|cho|xom|lang|cau|ap|nam|thang|tuan|gio))|cho nao|bao nhieu|bao gio|khi nao|duoc khong|co duoc|co phai|co nen|nen khong|phai khong|tai sao|vi sao|hay khong|co can|can khong|co sao|chi giup|huong dan|cach nao)\b/;
const ASKING_END = /\b(sao|gi|chua|khong|a|ha|nao|dau|vay|the|nhi|voi)$/;
/** A question that points back into the story ("làm cái đó được không", "gửi mấy cái đó có sao"). */
const POINTS_BACK =
  /\b(cai do|may cai do|cai nay|may cai nay|nhu vay|vay thi|the thi|lam vay|lam the|(cho|hoi|bao|nho|bat|keu) no|no (hieu|tra loi|viet|lam|noi))\b/;
/** A question with fewer topic words than this, or pointing back, takes in the sentences before it. */
const FOCUS_WORDS = 4;
/** At most this many story sentences join the question. */
const LOOK_BACK = 2;
/** Short questions are their own focus. */
const SHORT = 16;

const sentences = (text: string) =>
  text
    .split(/(?<=[.?!;\n])\s*|\s*\n\s*/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** The sentences of a message that ask something (a lone sentence always counts). */
export function askingSentences(text: string, lang: Language): string[] {
  const all = sentences(text);
  if (all.length <= 1) return all;
  return all.filter((s) => {
    const read = lang.read(s);
    return s.includes('?') || ASKING.test(read) || ASKING_END.test(read);
  });
}

/** A clause with fewer topic words than this leans on the one before ("…, tải ở đâu"): no question of its own. */
const CLAUSE_WORDS = 2;

/**
 * The questions of a message, a clause each: elders ask two things in one line, parted by a
 * comma ("tải vneid ở đâu, tải xong rồi kích hoạt sao"). Only clauses that ask and name a topic of
 * their own count; a message asking once gives one clause or none.
 */
export function askingClauses(text: string, lang: Language): string[] {
  return askingSentences(text, lang)
    .flatMap((s) => s.split(/\s*,\s*/))
    .filter((c) => {
      const read = lang.read(c);
      return (ASKING.test(read) || ASKING_END.test(read)) && contentWords(read, lang).length >= CLAUSE_WORDS;
    });
}

/** A long message split into the question inside it and the story around it. */
export interface StoryParts {
  /** The asking sentences and the last one; the whole text when it is short. */
  focus: string;
  /** The other sentences (who called, what they said, what they did); empty for a short question. */
  context: string;
  /** The law the question opened on ("theo Luật …"), moved from the focus into the context. */
  law?: string;
}

/**
 * The question inside a story: elders write who called, what they said, what they did, then
 * ask. A long message is searched by its asking sentences and its last one; the rest is kept as
 * context, so "it" in "làm sao lấy lại nó" can still be the Zalo the story names.
 */
export function storyParts(text: string, lang: Language): StoryParts {
  const parts = storyAndQuestion(text, lang);
  const cited = citation(parts.focus, lang);
  if (!cited) return parts;
  return {
    focus: cited.asked,
    context: [parts.context, cited.law].filter((s) => s !== '').join('\n'),
    law: cited.law,
  };
}

/** A Q&A-column question that opens on the law it is asked under: "Xin hỏi theo Luật …, hành vi … có bị cấm không?" */
const CITES =
  /^((xin|cho|kinh|toi muon) hoi )?(theo|can cu|chieu theo) (bo luat|luat|nghi dinh|thong tu|quyet dinh|nghi quyet|cong van|quy dinh)\b/;
/** The clause naming the law is at most this many words; a longer one is the question itself. */
const CITATION_WORDS = 16;

/**
 * The law a question opens on, split from what it asks: "theo Luật Bảo vệ dữ liệu cá nhân năm
 * 2025" fits every entry restating that law, so it is read as the story around the question
 * (it still ranks entries, at the story's weight) and the whole message is searched too.
 */
function citation(focus: string, lang: Language): { law: string; asked: string } | undefined {
  const comma = focus.indexOf(',');
  if (comma < 0) return undefined;
  const law = focus.slice(0, comma);
  const read = lang.read(law);
  if (!CITES.test(read) || read.split(' ').length > CITATION_WORDS) return undefined;
  const asked = focus.slice(comma + 1).trim();
  return contentWords(lang.read(asked), lang).length >= FOCUS_WORDS ? { law, asked } : undefined;
}

function storyAndQuestion(text: string, lang: Language): StoryParts {
  if (lang.read(text).split(' ').length <= SHORT) return { focus: text, context: '' };
  const all = sentences(text);
  if (all.length <= 1) return { focus: text, context: '' };
  const asking = new Set([...askingSentences(text, lang), all[all.length - 1] ?? '']);
  const focus = all.filter((s) => asking.has(s));
  // "Tui có cần làm hông?" says little alone: the sentence before tells what "làm" is.
  const first = all.indexOf(focus[0] ?? '');
  for (let i = first - 1, taken = 0; i >= 0 && taken < LOOK_BACK; i--, taken++) {
    const read = lang.read(focus.join(' '));
    // A sentence pointing back ("nhờ nó viết") takes in the one before it, which may point back in turn.
    if (contentWords(read, lang).length >= FOCUS_WORDS && !POINTS_BACK.test(lang.read(focus[0] ?? ''))) break;
    focus.unshift(all[i] ?? '');
  }
  return {
    focus: focus.join(' '),
    context: all.filter((s) => !focus.includes(s)).join('\n'),
  };
}
