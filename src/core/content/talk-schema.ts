import { z } from 'zod';

const phrase = z
  .string()
  .trim()
  .min(1, 'write the words, e.g. "cảm ơn cháu"')
  .max(80, 'keep a phrase under 80 characters');
const phrases = z.array(phrase).min(1, 'list at least one phrase');

/**
 * `flows/stop.yaml`: the one rule for stopping messages. `always` stops at once everywhere;
 * `ambiguous` ("dung" = "đúng" or "dừng") is a yes right after a yes/no question and
 * elsewhere makes the tutor ask once, with two buttons.
 */
export const stopFileSchema = z.strictObject({
  always: phrases,
  ambiguous: z.array(phrase).default([]),
  /** Said alone at the question "stop receiving messages?" ("thôi thì", "kệ"): either answer; asked again, never guessed. */
  unclearAtConfirm: z.array(phrase).default([]),
  /** Said alone at that question ("tiếp", "thôi", "khỏi": a decline): messages go on, as "▶️ Không, tiếp tục". */
  keepAtConfirm: z.array(phrase).default([]),
});

/** Commands a phrase in `flows/talk.yaml` may stand for. */
export const TALK_COMMANDS = [
  'menu',
  'lessons',
  'resume',
  'progress',
  'review',
  'help',
  'remind',
  'remind-off',
  'back',
  'restart',
  'clock',
] as const;

/**
 * "I did not understand" / "say it again", said as the whole message. `unclear` right after an
 * answer also counts as that answer's 👎 "hard to read"; `again` only asks to hear it again;
 * `around` are words that may stand before or after either ("bà không hiểu gì cả").
 */
export const explainSchema = z.strictObject({
  unclear: z.array(phrase).default([]),
  again: z.array(phrase).default([]),
  /** "Làm rồi mà không được": the learner tried the step and it did not work. */
  failed: z.array(phrase).default([]),
  around: z.array(phrase).default([]),
});

/**
 * What a small-talk reply does after its words: `rest` takes leave of a lesson (its place is kept
 * for "học tiếp", but its step is not shown again below the next answer).
 */
export const TALK_THEN = ['nothing', 'menu', 'pending', 'rest'] as const;

/**
 * How onboarding tells an answer to its question from a message about something else: the
 * words around a plain answer (`fillers`: "cứ gọi bác là được"), the words of a request or a
 * question (`requests`: "muốn", "hỏi", "quên"…), of wanting to learn (`learn`) and greetings.
 */
export const onboardingWordsSchema = z.strictObject({
  fillers: z.array(phrase).default([]),
  requests: z.array(phrase).default([]),
  learn: z.array(phrase).default([]),
  greetings: z.array(phrase).default([]),
  placeLeads: z.array(phrase).default([]),
  /** Words right before a way of being called ("gọi", "là"): after them "co" is "cô", never "có". */
  naming: z.array(phrase).default([]),
  /**
   * Declining either question ("bỏ qua", "thôi khỏi", "không"): said alone, the question is
   * skipped; said first ("thôi, để sau"), a place is never read from the rest.
   */
  skip: z.array(phrase).default([]),
  /**
   * Not knowing or not remembering ("hổng nhớ", "chịu", "không rõ", "nào đó"): said alone, the
   * question is skipped; inside a reply to "which ward?" the reply is no place and skips it too.
   */
  unsure: z.array(phrase).default([]),
});

/** The onboarding words of a talk file that lists none. */
const NO_ONBOARDING_WORDS = {
  fillers: [],
  requests: [],
  learn: [],
  greetings: [],
  placeLeads: [],
  naming: [],
  skip: [],
  unsure: [],
};

/**
 * `flows/talk.yaml`: everyday words. `particles` are dropped at the ends before matching
 * ("cảm ơn cháu nhé ạ" = "cảm ơn"); `yes`/`no` answer a pending question; `commands` are
 * more ways to say a command; `replies` are small talk with a kind reply; `address` are the
 * words before a new way to be called ("gọi tôi là bà"); `explain` are "không hiểu", "nói lại";
 * `onboarding` tells answers to the first questions from everything else; `skipCheck` declines
 * the optional check before a lesson, offered or begun; `bareLookalikes` are button words that,
 * typed without diacritics, read as another word too ("co": "cô" or "có"?), so typed bare they
 * press nothing and the question is asked again.
 */
