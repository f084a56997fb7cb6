import type { Content } from '../../core/content/content.ts';
import type { Lesson } from '../../core/content/lesson-schema.ts';
import { type HonorificReading, readHonorific } from '../../core/learners/honorific-reading.ts';
import { HONORIFICS, type Honorific } from '../../core/learners/learner.ts';
import { fold } from '../../core/text/fold.ts';
import { looksLikeQuestion } from '../../core/text/looks-like-question.ts';
export { calledAs, readHonorific } from '../../core/learners/honorific-reading.ts';
import { readWard, startsWithPlaceKind, type WardAnswer } from './ward.ts';

type Words = Pick<Content, 'talk'>;

/** Whether folded text holds the folded phrase as whole words. */
const holds = (folded: string, phrase: string) => phrase !== '' && ` ${folded} `.includes(` ${phrase} `);

const anyOf = (folded: string, phrases: readonly string[]) => phrases.some((p) => holds(folded, fold(p)));

/**
 * Whether folded text names an app, service or tool of `language/subjects.yaml` ("vneid", "zalo");
 * places ("Hà Nội") are part of an address, not a subject.
 */
function namesSubject(folded: string, content: Pick<Content, 'subjects'>): boolean {
  return content.subjects.groups.some(
    (g) => !g.place && g.members.some((m) => m.names.some((n) => holds(folded, fold(n)))),
  );
}

/**
 * Whether a message at an onboarding question is about something else: a question, a request,
 * a story or a message naming an app ("tui muốn học cái VNeID mà hổng biết bắt đầu từ đâu",
 * "cho bác hỏi VNeID là gì", "có người gọi bảo bác chuyển tiền"). Such messages are answered
 * first; the onboarding question is asked again after the answer.
 */
export function aboutSomethingElse(text: string, folded: string, content: Pick<Content, 'subjects' | 'talk'>): boolean {
  return looksLikeQuestion(text, folded) || asksOrTells(folded, content);
}

/** Whether folded text names an app or holds a word of a request ("muốn", "quên", "bị lừa"). */
export function asksOrTells(folded: string, content: Pick<Content, 'subjects' | 'talk'>): boolean {
  return namesSubject(folded, content) || anyOf(folded, content.talk.talk.onboarding.requests);
}

/** Folded text with every whole-word occurrence of `phrases` removed, the longest phrases first. */
function withoutPhrases(folded: string, phrases: readonly string[]): string {
  return phrases
    .map(fold)
    .sort((a, b) => b.length - a.length)
    .reduce((left, p) => (p === '' ? left : ` ${left} `.split(` ${p} `).join(' ').trim()), folded);
}

/** Whether a message only greets or calls ("chào cháu", "alo"), with nothing to answer. */
export function onlyGreets(folded: string, content: Words): boolean {
  const { talk } = content.talk;
  return withoutPhrases(folded, [...talk.onboarding.greetings, ...talk.particles, ...talk.onboarding.fillers]) === '';
}

/** Folded text without the words of not knowing (`onboarding.unsure`: "hổng nhớ", "nào đó"). */
export function withoutUnsure(folded: string, content: Words): string {
  return withoutPhrases(folded, content.talk.talk.onboarding.unsure);
}

/**
 * A message read as an answer to "how should I call you?" (words without diacritics count: "chu" →
 * chú). `taken`: the way of being called it says with no other word ("bác", "anh ạ", "cứ gọi tôi là
 * bà"), the answer to take.
 */
export function readHonorificAnswer(text: string, content: Words): HonorificReading & { taken?: Honorific } {
  const typed = readHonorific(text, content, true);
  return typed.honorific && typed.others === 0 ? { ...typed, taken: typed.honorific } : typed;
}

/** Who an introduction starts with ("bác tên Sáu ở Long An", "tui Ba, nhà ở xã Tân Phú"). */
const SELF_WORDS: ReadonlySet<string> = new Set([...HONORIFICS.map(fold), 'toi', 'tui', 'minh', 'em', 'con']);
/** How many words a name may take between who speaks and the place ("bác tên Nguyễn Văn Sáu ở …"). */
const INTRODUCTION_WORDS = 6;

/**
 * The text after words that lead to a place ("tôi ở phường Yên Hòa" → "phường Yên Hòa"), also when a name
 * comes first ("bác tên Sáu ở Long An" → "Long An").
 */
