import { address, self, type Learner } from '../learners/learner.ts';

// An emoji after the full stop keeps the sentence's start: "cảm ơn bác ạ! 🌷 {xung_ho} cần gì…".
const SENTENCE_START = /(^|[.!?…:]\s+|\n\s*|["“(]\s*)(?:\p{Extended_Pictographic}\uFE0F?\s+)*$/u;

/**
 * Fills `{xung_ho}` (how the learner likes to be addressed) and `{toi}` (how the tutor calls
 * itself: "cháu" or "em"), capitalised where a sentence starts: "{xung_ho} đã cài chưa?" → "Bác đã cài chưa?".
 */
export function personalize(text: string, learner: Pick<Learner, 'honorific' | 'tutorSelf'>): string {
  return text.replace(/\{(xung_ho|toi)\}/gi, (_m, name: string, offset: number) => {
    const capital = SENTENCE_START.test(text.slice(0, offset));
    return name.toLowerCase() === 'toi' ? self(learner, capital) : address(learner, capital);
  });
}
