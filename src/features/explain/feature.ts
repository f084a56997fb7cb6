import type { Feature } from '../../core/router/feature.ts';
import { EXPLAIN_COMMAND } from '../../core/router/talk-commands.ts';
import { matchExplain } from '../../core/text/explain-words.ts';
import { afterAnswer } from './after-answer.ts';
import type { ExplainDeps } from './deps.ts';
import { howTo } from './how-to.ts';
import { whatFailed } from './what-failed.ts';
import { lessonAgain } from './lesson-again.ts';

export type { ExplainDeps };

/**
 * "Không hiểu", "nói lại", "hả?" (`flows/talk.yaml`, `explain`): the step or question waiting
 * is said again, more simply where it can be, with a person to ask; right after an answer, an
 * apology and an invitation to ask in one's own words; elsewhere, how to use the tutor.
 */
export function explainFeature(deps: ExplainDeps): Feature {
  return {
    name: 'explain',
    decide(ctx) {
      if (ctx.command !== EXPLAIN_COMMAND) return undefined;
      const ask = matchExplain(ctx.folded, ctx.content.talk.talk) ?? 'again';
      return (
        lessonAgain(deps, ctx, ask) ?? afterAnswer(deps, ctx, ask) ?? (ask === 'failed' ? whatFailed(ctx) : howTo(ctx))
      );
    },
  };
}
