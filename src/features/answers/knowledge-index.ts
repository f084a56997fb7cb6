import MiniSearch, { type SearchOptions } from 'minisearch';
import type { KnowledgeEntry } from '../../core/content/knowledge-schema.ts';
import { type Language, PLAIN_LANGUAGE } from './language.ts';
import { BIGRAM_JOIN, contentWords, searchTerms } from './search-terms.ts';
import { NO_SUBJECTS, type SubjectReader } from './named-subjects.ts';
import { type AspectReader, NO_ASPECTS } from './asked-aspects.ts';
import { withSynonyms } from './synonyms.ts';
import { createTermScorer } from './term-scores.ts';

/** One knowledge entry found for a question. */
export interface KnowledgeHit {
  entry: KnowledgeEntry;
  /** Ranking score; only comparable between hits of the same question. */
  score: number;
  /**
   * How much of the question the entry covers (0–1): its topic words found in the entry
   * (typos tolerated), each weighted by how rare it is, so "VNeID" counts more than "máy".
   */
  coverage: number;
  /** Weighted overlap (0–1) between the question and the entry's closest phrasing. */
  closeness: number;
  /**
   * How much of the entry the question covers (0–1): the share of its closest phrasing's topic
   * words the question says. A long story covers little of itself but all of the right entry.
   */
  entryCoverage: number;
  /** The question names an app (Zalo, VNeID…) the entry says nothing of: at best a probable answer. */
  offSubject: boolean;
  /**
   * The question names no app but the message around it does ("mua vé Vietnam Airlines trên ứng
   * dụng của hãng. Xin hỏi thanh toán thế nào?"), and the entry says nothing of it: no sure answer.
   */
  offStory: boolean;
  /** The entry is about an app or service (VssID, Zalo…) the question does not name. */
  namesOther: boolean;
  /**
   * The question and the entry differ on what is done (`mustMatch` groups of the subjects table):
   * "mất hộ chiếu" and the steps for a first passport, a locked account and signing up. At best probable.
   */
  offAspect: boolean;
  /**
   * The question asks a fee or how long (`aspects` of the subjects table) and the entry's answer
   * gives none ("làm hộ chiếu hết bao nhiêu tiền" and the passport steps): at best probable.
   */
  missesAsked: boolean;
  /** Of what the question asks (a fee, how long), what the entry's answer gives and what it leaves out. */
  givesAsked: readonly string[];
  missingAsked: readonly string[];
  /** When the question (and its story) names no app or service: those the entry is about. */
  appsUnasked: readonly string[];
  /**
   * The question (and its story) names nothing of the subjects table, while the entry is about a
   * named app, service, paper, step, bank or carrier: "hết hạn rồi làm lại ở đâu" says nothing of a
   * driving licence, "quét mặt không được" nothing of banks.
   */
  subjectUnasked: boolean;
  /**
   * The question names a phone, a bank, a carrier or an AI tool and the entry nothing of its kind:
   * general steps where the question's own may exist ("chữ trên máy Oppo nhỏ quá", session 19).
   */
  silentOnNamed: boolean;
  /** The question names an AI tool ("Copilot") the entry does not name: no answer to what that tool is. */
  toolUnsaid: boolean;
  /** The question names an AI tool and the entry names it too. */
  toolSaid: boolean;
  /** The phones (`ownSteps` groups) the entry is about when the question names none: "chữ to ra sao". */
  ownUnasked: readonly string[];
  /**
   * The question names two apps and asks about the last ("VssID vào được mà VNeID quên mật khẩu"),
   * and the entry is about the other: no sure answer.
   */
  offFocus: boolean;
}

/** Full-text search over the knowledge base, built once from the validated content. */
export interface KnowledgeIndex {
  /**
   * Best entries first; empty when no topic word of the question is known. `context` is the rest
   * of a story around the question (who called, what they said): its words rank entries at a
   * fraction of the question's weight, and the apps it names count when the question names none.
   */
  search(question: string, limit?: number, context?: string): KnowledgeHit[];
  entry(id: string): KnowledgeEntry | undefined;
  /** A search term few entries carry (a named thing: "esim"), unlike everyday words ("chuan", "lau"). */
  rare(term: string): boolean;
}

interface Doc {
  id: string;
  questions: string;
  keywords: string;
  answer: string;
  lesson: string;
}

const isBigram = (term: string) => term.includes(BIGRAM_JOIN);

/** Typos are tolerated in longer syllables only: short ones ("mat", "ma") would match everything. */
const SEARCH: SearchOptions = {
  boost: { questions: 3, keywords: 2.5, answer: 1, lesson: 0.7 },
  fuzzy: (term) => (isBigram(term) ? 0.12 : term.length >= 6 ? 1 : false),
  prefix: (term) => !isBigram(term) && term.length >= 5,
  weights: { fuzzy: 0.5, prefix: 0.3 },
  boostTerm: (term) => (isBigram(term) ? 1.6 : 1),
  combineWith: 'OR',
};

