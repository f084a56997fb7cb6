import { personalize } from '../../core/flows/personalize.ts';
import type { Feature } from '../../core/router/feature.ts';
import { parseChoiceNumber } from '../../core/text/number-words.ts';

/** A typed number with no such option ("12" when there are 11) gets the valid range, not a guess. */
export function choiceRangeFeature(): Feature {
  return {
    name: 'choice-range',
    decide(ctx) {
      const choices = ctx.learner.lastChoices;
      if (ctx.payload || ctx.command || !choices || choices.length === 0) return undefined;
      if (parseChoiceNumber(ctx.text) === undefined) return undefined;
      const last = choices.length;
      return {
        reply: [
          {
            type: 'choices',
            text: personalize(
              last === 1 ? '{xung_ho} gõ số 1 để chọn nhé:' : `{xung_ho} gõ một số từ 1 đến ${last} để chọn nhé:`,
              ctx.learner,
            ),
            choices,
          },
        ],
      };
    },
  };
}