export const talkFileSchema = z.strictObject({
  particles: z.array(phrase).default([]),
  yes: phrases,
  no: phrases,
  commands: z.partialRecord(z.enum(TALK_COMMANDS), phrases).default({}),
  replies: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z][a-z0-9-]{1,30}$/, 'use lower-case letters, digits and dashes, e.g. thanks'),
        phrases,
        reply: z.string().trim().min(1, 'write what the tutor answers'),
        then: z.enum(TALK_THEN).default('nothing'),
        /**
         * Read before every feature, once the waiting question took nothing: a message of these
         * words alone is never a question for the safety check or the answers ("không biết").
         */
        first: z.boolean().default(false),
        /**
         * With `then: menu`, what is said instead while a lesson, quiz or review waits: the step
         * is shown again below it, so a sticker never drops the learner out to the menu.
         */
        inLesson: z.string().trim().min(1).optional(),
        /**
         * With `then: rest`, what is said instead when no lesson waits: nothing to come back to,
         * so no "học tiếp chỗ đang dở".
         */
        idle: z.string().trim().min(1).optional(),
      }),
    )
    .default([]),
  /**
   * Words that may stand around and between small-talk phrases said together, as in "bác cảm ơn
   * cháu nhiều lắm, tạm biệt cháu": such a message is small talk, never a question.
   */
  between: z.array(phrase).default([]),
  address: z.array(phrase).default([]),
  explain: explainSchema.default({ unclear: [], again: [], failed: [], around: [] }),
  onboarding: onboardingWordsSchema.default(NO_ONBOARDING_WORDS),
  skipCheck: z.array(phrase).default([]),
  /** Words before a lesson's number in the menu ("học bài 3", "bài số ba"): that lesson, wherever the learner is. */
  lessonLeads: z.array(phrase).default([]),
  /**
   * Words around a lesson asked for by name that ask nothing more ("cho bà học về Zalo", "muốn học
   * cái VNeID"): with them, the message only asks for the lesson, which begins.
   */
  lessonFillers: z.array(phrase).default([]),
  /**
   * Someone who does not know how yet, and who ("má tui hổng biết xài Zalo", "tôi chưa rành VNeID"): said with a
   * lesson's name and nothing more, a need that lesson teaches, so it begins.
   */
  lessonNeeds: z.array(phrase).default([]),
  /** Who does not know how yet ("má tui", "tôi") and words ending such a sentence ("lắm"), dropped with them. */
  lessonWho: z.array(phrase).default([]),
  /**
   * Words that may stand before or after a command said in a sentence ("cháu ơi bà muốn hỏi cán bộ",
   * "tiến độ của bà sao rồi"): dropped from both ends, the rest must be the command itself.
   */
  commandAround: z.array(phrase).default([]),
  bareLookalikes: z.array(phrase).default([]),
  /**
   * "Bây giờ tôi làm gì?" said alone: right after a warning, what to do now is said again; `whatNowWho` are the
   * words for who asks ("tui", "bà"), which may stand anywhere in it.
   */
  whatNow: z.array(phrase).default([]),
  whatNowWho: z.array(phrase).default([]),
  /**
   * What the learner says they did before asking what now ("tui lỡ chuyển rồi, giờ sao"): the steps for after.
   * `whatNowNotYet` ("tui chưa chuyển, giờ sao") is read first, so "chưa chuyển" is never taken as done.
   */
  whatNowDone: z.array(phrase).default([]),
  whatNowNotYet: z.array(phrase).default([]),
  /**
   * Ways of being called beyond the seven buttons ("má", "dì", "cậu"): taken when typed, like a
   * button's word. `self` is how the tutor then calls itself ("con" to "má", "cháu" to "dì").
   */
  honorifics: z
    .array(
      z.strictObject({
        word: phrase.regex(/^\p{Ll}+$/u, 'one lower-case word, e.g. "má"'),
        self: phrase.regex(/^\p{Ll}+$/u, 'one lower-case word, e.g. "con"'),
      }),
    )
    .default([]),
});

export type StopFile = z.infer<typeof stopFileSchema>;
export type TalkFile = z.infer<typeof talkFileSchema>;

/** The everyday-language tables: stop rule and small talk, phrases folded. */
export interface TalkTables {
  stop: StopFile;
  talk: TalkFile;
}

/** Tables with no phrases, for content built in code (tests); real content reads `flows/`. */
export const EMPTY_TALK: TalkTables = {
  stop: { always: ['stop'], ambiguous: [], unclearAtConfirm: [], keepAtConfirm: [] },
  talk: {
    particles: [],
    yes: ['co'],
    no: ['khong'],
    commands: {},
    replies: [],
    between: [],
    address: [],
    explain: { unclear: [], again: [], failed: [], around: [] },
    onboarding: NO_ONBOARDING_WORDS,
    skipCheck: ['bo qua'],
    lessonLeads: [],
    lessonFillers: [],
    lessonNeeds: [],
    lessonWho: [],
    commandAround: [],
    bareLookalikes: [],
    whatNow: [],
    whatNowWho: [],
    whatNowDone: [],
    whatNowNotYet: [],
    honorifics: [],
  },
};
