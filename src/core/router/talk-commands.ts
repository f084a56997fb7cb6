import type { TalkTables } from '../content/talk-schema.ts';
import { readHonorific } from '../learners/honorific-reading.ts';
import { HONORIFICS } from '../learners/learner.ts';
import { fold } from '../text/fold.ts';
import { NUMBER_WORDS } from '../text/number-words.ts';
import { foldedList, foldedSet } from '../text/folded-list.ts';
import { matchExplain } from '../text/explain-words.ts';
import { stripParticles } from '../text/talk-words.ts';
import {
  aroundWords,
  buildCommandTable,
  type CommandTable,
  holdsWhole,
  matchCommandAround,
  readAround,
} from './commands.ts';

/** The command of "không hiểu", "nói lại" (the explain feature answers it). */
export const EXPLAIN_COMMAND = 'explain';

/**
 * Commands said in everyday words, from `flows/stop.yaml` and `flows/talk.yaml`:
 * "đừng nhắn nữa cháu" → `stop`, "tắt nhắc đi cháu" → `remind-off`, "không hiểu" → `explain`. "/dung" from a
 * command menu is a deliberate stop; a typed "dung" is not (see the stop feature).
 */
export function matchTalkCommand(text: string, folded: string, tables: TalkTables): string | undefined {
  const { stop, talk } = tables;
  const candidates = [folded, stripParticles(folded, talk.particles)];
  const has = (list: readonly string[]) => {
    const phrases = foldedSet(list);
    return candidates.some((c) => phrases.has(c));
  };
  if (has(stop.always) || saysStop(folded, tables)) return 'stop';
  if (text.trim().startsWith('/') && has(stop.ambiguous)) return 'stop';
  // "không hiểu", "nói lại": never an answer to the waiting question, so a quiz is not graded by them.
  if (matchExplain(folded, talk)) return EXPLAIN_COMMAND;
  for (const [name, phrases] of Object.entries(talk.commands)) if (phrases && has(phrases)) return name;
  // Said in a short sentence: "bà muốn học bài khác", "cháu ơi cho bà thoát ra".
  return matchCommandAround(folded, aroundWords(talk).command, talkCommandTable(talk));
}

const talkTables = new WeakMap<TalkTables['talk'], CommandTable>();

/** The `commands` of `flows/talk.yaml` as a table of folded phrases, built once per file. */
function talkCommandTable(talk: TalkTables['talk']): CommandTable {
  let table = talkTables.get(talk);
  if (!table) {
    table = new Map([...buildCommandTable(talk.commands)].filter(([phrase, name]) => phrase !== name));
    talkTables.set(talk, table);
  }
  return table;
}

/** Who is not to be messaged, between a stop phrase and its "nữa" ("đừng nhắn tin cho bà nữa"). */
const WHO_BEFORE_NUA = / (?:cho )?(?:toi|tui|ba|ong|bac|co|chu|minh|em|anh|chi|con)( nua)$/;
/** Who speaks, first ("bà không muốn nhận tin nữa"). */
const WHO_FIRST = /^((?:chau|con|em) oi )?(?:toi|tui|ba|ong|bac|co|chu|minh|em|anh|chi|con) (?=khong|dung|muon|thoi)/;

/**
 * A stop phrase of `stop.yaml`'s `always` said in a short sentence: "thôi đừng nhắn tin cho bà nữa",
 * "cháu ơi bà không muốn nhận tin nữa".
 */
function saysStop(folded: string, { stop, talk }: TalkTables): boolean {
  const phrases = foldedSet(stop.always);
  const plain = stripParticles(folded, talk.particles).replace(WHO_BEFORE_NUA, '$1').replace(WHO_FIRST, '$1');
  // Only words dropped from the ends: a stop phrase must already stand whole inside. Checked first, since
  // this runs on every message and most hold none.
  if (!holdsWhole(plain, foldedList(stop.always))) return false;
  return readAround(plain, aroundWords(talk).stop, (s) => (phrases.has(s) ? true : undefined)) ?? false;
}

/** The command of a `first` small-talk reply ("không biết"): `commandArg` is the reply's id. */
export const TALK_REPLY_COMMAND = 'talk-reply';

/**
 * The `first` reply of `flows/talk.yaml` a whole message is ("không biết", "tôi không biết gì cả"):
 * particles and the words of `explain.around` may stand at either end.
 */
export function matchFirstReply(folded: string, tables: TalkTables): string | undefined {
  const { talk } = tables;
  const said = [folded, stripParticles(folded, talk.particles), stripParticles(folded, aroundLists(talk).all)].filter(
    (s) => s !== '',
  );
  return talk.replies.find((r) => r.first && said.some((s) => foldedSet(r.phrases).has(s)))?.id;
}

/** The command of "gọi tôi là dì": `commandArg` is the way of being called. */
export const CALL_ME_COMMAND = 'call-me';

/**
 * "gọi tôi là dì", "cứ gọi là má nha con": a word of `address` first, then only a way of being
 * called and the words around an answer. A command, so no feature reads it as a question.
 */
