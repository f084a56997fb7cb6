import type { KnowledgeEntry } from '../../core/content/knowledge-schema.ts';
import type { KnowledgeHit } from './knowledge-index.ts';
import type { Language } from './language.ts';
import { contentWords } from './search-terms.ts';

/** How sure the knowledge base is: answer, answer with a caveat, or admit not knowing. */
export type Confidence = 'sure' | 'probable' | 'unsure';

/**
 * Thresholds measured on test/eval/questions.yaml and off-topic questions ("giá vàng hôm nay",
 * "cách nấu phở"): off-topic questions stay below 0.5 coverage and 0.12 closeness.
 */
const SURE_COVERAGE = 0.6;
const SURE_CLOSENESS = 0.2;
const SURE_MARGIN = 1.5;
const PROBABLE_COVERAGE = 0.6;
const PROBABLE_WITH_CLOSENESS = 0.4;
const PROBABLE_CLOSENESS = 0.1;
/** "X là gì?", "dùng để làm gì?": a question, or an entry's first phrasing, asking what something is (read text). */
const ASKS_WHAT = /\b(la (cai )?gi|nghia la gi|la sao|(dung )?de lam gi|dung lam gi)\b/;
/** Also "X là gì, dùng vào việc gì?" (session 13): the use asked after the name is still a definition. */
const IS_DEFINITION = /\b(la (cai )?gi|dung de lam gi|dung lam gi)( dung (vao viec|de lam|lam) gi)?$/;
/** "VNeID báo thuê bao không khớp là sao": what a message the app shows means, not what the app is. */
const MESSAGE_MEANING = /\b(bao|hien|hien ra|hien len|ghi|thong bao)\b (\w+ ){1,8}la sao\b/;

/** A yes or no about an entry, read once per entry and language (entries and languages live as long as the content). */
function perEntry(read: (entry: KnowledgeEntry, lang: Language) => boolean) {
  const byLang = new WeakMap<Language, WeakMap<KnowledgeEntry, boolean>>();
  return (entry: KnowledgeEntry, lang: Language): boolean => {
    let known = byLang.get(lang);
    if (!known) byLang.set(lang, (known = new WeakMap()));
    let answer = known.get(entry);
    if (answer === undefined) {
      answer = read(entry, lang);
      known.set(entry, answer);
    }
    return answer;
  };
}

/** Whether an entry's first phrasing asks what something is. */
export const isDefinition = perEntry((entry, lang) => {
  const first = entry.questions[0];
  return first !== undefined && IS_DEFINITION.test(lang.read(first));
});

/** Whether a question asks what something is; the last question is remembered (it is asked about several times). */
let lastAsked: { question: string; lang: Language; what: boolean } | undefined;
const asksWhatRead = (read: string) => ASKS_WHAT.test(read) && !MESSAGE_MEANING.test(read);

export function asksWhat(question: string, lang: Language): boolean {
  if (lastAsked?.question !== question || lastAsked.lang !== lang)
    lastAsked = { question, lang, what: asksWhatRead(lang.read(question)) };
  return lastAsked.what;
}

/**
 * An entry saying what something is ("VNeID là gì?") is no sure answer to a question asking
 * something else about it ("đổi số điện thoại thì tài khoản định danh phải làm gì?").
 */
function definitionOnly(question: string, top: KnowledgeHit, lang: Language): boolean {
  return isDefinition(top.entry, lang) && !asksWhat(question, lang);
}

/**
 * The question says every word of one phrasing of the top entry and far less of the other's
 * ("trả tiền nước bằng ví điện tử" is the e-wallet entry, not the bank-app one): it stands out.
 */
const WHOLE_PHRASING = 0.95;
const PHRASING_LEAD = 0.25;
const saysAllOf = (top: KnowledgeHit, second: KnowledgeHit) =>
  top.entryCoverage >= WHOLE_PHRASING && second.entryCoverage <= top.entryCoverage - PHRASING_LEAD;

