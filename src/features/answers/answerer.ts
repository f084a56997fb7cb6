import type { Content } from '../../core/content/content.ts';
import type { KnowledgeEntry } from '../../core/content/knowledge-schema.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { Logger } from '../../core/logger.ts';
import type { Answer } from './answer.ts';
import { contested, placeDefinitions, plausible, rankedReading } from './confidence.ts';
import type { KnowledgeHit } from './knowledge-index.ts';
import type { LlmClient } from './llm-client.ts';
import { buildMessages, parseReply } from './llm-prompt.ts';
import { candidateSearches } from './llm-candidates.ts';
import {
  buildRetrieveMessages,
  CANDIDATES,
  parseRetrieval,
  queryPassages,
  retrievalCandidates,
  withBackups,
} from './llm-retrieve.ts';
import { createSafetyPass, type SafetyCheckMode } from './llm-safety.ts';
import {
  knowledgeAnswer,
  lessonOf,
  probableAnswer,
  safetyAnswer,
  sourceOf,
  unsureAnswer,
  whichAnswer,
  withCaution,
  withSecondQuestion,
  type OfflineContext,
} from './offline-answer.ts';
import { withoutByline } from './column-byline.ts';
import type { Language } from './language.ts';
import { REDACTED_LABEL, redact } from './redact.ts';
import type { SafetyVerdict } from './safety.ts';
import { askingClauses, storyParts } from './question-focus.ts';
import { withoutOpening } from '../../core/text/small-talk.ts';
import { chooseReading, type Reading } from './story-reading.ts';
import { contentWords } from './search-terms.ts';
import { definitionReading } from './what-is-reading.ts';
import type { ScamVerdict } from './scam-net.ts';
import { type KnowledgeReaders, prepareKnowledge } from './prepared-knowledge.ts';
import { sameDemandPassage, scamPassage, speaksOfAnother, tellsNoScam } from './scam-passage.ts';
import { secondQuestion } from './second-question.ts';
import { aspectPair, PAIR_DEPTH } from './aspect-pair.ts';

export interface AnswerOptions {
  /** Who asks, for the honorific; "bác" when unknown. */
  learner?: Pick<Learner, 'honorific'>;
}

/**
 * An answer computed without any network call, and whether the LLM should be asked for a
 * better one. Holds the redacted question only.
 */
export interface Draft {
  answer: Answer;
  needsLlm: boolean;
  /** The question with personal data removed: the only form that may leave the process. */
  redactedQuestion: string;
  /** Passages for the LLM, best first. */
  passages: KnowledgeHit[];
  /** The hits of the reading the offline answer trusted (the question inside a story, or the whole message). */
  ranked: KnowledgeHit[];
  /** The part of the (redacted) question searched: the question inside a story. */
  focus: string;
  /** The one-line caution (money aimed at someone): kept before whatever answer the LLM writes. */
  caution?: ScamVerdict;
  /**
   * The model's safety pass must be heard before this answer is sent: online, no rule or example
   * flagged the question, and the pass reads this kind of message (see {@link AnswererDeps.safetyCheck}).
   */
  safetyCheck: boolean;
  /** The rest of the story around the question (empty for a short one), searched at a lower weight. */
  context: string;
}