function withoutPlaceLead(text: string, content: Words): string {
  const words = text.trim().split(/\s+/);
  const folded = words.map((w) => fold(w).replace(/[^a-z0-9]/g, ''));
  const leads = content.talk.talk.onboarding.placeLeads
    .map((l) => fold(l).split(' '))
    .sort((a, b) => b.length - a.length);
  const leadAt = (start: number) =>
    leads.find((l) => words.length > start + l.length && l.every((w, i) => folded[start + i] === w));
  const first = leadAt(0);
  if (first) return words.slice(first.length).join(' ');
  if (!SELF_WORDS.has(folded[0] ?? '')) return text.trim();
  for (let start = 1; start <= INTRODUCTION_WORDS && start < words.length; start++) {
    const lead = leadAt(start);
    if (lead) return words.slice(start + lead.length).join(' ');
  }
  return text.trim();
}

/**
 * A reply to "where do you live?", read after the words that lead to a place. `place`: what is left to read, so
 * a long introduction ("chú Nguyễn Văn Ba, nhà ở xã Tân Phú") is judged by its place, not by its length.
 */
export function readPlace(
  text: string,
  content: Pick<Content, 'talk' | 'wards' | 'wardName'>,
): { answer: WardAnswer; place: string } {
  const place = withoutPlaceLead(text, content);
  return { answer: readWard(place, content), place };
}

/**
 * A place typed before it was asked for: only a ward `wards.yaml` lists or a name that says its
 * kind ("phường …", "xã …"); anything else at the first question is not taken for a place.
 */
export function knownPlace(
  text: string,
  content: Pick<Content, 'talk' | 'wards' | 'wardName'>,
): Extract<WardAnswer, { kind: 'ward' }> | undefined {
  const place = withoutPlaceLead(text, content);
  const answer = readWard(place, content);
  if (answer.kind !== 'ward') return undefined;
  return content.wardName(answer.code) !== undefined || startsWithPlaceKind(place) ? answer : undefined;
}

/** The part of a lesson's title before its dash or colon ("Zalo an toàn: …" → "zalo an toan"). */
const titleHead = (lesson: Lesson) => fold(lesson.title.split(/[–:(—-]/)[0] ?? '');

/**
 * The lesson a message asks to learn ("tui muốn học cái VNeID", "dạy bác dùng Zalo"): a word of
 * learning (or a lesson word: "bài VNeID") and the name of what one lesson teaches: an app of
 * `subjects.yaml` its title names, its title's head or one of its `askedAs` names ("lừa đảo").
 * Not knowing how yet (`lessonNeeds`: "hổng biết xài Zalo") asks it too. The first lesson in menu order wins.
 */
export function lessonAsked(
  folded: string,
  content: Pick<Content, 'lessons' | 'subjects' | 'talk'>,
): Lesson | undefined {
  const { talk } = content.talk;
  if (!anyOf(folded, talk.onboarding.learn) && !anyOf(folded, talk.lessonLeads) && !anyOf(folded, talk.lessonNeeds))
    return undefined;
  const named = content.subjects.groups
    .flatMap((g) => g.members)
    .filter((m) => m.names.some((n) => holds(folded, fold(n))));
  return content.lessons.find((lesson) => {
    const title = fold(lesson.title);
    return (
      holds(folded, titleHead(lesson)) ||
      anyOf(folded, lesson.askedAs) ||
      named.some((m) => m.names.some((n) => holds(title, fold(n))))
    );
  });
}

/**
 * The lesson a message only asks for, with nothing else to answer ("học zalo", "học VNeID nhé
 * cháu", "học bài VNeID", "cho bà học Zalo"): a word of learning, a subject and particles, fillers,
 * lesson words or a way of being called, no more. "hướng dẫn cài Zalo"
 * asks something and is answered.
 */
export function onlyAsksLesson(
  folded: string,
  content: Pick<Content, 'lessons' | 'subjects' | 'talk'>,
): Lesson | undefined {
  const lesson = lessonAsked(folded, content);
  if (!lesson) return undefined;
  const { talk } = content.talk;
  const names = content.subjects.groups.flatMap((g) => g.members.flatMap((m) => m.names));
  const rest = withoutPhrases(folded, [
    ...talk.onboarding.learn,
    ...talk.particles,
    ...talk.onboarding.fillers,
    ...(talk.commands.lessons ?? []),
    ...talk.lessonLeads,
    ...talk.lessonFillers,
    ...talk.lessonNeeds,
    ...talk.lessonWho,
    ...HONORIFICS,
    ...lesson.askedAs,
    ...names,
  ]);
  return rest === '' ? lesson : undefined;
}