/** The entry's first phrasing asks what something is, and the question says all of it while asking what it is. */
const definitionAsked = (question: string, hit: KnowledgeHit, lang: Language) =>
  hit.entryCoverage >= WHOLE_PHRASING && isDefinition(hit.entry, lang) && asksWhat(question, lang);

/**
 * "Con gái bảo dùng Copilot soạn báo giá, đó là cái gì": the question names an AI tool and asks what
 * "it" is (đó, nó, cái đó). Session 36 (fixl).
 */
const IT_IS_WHAT = /\b(do|no|cai do|cai nay|cai ay|cai kia|app do|ung dung do) la (cai )?gi\b/;
const asksToolWhat = (question: string, top: KnowledgeHit, lang: Language) =>
  top.toolUnsaid && IT_IS_WHAT.test(lang.read(question));
/** The entry about the tool named, one of whose phrasings asks what it is ("Copilot là gì, có giống ChatGPT không?"). */
const SAYS_WHAT = /\bla (cai )?gi\b/;
const asksWhatSomewhere = perEntry((entry, lang) => entry.questions.some((q) => SAYS_WHAT.test(lang.read(q))));
const definesToolAsked = (question: string, top: KnowledgeHit, lang: Language) =>
  top.toolSaid && IT_IS_WHAT.test(lang.read(question)) && asksWhatSomewhere(top.entry, lang);

/**
 * Puts the entry saying what something is where it belongs. "chatgpt là cái chi vậy, bữa ni nghe
 * con nói hoài" goes to the entry saying what ChatGPT is when that entry is nearly as strong as
 * the top one (the chatter around the question dilutes every score alike); a question asking
 * something else ("mức 2 thay được những giấy tờ nào?") goes to the nearly as strong entry that
 * answers it rather than to "VNeID là gì?".
 */
export function placeDefinitions(question: string, hits: readonly KnowledgeHit[], lang: Language): KnowledgeHit[] {
  const [top] = hits;
  // What the named tool is: the entry about that tool goes before general advice on the job it was named for.
  const tool = top && asksToolWhat(question, top, lang) ? hits.findIndex((h) => !h.toolUnsaid && !h.offSubject) : -1;
  if (tool > 0) return [hits[tool]!, ...hits.filter((_, i) => i !== tool)];
  if (!top || definitionAsked(question, top, lang)) return [...hits];
  const close = (h: KnowledgeHit | undefined) => h !== undefined && top.score / h.score < SURE_MARGIN;
  // "trợ lý AI là gì?" names no app: the entry saying what it is goes before the one about Zalo's
  // assistant, when it is as close to the question's words and not far behind.
  const general = (h: KnowledgeHit) =>
    isDefinition(h.entry, lang) && !h.namesOther && !h.offSubject && h.closeness >= top.closeness && close(h);
  const plain = top.namesOther && asksWhat(question, lang) ? hits.findIndex(general) : -1;
  if (plain > 0) return [hits[plain]!, ...hits.filter((_, i) => i !== plain)];
  // Past "X là gì?", the close entry saying most of the question, not merely the first to say more.
  const past = (h: KnowledgeHit) =>
    !definitionOnly(question, h, lang) && h.coverage > top.coverage && !h.namesOther && !h.offSubject && close(h);
  const at = definitionOnly(question, top, lang)
    ? hits.reduce((best, h, i) => (past(h) && (best < 0 || h.coverage > hits[best]!.coverage) ? i : best), -1)
    : hits.findIndex((h) => definitionAsked(question, h, lang) && !h.offSubject);
  if (at <= 0 || !(close(hits[at]) || farCloser(hits[at]!, top))) return [...hits];
  return [hits[at]!, ...hits.filter((_, i) => i !== at)];
}

/**
 * An entry whose "X là gì?" the question says whole, and far closer to its words than the leader,
 * is not left behind for a lead in raw score alone: "chat gi pi ti la cai gi vay, con chau noi…"
 * scores the voice entry highest because it says "ChatGPT" often.
 */