/** A story's words weigh this much of the question's; exact words only (no typo search: cheaper). */
const CONTEXT_WEIGHT = 0.35;
/** Story words in more than this share of the entries are left out of the search. */
const COMMON_SHARE = 0.15;
/** At most this share of the entries carries a rare term. */
const RARE_SHARE = 0.02;

/** Per group of subjects, what the question names, or else what its story names. */
const subjectsOrContext = (
  asked: ReadonlyArray<ReadonlySet<string>>,
  context: ReadonlyArray<ReadonlySet<string>>,
): ReadonlyArray<ReadonlySet<string>> => asked.map((names, i) => (names.size > 0 ? names : (context[i] ?? names)));

/**
 * MiniSearch's best results are re-ordered by how close the question is to one phrasing of the
 * entry. 15 deep: "VNeID là gì?" matches fifty entries on one word, and the entry that explains
 * it must still be among those re-ordered.
 */
const RERANK_DEPTH = 15;
const QUESTION_BONUS = 3;
/** Bonus for questions that say all of one phrasing of the entry (long stories do). */
const ENTRY_BONUS = 1;
/** "X là gì?" prefers entries that explain what X is. */
const DEFINITION = /\bla (cai )?gi\b/;
const DEFINITION_TERM = '?la-gi';

function phrasingTerms(text: string, lang: Language): Set<string> {
  const terms = new Set(searchTerms(text, lang));
  if (DEFINITION.test(lang.read(text))) terms.add(DEFINITION_TERM);
  return terms;
}

/** Terms of a text with their weights, in the set's order: weighed once, compared with many phrasings. */
interface Weighed {
  terms: ReadonlySet<string>;
  weights: readonly number[];
}

const weighed = (terms: ReadonlySet<string>, weight: (term: string) => number): Weighed => ({
  terms,
  weights: [...terms].map(weight),
});

/** Share (weighted) of the phrasing's single words the question contains. */
function covered(asked: ReadonlySet<string>, phrasing: Weighed): number {
  let all = 0;
  let found = 0;
  let i = 0;
  for (const t of phrasing.terms) {
    const w = phrasing.weights[i++] ?? 0;
    if (isBigram(t) || t === DEFINITION_TERM) continue;
    all += w;
    if (asked.has(t)) found += w;
  }
  return all === 0 ? 0 : found / all;
}

/** Jaccard overlap of two term sets, each term weighted (rare terms count more). */
function overlap(a: Weighed, b: Weighed): number {
  let common = 0;
  let union = 0;
  let i = 0;
  for (const t of a.terms) {
    const w = a.weights[i++] ?? 0;
    union += w;
    if (b.terms.has(t)) common += w;
  }
  i = 0;
  for (const t of b.terms) {
    const w = b.weights[i++] ?? 0;
    if (!a.terms.has(t)) union += w;
  }
  return union === 0 ? 0 : common / union;
}

function toDoc(e: KnowledgeEntry, lessonTitle: (id: string) => string | undefined): Doc {
  return {
    id: e.id,
    questions: e.questions.join('\n'),
    keywords: e.keywords.join('\n'),
    answer: e.answer,
    lesson: e.lesson ? (lessonTitle(e.lesson) ?? '') : '',
  };
}

