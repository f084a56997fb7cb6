import { personalize } from '../../core/flows/personalize.ts';
import type { Feature } from '../../core/router/feature.ts';
import { parseChoiceNumber } from '../../core/text/number-words.ts';

/** Several numbers typed at once ("1 2", "1, 3", "1 và 2"): one option is chosen at a time. */
const SEVERAL = /^\s*\d{1,2}(?:\s*(?:[,;/&+-]|\s|va|và|hoặc|hoac)\s*\d{1,2})+\s*[.!]*\s*$/iu;

/**
 * A typed number with no such option ("12" when there are 11) gets the valid range, not a guess;
 * several numbers at once ("1 2") are asked to be one.
 */
export function choiceRangeFeature(): Feature {
  return {
    name: 'choice-range',
    decide(ctx) {
      const choices = ctx.learner.lastChoices;
      if (ctx.payload || ctx.command || !choices || choices.length === 0) return undefined;
      const several = SEVERAL.test(ctx.text);
      if (!several && parseChoiceNumber(ctx.text) === undefined) return undefined;
      const last = choices.length;
      const range = last === 1 ? 'gõ số 1' : `gõ một số từ 1 đến ${last}`;
      return {
        reply: [
          {
            type: 'choices',
            text: personalize(
              several ? `Dạ, mỗi lần {xung_ho} chọn một ý thôi ạ: ${range}.` : `{xung_ho} ${range} để chọn nhé:`,
              ctx.learner,
            ),
            choices,
          },
        ],
      };
    },
  };
}