const FAR_CLOSER = 0.2;
const FAR_MARGIN = 2;
const farCloser = (h: KnowledgeHit, top: KnowledgeHit) =>
  h.closeness >= top.closeness + FAR_CLOSER && top.score / h.score < FAR_MARGIN;

/**
 * The runner-up goes first when it is at least as close to the question, the question says every
 * word of one of its phrasings and far less of the leader's, and the leader is not far ahead:
 * "chat gi pi ti là cái gì" is "ChatGPT là gì?", not the entry that mentions ChatGPT most often.
 * In a dead heat the one clearly closer to the question's words goes first.
 */
/** A lead smaller than this on a measure is a tie ("cách quét mã QR": to pay, or a stranger's code?). */
const CLEAR_LEAD = 0.05;
/** Ahead only by raw score (a word said often): the other fits more of the question, closer, and says more of itself. */
const fitsBetter = (a: KnowledgeHit, b: KnowledgeHit) =>
  a.coverage >= b.coverage &&
  a.entryCoverage >= b.entryCoverage &&
  a.closeness > b.closeness &&
  (a.coverage >= b.coverage + CLEAR_LEAD || a.entryCoverage >= b.entryCoverage + CLEAR_LEAD);

const DEAD_HEAT = 1.05;
const CLEARLY_CLOSER = 0.1;

export function preferWholePhrasing(question: string, hits: readonly KnowledgeHit[], lang: Language): KnowledgeHit[] {
  const [top, second, ...rest] = hits;
  if (!top || !second) return [...hits];
  const margin = top.score / second.score;
  const swap =
    (((saysAllOf(second, top) || fitsBetter(second, top)) &&
      second.closeness >= top.closeness &&
      margin < SURE_MARGIN) ||
      // A dead heat goes to the one clearly closer to the question's words.
      (margin < DEAD_HEAT && second.closeness >= top.closeness + CLEARLY_CLOSER)) &&
    !definitionOnly(question, second, lang) &&
    // Put back behind the entry about the app, step or aspect asked of: it stays behind.
    !(second.offFocus && !top.offFocus) &&
    // Nor does an entry silent on the app the question names pass one about it (session 13), general
    // steps those of the phone named, or one phone's steps those for both when none is named (session 19).
    !(second.offSubject && !top.offSubject) &&
    !(asksToolWhat(question, second, lang) && !asksToolWhat(question, top, lang)) &&
    !phoneBehind(second, top) &&
    !(missesWhatWasAsked(second) && !missesWhatWasAsked(top));
  return swap ? [second, top, ...rest] : [...hits];
}

/**
 * "Đổi điện thoại mới thì giữ tin nhắn Zalo sao": the leader is about another step or paper than the
 * question names (a new number, not a new phone) or gives no fee or time it asks; a runner-up about
 * what was asked, with no such gap and at least this share of its score, goes first (at best probable).
 */
const ASPECT_SHARE = 0.4;
const missesWhatWasAsked = (h: KnowledgeHit) => h.offAspect || h.missesAsked;
export function preferAskedAspect(hits: readonly KnowledgeHit[]): KnowledgeHit[] {
  const [top] = hits;
  if (!top || !missesWhatWasAsked(top)) return [...hits];
  const at = hits.findIndex(
    (h) =>
      !missesWhatWasAsked(h) &&
      onWhatWasAsked(h) &&
      !h.namesOther &&
      h.score >= top.score * ASPECT_SHARE &&
      // A leader the question says whole of stays first: the paper named is a second question.
      !saysAllOf(top, h),
  );
  if (at <= 0) return [...hits];
  return [hits[at]!, ...hits.filter((_, i) => i !== at)];
}

/**
 * "zalo báo tài khoản bị tạm khóa", "trả tiền điện bằng zalo": the leader says nothing of the app
 * the question names (the bank's steps), and a runner-up about it fits the question and says of itself as much; it goes
 * first (at best probable: `rankedReading`), at this share of the leader's score (session 13).
 */