/** Answers free-form questions: safety rules first, then the knowledge base, then the LLM. */
export interface Answerer {
  /** True when an LLM is configured (answers and voice transcription). */
  readonly online: boolean;
  /** How questions are read: folded, shorthand and dialect replaced. */
  readonly language: Language;
  /** The safety concern of a message (scam, refusal, emergency), if any: instant and pure. */
  checkSafety(text: string): SafetyVerdict | undefined;
  /** Every scam sign a text names (who, what they want, pressure): to tell a story from a quiz's own words. */
  scamSignals(text: string): ReadonlySet<string>;
  /** Instant and pure: the offline answer. */
  draft(question: string, options?: AnswerOptions): Draft;
  /** Asks the LLM when the draft needs it (any failure gives the draft's answer) and logs the outcome, without text. */
  complete(draft: Draft, options?: AnswerOptions): Promise<Answer>;
  answer(question: string, options?: AnswerOptions): Promise<Answer>;
  /** The knowledge entry chosen from the "closest topics" buttons. */
  entryAnswer(entryId: string, options?: AnswerOptions): Answer | undefined;
  /** Speech to text; undefined when offline or when transcription failed. */
  transcribe(audio: Uint8Array, mimeType: string): Promise<string | undefined>;
  /** The knowledge entries answers come from now (the content's at start, then the last {@link useKnowledge}). */
  knowledge(): readonly KnowledgeEntry[];
  /**
   * Answers from these entries from now on. The new search index is built first and then swapped
   * in at once: a question is searched either wholly in the old entries or wholly in the new ones,
   * and an answer already drafted (waiting for the LLM) finishes with the passages it found.
   * The entries must be validated like `flows check` does; lessons are not replaced.
   */
  useKnowledge(entries: readonly KnowledgeEntry[]): void;
}

export interface AnswererDeps {
  content: Content;
  llm?: LlmClient;
  logger: Logger;
  /**
   * With an LLM, which messages no rule flagged the model also classifies for safety (one short
   * call, `prompts/safety-system.md`): `all` (default), `llm` (only those the model answers) or `off`.
   */
  safetyCheck?: SafetyCheckMode;
  /** Limit of one safety classification call; default 4000 ms (never above the client's own limit). */
  safetyTimeoutMs?: number;
}

/** Searches a text (with the story around it) and says how sure the hits are. */
type ReadText = (text: string, around?: string) => Reading;

const PASSAGES = 3;
/** Hits read for a passage telling the warning's actor's story, when the nearest tells another scam. */
const STORY_HITS = 40;
/** A story's passage may share less with the message than a nearest one: its questions fit the warning. */
const STORY_COVERAGE = 0.2;
/** Passages must share at least this much with the question to be worth sending. */
const PASSAGE_COVERAGE = 0.3;
/** An entry covering nearly every topic word of a message is about it, even when it tells no scam. */
const WHOLE_COVERAGE = 0.9;
/** Topics offered when unsure must share at least this much with the question. */
const SUGGESTION_COVERAGE = 0.3;

/** Only what a log may carry about a failure: its type and HTTP status, never a message echoing input. */
const describe = (error: unknown) => ({
  error: error instanceof Error ? error.name : typeof error,
  status: (error as { status?: unknown }).status,
});