export function createKnowledgeIndex(
  entries: readonly KnowledgeEntry[],
  lessonTitle: (id: string) => string | undefined = () => undefined,
  lang: Language = PLAIN_LANGUAGE,
  subjects: SubjectReader = NO_SUBJECTS,
  aspects: AspectReader = NO_ASPECTS,
): KnowledgeIndex {
  const byId = new Map(entries.map((e) => [e.id, e]));
  // What an entry is about, as its phrasings and keywords name it (the answer may mention others).
  const services = new Map(entries.map((e) => [e.id, subjects.services([...e.questions, ...e.keywords].join('\n'))]));
  const named = new Map(
    entries.map((e) => [e.id, subjects.entryNamed([...e.questions, ...e.keywords].join('\n'), e.answer)]),
  );
  const gives = new Map(entries.map((e) => [e.id, aspects.given(e.answer)]));
  // While the index is built, each field's terms are kept: the document frequencies below need them
  // again, and reading an entry's text twice was a third of a server's start-up.
  let building: Map<string, string[]> | undefined = new Map();
  const fieldTerms = (text: string): string[] => {
    const kept = building?.get(text);
    if (kept) return kept;
    const terms = searchTerms(text, lang);
    building?.set(text, terms);
    return terms;
  };
  const search = new MiniSearch<Doc>({
    fields: ['questions', 'keywords', 'answer', 'lesson'],
    tokenize: fieldTerms,
    processTerm: (t) => t,
    // A word said twice (or again by a synonym line) is searched once: each search term costs a walk of the index.
    searchOptions: { ...SEARCH, tokenize: (text) => [...new Set(searchTerms(text, lang))] },
  });
  const docs = entries.map((e) => toDoc(e, lessonTitle));
  search.addAll(docs);
  const scorer = createTermScorer(search);

  // Inverse document frequency of each term; unknown words weigh the most.
  const df = new Map<string, number>();
  for (const doc of docs) {
    // Fields are split into sentences on line breaks, so their terms together are the document's.
    for (const term of new Set([doc.questions, doc.keywords, doc.answer, doc.lesson].flatMap(fieldTerms)))
      df.set(term, (df.get(term) ?? 0) + 1);
  }
  building = undefined;
  const common = (term: string) => (df.get(term) ?? 0) > entries.length * COMMON_SHARE;
  // Computed once per term: the reranking below weighs every phrasing term of fifteen entries per search.
  const weightOf = (count: number) => Math.log(1 + (entries.length + 1) / (1 + count));
  const idfs = new Map([...df].map(([term, count]) => [term, weightOf(count)]));
  const unknownIdf = weightOf(0);
  const idf = (word: string) => idfs.get(word) ?? unknownIdf;
  const phrasings = new Map(entries.map((e) => [e.id, e.questions.map((q) => weighed(phrasingTerms(q, lang), idf))]));

  return {
    entry: (id) => byId.get(id),
    rare: (term) => {
      const count = df.get(term) ?? 0;
      return count > 0 && count <= entries.length * RARE_SHARE;
    },
    search(question, limit = 5, context = '') {
      const words = [...new Set(contentWords(question, lang))];
      if (words.length === 0) return [];
      const total = words.reduce((sum, w) => sum + idf(w), 0);
      const focused = phrasingTerms(question, lang);
      const focusedWeighed = weighed(focused, idf);
      // Story words found in many entries ("điện", "tiền") rank nothing and cost the most to search.
      const around = context === '' ? [] : searchTerms(context, lang).filter((t) => !focused.has(t) && !common(t));
      const asked = around.length === 0 ? focused : new Set([...focused, ...around]);
      const namedHere = subjects.named(question);
      const askedSubjects = context === '' ? namedHere : subjectsOrContext(namedHere, subjects.named(context));
      const askedServices = new Set([
        ...subjects.services(question),
        ...(context === '' ? [] : subjects.services(context)),
      ]);
      const askedLast = subjects.askedLast(question);
      const askedAspects = aspects.asked(question);
      const direct = withSynonyms(question, lang, subjects);
      const query =
        around.length === 0
          ? direct
          : {
              combineWith: 'OR' as const,
              queries: [
                direct,
                {
                  queries: [[...new Set(around)].join(' ')],
                  fuzzy: false,
                  prefix: false,
                  boostTerm: (t: string) => CONTEXT_WEIGHT * (isBigram(t) ? 1.6 : 1),
                },
              ],
            };
      return scorer
        .search(query)
        .slice(0, RERANK_DEPTH)
        .flatMap((result) => {
          const entry = byId.get(String(result.id));
          if (!entry) return [];
          // iPhone steps for a Samsung, VNeID's for Zalo: wrong, however close the wording.
          const entrySubjects = named.get(entry.id) ?? [];
          if (subjects.conflict(askedSubjects, entrySubjects)) return [];
          const matched = new Set(result.queryTerms);
          const coverage = words.reduce((sum, w) => sum + (matched.has(w) ? idf(w) : 0), 0) / total;
          const own = phrasings.get(entry.id) ?? [];
          const closest = Math.max(0, ...own.map((p) => overlap(focusedWeighed, p)));
          const entryCoverage = Math.max(0, ...own.map((p) => covered(asked, p)));
          const about = services.get(entry.id) ?? [];
          const othersNamed = about.filter((s) => !askedServices.has(s));
          const appsUnasked = askedServices.size === 0 ? about : [];
          return [
            {
              entry,
              score: result.score * (1 + QUESTION_BONUS * closest + ENTRY_BONUS * entryCoverage),
              coverage,
              closeness: closest,
              entryCoverage,
              offSubject: subjects.unnamed(namedHere, entrySubjects),
              offStory: context !== '' && subjects.unnamed(askedSubjects, entrySubjects),
              namesOther: othersNamed.length > 0,
              offAspect: subjects.differs(askedSubjects, entrySubjects),
              missesAsked: askedAspects.some((a) => !gives.get(entry.id)?.has(a)),
              givesAsked: askedAspects.filter((a) => gives.get(entry.id)?.has(a)),
              missingAsked: askedAspects.filter((a) => !gives.get(entry.id)?.has(a)),
              appsUnasked,
              subjectUnasked: subjects.unsaid(askedSubjects, entrySubjects),
              silentOnNamed: subjects.silentOn(namedHere, entrySubjects),
              toolUnsaid: subjects.toolUnsaid(namedHere, entrySubjects),
              toolSaid: subjects.toolSaid(namedHere, entrySubjects),
              ownUnasked: subjects.ownUnsaid(askedSubjects, entrySubjects),
              offFocus:
                askedLast !== undefined && !about.includes(askedLast) && about.some((s) => askedServices.has(s)),
            },
          ];
        })
        .sort((a, b) => b.score - a.score)
        .slice(0, limit);
    },
  };
}