const ON_SUBJECT_SHARE = 0.25;
export function preferOnSubject(hits: readonly KnowledgeHit[]): KnowledgeHit[] {
  const [top] = hits;
  if (!top?.offSubject) return [...hits];
  const fits = (h: KnowledgeHit) =>
    onWhatWasAsked(h) &&
    !h.namesOther &&
    !h.missesAsked &&
    // At least as much of the question and clearly more of the question or of itself: an entry
    // merely silent on the app's name keeps its lead.
    h.coverage >= top.coverage &&
    h.entryCoverage >= top.entryCoverage - CLEAR_LEAD &&
    (h.coverage >= top.coverage + CLEAR_LEAD || h.entryCoverage >= top.entryCoverage + CLEAR_LEAD) &&
    h.score >= top.score * ON_SUBJECT_SHARE;
  // Of those that fit, the one closest to the question's words ("điện thoại bị mất thì Zalo trên đó").
  const at = hits.reduce((best, h, i) => (fits(h) && (best < 0 || h.closeness > hits[best]!.closeness) ? i : best), -1);
  if (at <= 0) return [...hits];
  return [hits[at]!, ...hits.filter((_, i) => i !== at)];
}

/**
 * "rời nhóm zalo mà không ai biết": the question says every word of one phrasing of a lower hit,
 * is clearly closer to it than to the leader's, and says under 0.7 of the leader's and at least 0.4 of itself is in the lower one: the entry it
 * says whole goes first (at best probable), at this share of the leader's score (session 13).
 */
const SAID_WHOLE_SHARE = 0.4;
export function preferSaidWhole(hits: readonly KnowledgeHit[]): KnowledgeHit[] {
  const [top] = hits;
  if (!top || top.entryCoverage >= WHOLE_PHRASING - PHRASING_LEAD) return [...hits];
  const at = hits.findIndex(
    (h) =>
      h.entryCoverage >= WHOLE_PHRASING &&
      h.coverage >= PROBABLE_WITH_CLOSENESS &&
      h.closeness >= top.closeness + CLEARLY_CLOSER &&
      onWhatWasAsked(h) &&
      !h.namesOther &&
      !h.missesAsked &&
      h.score >= top.score * SAID_WHOLE_SHARE,
  );
  if (at <= 0) return [...hits];
  return [hits[at]!, ...hits.filter((_, i) => i !== at)];
}

/**
 * "chữ trên máy Oppo nhỏ quá": the leader names nothing of the phone (bank, carrier, AI tool) the
 * question names, and a runner-up about that one fits the question well; it goes first, at this share
 * of the leader's score, and passing the general leader makes no guess: the named one's own steps
 * answer (session 19, trial20).
 */
const NAMED_SHARE = 0.25;
/** It may say less of the question than the leader, by at most this much (the leader's "mắt kém"). */
const NAMED_COVERAGE = 0.35;
export function preferNamedOne(hits: readonly KnowledgeHit[]): KnowledgeHit[] {
  const [top] = hits;
  if (!top?.silentOnNamed) return [...hits];
  const at = hits.findIndex(
    (h) =>
      !h.silentOnNamed &&
      onWhatWasAsked(h) &&
      !h.namesOther &&
      !h.missesAsked &&
      h.coverage >= top.coverage - NAMED_COVERAGE &&
      h.score >= top.score * NAMED_SHARE,
  );
  if (at <= 0) return [...hits];
  return [hits[at]!, ...hits.filter((_, i) => i !== at)];
}

/**
 * "chữ to ra sao con": no phone named, the leader is one phone's steps (the iPhone's) and another hit
 * the other phone's: two close entries. An entry about no one phone (the steps for both) fitting as
 * much of the question goes first, at this share of the leader's score; passing the one phone's steps
 * is no guess (session 19, trial20). One phone's entry with no sibling (Gemini on Android) keeps its lead.
 */