export function createAnswerer(deps: AnswererDeps): Answerer {
  const { content, llm } = deps;
  const prepared = prepareKnowledge(content);
  const { language, safety, subjects } = prepared;
  // One message is classified by the router's alert, the safety feature, the answers feature and
  // the draft, all in one synchronous turn: the verdict of the last text is kept (it is pure).
  let classified: { text: string; verdict: SafetyVerdict | undefined } | undefined;
  const classify = (text: string): SafetyVerdict | undefined => {
    if (classified?.text !== text) classified = { text, verdict: safety.classify(text) };
    return classified.verdict;
  };
  // Replaced as a pair, never edited: readers take both in one synchronous step.
  let knowledge: KnowledgeReaders = prepared.knowledge;
  /**
   * The entry under a scam warning: the nearest passage, unless it is another scam's entry (fake
   * police under a grandson's video call, renting out an account under a fake police officer); then
   * a near hit telling that actor's story (a few more than the passages), else one found in the story
   * without the other actors' words ("cháu gọi video, bị công an giữ" read without "công an"), else
   * none: the warning alone rather than another scam's passage.
   */
  const scamRelated = (scam: ScamVerdict | undefined, near: readonly KnowledgeHit[], text: string) => {
    const [top] = near;
    const message = safety.scamSignals(text);
    if (!top) return top;
    const fitting = (hits: readonly KnowledgeHit[]) => scamPassage(scam, hits, safety.scamSignals, message);
    const story = () => knowledge.index.search(safety.scamStory(text, scam?.actor ?? ''), STORY_HITS);
    const told = () => fitting(story().filter((h) => h.coverage >= STORY_COVERAGE));
    if (!speaksOfAnother(scam, top, safety.scamSignals, message)) {
      const kept = sameDemandPassage(scam, top, near.slice(0, PASSAGES * 2), safety.scamSignals, message);
      // An entry telling no scam at all under an alarm ("con rể nhắn nick mới xin tiền" near a residence form) gives way
      // to one telling this scam, when the story finds one; not one covering the whole message (a lost phone). Session 30.
      const aside = kept.coverage < WHOLE_COVERAGE && tellsNoScam(kept, safety.scamSignals);
      return scam?.level === 'alarm' && aside ? (told() ?? kept) : kept;
    }
    return fitting(near.slice(0, PASSAGES * 2)) ?? told();
  };
  /**
   * Names typed that no entry says, less those the subjects table knows ("Techcombank", "VietinBank"):
   * a bank or carrier named is read by the table's rules (the same bank rules hold in every bank's app),
   * not as an app no entry covers (session 19).
   */
  const unknownNames = (text: string) => knowledge.names.in(text).filter((name) => !subjects.knows(name));
  const log = deps.logger.child({ component: 'answers' });
  const checkMode = deps.safetyCheck ?? 'all';
  const safetyPass =
    llm && checkMode !== 'off'
      ? createSafetyPass({
          llm,
          prompts: content.prompts,
          language,
          logger: deps.logger,
          timeoutMs: deps.safetyTimeoutMs ?? 4000,
        })
      : undefined;
  const learnerOf = (options?: AnswerOptions) => options?.learner ?? {};

  /**
   * Another question asked in the same message ("…, còn Zalo thì sao?"), for another entry. A clause
   * naming no app is read alone, then, if that finds nothing sure, with the apps the message names
   * ("Quên passcode VNeID thì sao, còn mật khẩu đăng nhập quên luôn thì…" is VNeID's password).
   */
  const otherQuestion = (text: string, mainId: string, read: ReadText) => {
    const apps = subjects.mentions(text).join(' ');
    const readClause = (clause: string): Reading => {
      // Two topic words or fewer and no app ("cần chuẩn bị gì", "mất bao lâu") ask about the first
      // question, not a second one of their own: nothing offered unless sure with the message's apps
      // (session 17). A word few entries carry names a thing of its own ("Còn eSIM thì đổi ở đâu?").
      const words = contentWords(clause, language);
      if (subjects.services(clause).length === 0 && words.length <= 2 && !words.some(knowledge.index.rare)) {
        const inMessage = apps === '' ? undefined : read(clause, apps);
        return inMessage?.level === 'sure' ? inMessage : { hits: [], level: 'unsure' };
      }
      const alone = read(clause);
      if (alone.level === 'sure' || apps === '' || subjects.services(clause).length > 0) return alone;
      const inMessage = read(clause, apps);
      return inMessage.level === 'sure' ? inMessage : alone;
    };
    return secondQuestion(askingClauses(text, language), mainId, readClause);
  };

  /**
   * Two questions in one line ("tải vneid ở đâu, tải xong kích hoạt sao"): when the first clause alone
   * is sure of its entry and the second, read after it, leans to another of its own (elders add "mà
   * tiện cái mật khẩu cũng đổi luôn được hông"), the first is answered (the second is offered after
   * it). A clause that fits nothing alone ("…, tài khoản đăng ký thế nào") makes it one question, read whole.
   */
  function firstOfTwo(focus: string, context: string, read: ReadText) {
    const [firstAsked, nextAsked] = askingClauses(focus, language);
    if (firstAsked === undefined || nextAsked === undefined) return undefined;
    const first = read(firstAsked, context);
    if (first.level !== 'sure') return undefined;
    const next = read(nextAsked, [context, firstAsked].join('\n'));
    const [a, b] = [first.hits[0], next.hits[0]];
    // An entry about a service neither clause names (VssID for "tài khoản đăng ký thế nào") is no second question.
    const own = (hit: KnowledgeHit | undefined) => hit !== undefined && !hit.namesOther;
    return next.level !== 'unsure' && own(a) && own(b) && a?.entry.id !== b?.entry.id ? first : undefined;
  }

  function draft(message: string, options?: AnswerOptions): Draft {
    // A newspaper column's "Bạn đọc Nguyễn Văn A (Hà Nội) hỏi:" is no part of the question, nor
    // the thanks or greeting said before it ("Cảm ơn cháu, cho bác hỏi…").
    const question = withoutOpening(withoutByline(message));
    const redaction = redact(question);
    const ctx: OfflineContext = { content, learner: learnerOf(options), redacted: redaction.kinds };
    // Redacted numbers are left out of the search: they are no topic, only noise.
    const searched = redaction.text.replace(REDACTED_LABEL, ' ');
    const { index } = knowledge;
    const { focus, context, law } = storyParts(searched, language);
    // Remembered for this message: the clauses of two questions are read again to offer the second.
    const readings = new Map<string, Reading>();
    const read: ReadText = (text, around = '') => {
      const key = `${text}\n\n${around}`;
      const known = readings.get(key);
      if (known) return known;
      const reading = rankedReading(text, placeDefinitions(text, index.search(text, 5, around), language), language);
      readings.set(key, reading);
      return reading;
    };
    const focused = read(focus, context);
    const first = firstOfTwo(focus, context, read);
    // The whole message too: a formal question's topic is often in the sentence before "Xin hỏi…".
    const chosen =
      first !== undefined
        ? first
        : focus === searched
          ? focused
          : focused.hits.length === 0
            ? read(searched)
            : chooseReading(focused, read(searched), law !== undefined);
    const { hits, level } = definitionReading(searched, chosen, subjects.mentions(searched), index, language);
    // No entry found says anything of the app or service the question names: no passage either.
    const near = hits.filter((h) => h.coverage >= PASSAGE_COVERAGE);
    const passages = hits.every((h) => h.offSubject) ? [] : near.slice(0, PASSAGES);
    const verdict = classify(question);
    const base = { redactedQuestion: redaction.text, passages, ranked: hits, focus, context, safetyCheck: false };
    if (verdict) {
      // A channel the story names ("nhắn Zalo") leaves no passage on its subject: one telling this scam still fits.
      const related =
        passages.length > 0
          ? scamRelated(verdict.scam, near, searched)
          : scamPassage(verdict.scam, near.slice(0, PASSAGES * 2), safety.scamSignals, safety.scamSignals(searched));
      return { ...base, answer: safetyAnswer(verdict, related, ctx), needsLlm: false };
    }
    const caution = safety.caution(question);
    // No rule flagged it: the model's pass reads it too, every message or only those it answers.
    const checked = (needsLlm: boolean) => safetyPass !== undefined && (checkMode === 'all' || needsLlm);
    const cautioned = { ...base, safetyCheck: checked(false), ...(caution ? { caution } : {}) };
    // "App Sổ tay đảng viên quên mật khẩu", "ứng dụng VETC": a name typed that the entry never says is
    // another app or service than the entry's; its text is offered, not said for sure (session 15).
    const top = hits[0];
    const appUnsaid = top === undefined ? undefined : knowledge.names.appUnsaid(searched, top.entry);
    const nameUnsaid =
      top !== undefined &&
      (unknownNames(searched).length > 0 || (appUnsaid !== undefined && !subjects.knows(appUnsaid)));
    // The fee from one entry and the time from another, of one procedure asked both: both answered.
    const pair =
      level === 'unsure' || nameUnsaid || !hits.some((h) => h.missesAsked)
        ? undefined
        : aspectPair(index.search(focus, PAIR_DEPTH, context));
    if (pair) {
      const both = withSecondQuestion(knowledgeAnswer(pair.first.entry, ctx), { hit: pair.other, sure: true }, ctx);
      return { ...cautioned, answer: withCaution(both, caution, ctx), needsLlm: false };
    }
    if (level === 'sure' && top && !nameUnsaid) {
      const sure = withSecondQuestion(
        knowledgeAnswer(top.entry, ctx),
        otherQuestion(searched, top.entry.id, read),
        ctx,
      );
      return { ...cautioned, answer: withCaution(sure, caution, ctx), needsLlm: false };
    }
    // No entry answers for sure, yet the message tells a danger under way in words no rule knows: the emergency first.
    const danger = safety.dangerCue(question);
    if (danger) return { ...base, answer: safetyAnswer(danger, undefined, ctx), needsLlm: false };
    // Offline, a plausible entry below the probable thresholds is offered as "Có phải…?"; with a model, the model reads.
    const answer =
      level === 'sure'
        ? probableAnswer(hits, ctx)
        : contested(searched, hits, language)
          ? whichAnswer(hits, ctx)
          : level === 'probable' || (llm === undefined && plausible(hits[0]))
            ? probableAnswer(hits, ctx)
            : unsureAnswer(
                hits.filter((h) => h.coverage >= SUGGESTION_COVERAGE),
                ctx,
              );
    // With a model, any search hit is worth its retrieval call: it rewrites the question and picks among the top entries.
    const needsLlm = llm !== undefined && hits.length > 0;
    return { ...cautioned, answer: withCaution(answer, caution, ctx), needsLlm, safetyCheck: checked(needsLlm) };
  }

  /**
   * One model call rewrites the question into a search query and chooses among the top
   * entries; any failure keeps the passages the offline search found. Undefined when the
   * question names an app or service no entry found says anything of: the model is not asked.
   */
  async function retrieve(d: Draft, model: LlmClient): Promise<KnowledgeEntry[] | undefined> {
    const found = d.passages.map((p) => p.entry);
    if (!content.prompts['retrieve-system']) return found;
    const { index } = knowledge;
    const whole = d.redactedQuestion.replace(REDACTED_LABEL, ' ');
    // A name no entry mentions ("Perplexity", "PVcomBank"): no passage can answer, the model is not asked.
    if (unknownNames(whole).length > 0) return undefined;
    const sources = {
      search: (text: string, limit: number, around?: string) => index.search(text, limit, around),
      clauses: (text: string) => askingClauses(text, language),
      services: (text: string) => subjects.services(text),
    };
    const question = { ranked: d.ranked, focus: d.focus, context: d.context, whole };
    const candidates = retrievalCandidates(d.ranked, candidateSearches(question, sources, CANDIDATES));
    if (candidates.length === 0) return undefined;
    try {
      const raw = await model.complete(buildRetrieveMessages(content.prompts, candidates, d.redactedQuestion), {
        maxTokens: 200,
      });
      const { query, chosen } = parseRetrieval(raw);
      const pool = new Map(candidates.map((e) => [e.id, e]));
      const requeried = query ? index.search(query, CANDIDATES) : [];
      for (const h of requeried) if (!pool.has(h.entry.id)) pool.set(h.entry.id, h.entry);
      const picked = chosen.map((id) => pool.get(id)).filter((e) => e !== undefined);
      if (picked.length > 0) return withBackups(picked, candidates, PASSAGES);
      const fromQuery = requeried.filter((h) => h.coverage >= PASSAGE_COVERAGE).map((h) => h.entry);
      return queryPassages(found, fromQuery, PASSAGES);
    } catch (error) {
      log.warn({ llm: 'retrieval-failed', ...describe(error) }, 'LLM retrieval failed; offline passages used');
      return found;
    }
  }

  /** The LLM's answer with the draft's caution first: the model never drops the one-line warning. */
  async function ask(d: Draft, options?: AnswerOptions): Promise<Answer> {
    if (!d.needsLlm || !llm) return d.answer;
    const ctx: OfflineContext = { content, learner: learnerOf(options), redacted: d.answer.redacted };
    const written = await write(d, llm, options);
    return written === d.answer ? written : withCaution(written, d.caution, ctx);
  }

  async function write(d: Draft, model: LlmClient, options?: AnswerOptions): Promise<Answer> {
    const entries = await retrieve(d, model);
    // Nothing to read: the model cannot beat an offline answer that shows its likely entry.
    if (!entries || (entries.length === 0 && d.answer.entry)) return d.answer;
    try {
      const raw = await model.complete(buildMessages(content.prompts, entries, d.redactedQuestion, learnerOf(options)));
      const reply = parseReply(raw, entries);
      if (!reply) {
        log.warn({ llm: 'unusable' }, 'LLM reply empty or without citation; offline answer used');
        return d.answer;
      }
      if (!reply.known)
        return {
          ...unsureAnswer(d.passages.length > 0 ? d.passages : [], {
            content,
            learner: learnerOf(options),
            redacted: d.answer.redacted,
          }),
          kind: 'llm',
        };
      const cited = reply.cited.map((i) => entries[i]).filter((e) => e !== undefined);
      const lesson = lessonOf(content, cited.find((e) => e.lesson)?.lesson);
      return {
        kind: 'llm',
        text: reply.text,
        sources: cited.map(sourceOf),
        unsure: false,
        redacted: d.answer.redacted,
        ...(cited[0] ? { entry: cited[0].id } : {}),
        ...(lesson ? { lesson } : {}),
      };
    } catch (error) {
      log.warn({ llm: 'failed', ...describe(error) }, 'LLM call failed; offline answer used');
      return d.answer;
    }
  }

  /**
   * The model's safety verdict and its answer are awaited together, so the check adds no wait to
   * an answer the model writes anyway; a class found gives that class's fixed reply, never the
   * model's words.
   */
  async function complete(d: Draft, options?: AnswerOptions): Promise<Answer> {
    const [flagged, written] = await Promise.all([
      d.safetyCheck ? safetyPass?.check(d.redactedQuestion) : undefined,
      ask(d, options),
    ]);
    const ctx: OfflineContext = { content, learner: learnerOf(options), redacted: d.answer.redacted };
    const answer = flagged ? safetyAnswer({ kind: flagged }, d.passages[0], ctx) : written;
    log.info(
      {
        kind: answer.kind,
        entry: answer.entry,
        safety: answer.safety,
        unsure: answer.unsure,
        redacted: answer.redacted,
      },
      'answered',
    );
    return answer;
  }

  return {
    online: llm !== undefined,
    language,
    checkSafety: classify,
    scamSignals: (text) => safety.scamSignals(text),
    draft,
    complete,
    answer: (question, options) => complete(draft(question, options), options),
    entryAnswer(entryId, options) {
      const entry = knowledge.index.entry(entryId);
      return entry ? knowledgeAnswer(entry, { content, learner: learnerOf(options), redacted: [] }) : undefined;
    },
    async transcribe(audio, mimeType) {
      if (!llm) return undefined;
      try {
        const text = (await llm.transcribe(audio, { mimeType, language: 'vi' })).trim();
        return text === '' ? undefined : text;
      } catch (error) {
        log.warn({ llm: 'transcription-failed', ...describe(error) }, 'voice transcription failed');
        return undefined;
      }
    },
    knowledge: () => knowledge.entries,
    useKnowledge(entries) {
      knowledge = prepared.readers(entries);
    },
  };
}
