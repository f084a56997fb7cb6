import type { SubjectsTable } from '../../core/content/subjects-schema.ts';
import { type Language, PLAIN_LANGUAGE } from './language.ts';

/**
 * Reads what a question asks of its subject (a fee, how long) and whether an answer gives it, from
 * the `aspects` of `flows/language/subjects.yaml`. Both texts are read folded.
 */
export interface AspectReader {
  /** The aspects the text asks ("làm lại căn cước mất bao nhiêu tiền" → ["fee"]). */
  asked(text: string): string[];
  /** The aspects an answer gives: it says one of their phrases or a number followed by one of their units. */
  given(answer: string): ReadonlySet<string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const whole = (alternatives: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u');
/** Folded numbers keep their thousands apart: "70.000 đồng" reads "70 000 dong". */
const afterNumber = (units: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])\\d+(?: \\d{3})* ?(?:${units.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u');
const never = /$^/;

export function createAspectReader(
  table: Pick<SubjectsTable, 'aspects'>,
  lang: Language = PLAIN_LANGUAGE,
): AspectReader {
  const aspects = (table.aspects ?? []).map((a) => ({
    name: a.aspect,
    asks: whole(a.asks),
    says: a.says.length > 0 ? whole(a.says) : never,
    units: a.units.length > 0 ? afterNumber(a.units) : never,
  }));
  return {
    asked(text) {
      const read = lang.read(text);
      return aspects.filter((a) => a.asks.test(read)).map((a) => a.name);
    },
    given(answer) {
      const read = lang.read(answer);
      return new Set(aspects.filter((a) => a.says.test(read) || a.units.test(read)).map((a) => a.name));
    },
  };
}

/** No table: nothing is asked (tests of single modules, content without `language/subjects.yaml`). */
export const NO_ASPECTS: AspectReader = createAspectReader({});