const BOTH_SHARE = 0.3;
export function preferNoOneOwn(hits: readonly KnowledgeHit[]): KnowledgeHit[] {
  const [top] = hits;
  if (!top || top.ownUnasked.length === 0) return [...hits];
  const sibling = hits.some((h) => h.ownUnasked.some((p) => !top.ownUnasked.includes(p)));
  if (!sibling) return [...hits];
  const at = hits.findIndex(
    (h) =>
      h.ownUnasked.length === 0 &&
      onWhatWasAsked(h) &&
      !h.namesOther &&
      !h.missesAsked &&
      h.coverage >= top.coverage &&
      h.score >= top.score * BOTH_SHARE,
  );
  if (at <= 0) return [...hits];
  return [hits[at]!, ...hits.filter((_, i) => i !== at)];
}

/**
 * `a` fits the phone said (or not said) worse than `b`: general steps when the question names a phone
 * and `b` is that phone's, or one phone's steps when it names none and `b` holds for both.
 */
const phoneBehind = (a: KnowledgeHit, b: KnowledgeHit) =>
  (a.silentOnNamed && !b.silentOnNamed) || (a.ownUnasked.length > 0 && b.ownUnasked.length === 0);

/** An entry about the app asked of goes first when at least this share of the leader's score. */
const FOCUS_SHARE = 0.5;

/**
 * "VssID vào được mà VNeID quên mật khẩu": of two apps named, the question is about the last, so
 * a nearly as strong entry about it goes before the leader about the other.
 */
export function preferAskedService(hits: readonly KnowledgeHit[]): KnowledgeHit[] {
  const [top] = hits;
  if (!top?.offFocus) return [...hits];
  const at = hits.findIndex((h) => !h.offFocus && !h.offSubject && h.score >= top.score * FOCUS_SHARE);
  if (at <= 0) return [...hits];
  return [hits[at]!, ...hits.filter((_, i) => i !== at)];
}

/**
 * Another app's entry is a rival when it fits the question about as much, scores at least this
 * share of the leader's and, unless the question is a few words ("đăng nhập không được"), is about
 * as close to its words.
 */
const RIVAL_SHARE = 0.5;
const RIVALS = 3;

/**
 * The question names no app, and entries about different apps fit it as much: "đổi mật khẩu"
 * (Zalo's? VNeID's?) is no sure question about the first of them.
 */
export function appUnclear(hits: readonly KnowledgeHit[], short = false): boolean {
  const [top, ...rest] = hits;
  if (!top || top.appsUnasked.length === 0) return false;
  return rest
    .slice(0, RIVALS)
    .some(
      (h) =>
        !h.offSubject &&
        h.score >= top.score * RIVAL_SHARE &&
        h.coverage >= top.coverage - CLEAR_LEAD &&
        (short || h.closeness >= top.closeness - CLEARLY_CLOSER) &&
        h.appsUnasked.length > 0 &&
        h.appsUnasked.every((s) => !top.appsUnasked.includes(s)),
    );
}

/**
 * The hits in the order to offer them and how sure the first is. A runner-up put first for fitting
 * better, a dead heat or the aspect asked, not for being said whole, is at best probable: the leader it passed still
 * fits ("bị trừ tiền trong tk, sdt tôi …" is no sure question about a lost phone).
 */
export function rankedReading(
  question: string,
  hits: readonly KnowledgeHit[],
  lang: Language,
): { hits: KnowledgeHit[]; level: Confidence } {
  const asked = preferAskedService(hits);
  const named = preferNoOneOwn(preferNamedOne(asked));
  const onAspect = preferAskedAspect(preferSaidWhole(preferOnSubject(named)));
  const ordered = preferWholePhrasing(question, onAspect, lang);
  const level = confidence(question, ordered, lang);
  const [leader] = asked;
  const [first] = ordered;
  // A leader naming none of the apps the question names could never be said for sure ("ứng dụng VNeID
  // quên mật khẩu" and the bank's password steps), nor general steps passed by those of the phone named
  // ("chữ trên máy Oppo nhỏ quá"): passing it makes no guess (sessions 18, 19).
  const neverSure = leader !== undefined && (leader.offSubject || (named[0] !== leader && first === named[0]));
  const passedLeader = leader !== undefined && !neverSure && first !== undefined && first !== leader;
  // Put first for the aspect asked, the entry is a guess however much of it the question says.
  const guessed = passedLeader && first === onAspect[0];
  const passed = guessed || (passedLeader && !saysAllOf(first, leader));
  return { hits: ordered, level: passed && level === 'sure' ? 'probable' : level };
}