export function matchCallMe(text: string, folded: string, tables: TalkTables): string | undefined {
  const { talk } = tables;
  const bare = stripParticles(folded, talk.particles);
  const led = foldedList(talk.address).some((lead) => folded.startsWith(`${lead} `) || bare.startsWith(`${lead} `));
  if (!led) return undefined;
  const typed = readHonorific(text, { talk: tables }, true);
  return typed.others === 0 ? typed.honorific : undefined;
}

/** Whether a message is only an ambiguous stop word ("dung", "dừng ạ"). */
export function isAmbiguousStop(folded: string, tables: TalkTables): boolean {
  return saidAlone(folded, tables.stop.ambiguous, tables);
}

/** Whether a message is only a word that answers "stop receiving messages?" either way ("thôi", "thôi nhé cháu"). */
export function unclearAtStopQuestion(folded: string, tables: TalkTables): boolean {
  return saidAlone(folded, tables.stop.unclearAtConfirm, tables);
}

/** Whether a message only says to keep messages coming at that question ("tiếp", "cứ gửi nhé"). */
export function keepAtStopQuestion(folded: string, tables: TalkTables): boolean {
  return saidAlone(folded, tables.stop.keepAtConfirm, tables);
}

/** Whether a message is only one of `phrases`, particles around it or not. */
function saidAlone(folded: string, phrases: readonly string[], tables: TalkTables): boolean {
  const set = foldedSet(phrases);
  return set.has(folded) || set.has(stripParticles(folded, tables.talk.particles));
}

/** What the learner was asked while getting to know them (`Learner.asking`). */
type OnboardingAsk = 'honorific' | 'ward';

/** The commands that skip an onboarding question: the ward's "Bỏ qua" button, and the same for the name. */
export const SKIP_COMMANDS: Record<OnboardingAsk, string> = { honorific: 'skip-honorific', ward: 'skip-ward' };

/**
 * The skip of the onboarding question waiting, when the whole message declines it or says "I
 * don't know / remember" (`flows/talk.yaml`, `onboarding.skip` and `unsure`, or a `no`; particles and the
 * `explain.around` words may stand at either end: "bác hổng nhớ", "thôi khỏi cháu ạ"). Read
 * before anything else, so a bare "không biết" is never taken for a question or "không rõ" for
 * "say it again".
 */
export function matchOnboardingSkip(
  asking: OnboardingAsk | undefined,
  folded: string,
  tables: TalkTables,
): string | undefined {
  if (asking === undefined) return undefined;
  const lists = aroundLists(tables.talk);
  // Both ways: "bỏ qua" ends in a word of `around` ("quá").
  const said = [
    stripParticles(folded, tables.talk.particles),
    stripParticles(folded, asking === 'ward' ? lists.all : lists.notNames),
  ];
  return said.some((s) => s !== '' && lists.skip.has(s)) ? SKIP_COMMANDS[asking] : undefined;
}

interface AroundLists {
  /** Particles and every word of `explain.around`. */
  all: readonly string[];
  /** The same without ways of being called: at the name question "không, cô" answers, it does not decline. */
  notNames: readonly string[];
  /** Whole messages that decline an onboarding question, folded. */
  skip: ReadonlySet<string>;
}

// Built once per talk file (a reloaded file is a new object): these run on every message, and a
// list spread anew each time missed `foldedList`'s memory and folded every word again.
const aroundBuilt = new WeakMap<TalkTables['talk'], AroundLists>();

function aroundLists(talk: TalkTables['talk']): AroundLists {
  let lists = aroundBuilt.get(talk);
  if (!lists) {
    const names = new Set(HONORIFICS.map(fold));
    lists = {
      all: [...talk.particles, ...talk.explain.around],
      notNames: [...talk.particles, ...talk.explain.around.filter((w) => !names.has(fold(w)))],
      skip: new Set([
        ...foldedList(talk.onboarding.skip),
        ...foldedList(talk.onboarding.unsure),
        ...foldedList(talk.no),
      ]),
    };
    aroundBuilt.set(talk, lists);
  }
  return lists;
}

/**
 * The lesson a message names by its number in the menu ("học bài 3", "bài số ba nhé"), 1-based:
 * the whole message is a word of `lessonLeads` and a number. Undefined otherwise.
 */
export function matchLessonNumber(folded: string, tables: TalkTables): number | undefined {
  const read = (said: string): number | undefined => {
    const lead = foldedList(tables.talk.lessonLeads)
      .filter((l) => said.startsWith(`${l} `))
      .sort((a, b) => b.length - a.length)[0];
    if (lead === undefined) return undefined;
    const rest = said.slice(lead.length + 1);
    return /^\d{1,2}$/.test(rest) ? Number(rest) : NUMBER_WORDS[rest];
  };
  const said = stripParticles(folded, tables.talk.particles);
  // "cho bà vô bài 3", "tui muốn học bài số hai": the words around a command may stand before it.
  return read(said) ?? (/\bbai\b/.test(said) ? readAround(folded, aroundWords(tables.talk).command, read) : undefined);
}