/** A one-word question ("vneid") matching many entries equally is a topic, not a question. */
const ONE_WORD_MARGIN = 1.3;
/**
 * A question of a few words says most of one phrasing of a sure entry ("quên passcode vneid");
 * "mã xác nhận" says a third of "đổi điện thoại mới thì đăng nhập VNeID thế nào": which code?
 */
const SHORT_WORDS = 3;
const SHORT_ENTRY_COVERAGE = 0.45;
/**
 * "sai thông tin thì sửa sao": four words or fewer naming no app, answered by an entry about one
 * (VNeID) while close to none of its phrasings, leave which app unsaid (session 14). Closer than
 * this to a phrasing ("en ép xi bật ở đâu" and the NFC entry), the words themselves name it.
 */
const FEW_WORDS = 4;
const FEW_WORDS_CLOSENESS = 0.4;
/** A runner-up within this ratio of the leader's score is nearly as strong. */
const NEAR_MARGIN = 1.2;

export function confidence(question: string, hits: readonly KnowledgeHit[], lang: Language): Confidence {
  const [top, second] = hits;
  if (!top) return 'unsure';
  const margin = second ? top.score / second.score : Infinity;
  const words = new Set(contentWords(question, lang)).size;
  const oneWord = words === 1;
  const short = words <= SHORT_WORDS;
  const saysTooLittle = short && top.entryCoverage < SHORT_ENTRY_COVERAGE;
  // The question says what the entry is about in its own words, though no name of the table: it says
  // one of its phrasings whole ("esim là gì, máy tôi dùng được không", "vietqr là gì").
  const saidWhole = top.closeness >= WHOLE_PHRASING && top.entryCoverage >= WHOLE_PHRASING;
  // "Hết hạn rồi làm lại ở đâu": a few words naming no app, paper, step, bank or carrier are no sure
  // question about the licence; "quét mặt không được" none about the bank's face check (session 14).
  const saysNoSubject = short && top.subjectUnasked && !saidWhole;
  const appNotSaid =
    words <= FEW_WORDS && top.appsUnasked.length > 0 && top.closeness < FEW_WORDS_CLOSENESS && !saidWhole;
  if (oneWord && margin < ONE_WORD_MARGIN && top.closeness < 0.5) return 'unsure';
  // "không thấy mã gửi về": the question says under half of the leader's phrasing, and another entry
  // (Zalo's code, the public-service portal's) fits all of it as well: which one is not said (session 13).
  const thinAmongEquals =
    top.entryCoverage < SHORT_ENTRY_COVERAGE &&
    hits
      .slice(1, 1 + RIVALS)
      .some((h) => !h.offSubject && h.coverage >= top.coverage && h.score >= top.score * RIVAL_SHARE);
  // Another entry as close to the question and nearly as strong: "cách quét mã QR" (to pay? a stranger's code?).
  // A runner-up saying only what something is ("VssID là gì?") contests no other question about it.
  // General steps do not rival those of the phone the question names, nor one phone's those for both.
  const generalBehind = second !== undefined && phoneBehind(second, top);
  const contested =
    second !== undefined &&
    !generalBehind &&
    !definitionOnly(question, second, lang) &&
    !second.offFocus &&
    second.closeness >= top.closeness &&
    margin < SURE_MARGIN &&
    !saysAllOf(top, second);
  // Nearly as strong, fitting as much of the question and saying as much of itself: a coin toss, not sure.
  const nearRival =
    second !== undefined &&
    !generalBehind &&
    margin < NEAR_MARGIN &&
    onWhatWasAsked(second) &&
    !second.namesOther &&
    !second.missesAsked &&
    !definitionOnly(question, second, lang) &&
    second.coverage >= SURE_COVERAGE &&
    second.entryCoverage >= top.entryCoverage;
  // "X là cái gì?" with words around it: the entry saying what X is, whose phrasing the question says whole.
  const defines = definitionAsked(question, top, lang) && top.closeness >= SURE_CLOSENESS;
  // "Dùng Copilot soạn báo giá, đó là cái gì": the tool named is asked of, and the entry says what it is.
  // General advice on the job it was named for is no rival; another entry about the same tool, close behind, is.
  if (definesToolAsked(question, top, lang) && onWhatWasAsked(top) && !(second?.toolSaid && margin < SURE_MARGIN))
    return 'sure';
  if (
    (top.coverage >= SURE_COVERAGE || defines) &&
    // However far ahead of the others, a sure entry resembles one of its phrasings.
    top.closeness >= SURE_CLOSENESS &&
    onWhatWasAsked(top) &&
    // "Hết bao nhiêu tiền?" answered by steps that name no fee: offered, not sure.
    !top.missesAsked &&
    !saysTooLittle &&
    !saysNoSubject &&
    !appNotSaid &&
    !thinAmongEquals &&
    !appUnclear(hits, short) &&
    !contested &&
    !nearRival &&
    !definitionOnly(question, top, lang) &&
    !asksToolWhat(question, top, lang)
  )
    return 'sure';
  if (
    top.coverage >= PROBABLE_COVERAGE ||
    (top.coverage >= PROBABLE_WITH_CLOSENESS && top.closeness >= PROBABLE_CLOSENESS)
  )
    return 'probable';
  return 'unsure';
}

/**
 * Below the probable thresholds, an entry is still a plausible reading when the question says most
 * of one of its phrasings in other words around it ("máy ai phôn của tôi chữ bé tí đọc không thấy"
 * says most of "chữ to trên iPhone") and names no app or subject the entry is not about. Measured on
 * the tuned sets: questions no entry covers ("giá vàng", "nấu canh chua", "vé máy bay") stay below
 * 0.6 of an entry's phrasing or name another service; the learner then reads "Có phải bác muốn
 * hỏi…?" with the entry instead of a bare "chưa chắc".
 */
const PLAUSIBLE_ENTRY_COVERAGE = 0.6;
export const plausible = (hit: KnowledgeHit | undefined): boolean =>
  hit !== undefined && hit.entryCoverage >= PLAUSIBLE_ENTRY_COVERAGE && onWhatWasAsked(hit) && !hit.namesOther;

/** The entry is about what the question names and asks done: its subject, its story's, its focus, its step. */
const onWhatWasAsked = (hit: KnowledgeHit): boolean =>
  !hit.offSubject && !hit.offStory && !hit.offFocus && !hit.offAspect;

/** A lead in coverage this large is no tie between two entries. */
const COVERS_MORE = 0.1;

/** Two entries both fit the question and neither stands out: ask which one is meant. */
export function contested(question: string, hits: readonly KnowledgeHit[], lang: Language): boolean {
  const [top, second] = hits;
  if (
    !top ||
    !second ||
    top.offSubject ||
    second.offSubject ||
    second.namesOther ||
    phoneBehind(second, top) ||
    // The story names an app the runner-up says nothing of ("đổi mật khẩu VNeID… lấy lại mật khẩu sao").
    second.offStory ||
    second.offFocus ||
    (missesWhatWasAsked(second) && !missesWhatWasAsked(top)) ||
    saysAllOf(top, second) ||
    definitionOnly(question, second, lang)
  )
    return false;
  return (
    top.coverage >= SURE_COVERAGE &&
    second.coverage >= SURE_COVERAGE &&
    // The leader says clearly more of the question ("máy cũ không có NFC" as well as "cập nhật sinh trắc học").
    top.coverage < second.coverage + COVERS_MORE &&
    second.closeness >= top.closeness &&
    second.closeness >= SURE_CLOSENESS &&
    top.score / second.score < SURE_MARGIN
  );
}
