import { ALL_WARDS, UNKNOWN_WARD } from '../../core/stats/stats-keys.ts';
import type { Store } from '../../core/store.ts';
import type { AnswerRating } from '../feedback/rating.ts';
import { RATING_TTL_MS, type FeedbackService } from '../feedback/service.ts';
import type { ExperimentArms } from './arms.ts';
import { experimentKeys as K } from './keys.ts';
import { pinsOf } from './pins.ts';

/** Where a rated answer counts: the running tests its learner is in, by arm and ward. */
interface RatedIn {
  experiment: string;
  arm: string;
  ward: string;
}

/**
 * The 👍/👎 row under answers, counted per arm: every answer shown to a learner pinned to an arm
 * of a running test adds to its `shown`, and a 👎 stored for it (once, as the feedback service
 * decides) to its `down`. Wired in the composition root, so neither feature imports the other.
 */
export function withArmVotes(
  rating: AnswerRating,
  feedback: FeedbackService,
  arms: ExperimentArms,
  store: Store,
): { rating: AnswerRating; feedback: FeedbackService } {
  const count = async (places: readonly RatedIn[], field: 'shown' | 'down') => {
    for (const p of places)
      for (const scope of new Set([p.ward, ALL_WARDS]))
        await store.incr(K.counts(scope, p.experiment), `${p.arm}:${field}`);
  };
  return {
    rating: {
      ...rating,
      async given(id, answer, learner, question, now) {
        await rating.given(id, answer, learner, question, now);
        const pins = pinsOf(learner);
        const ward = learner.wardCode ?? UNKNOWN_WARD;
        const places = arms.list
          .filter((e) => pins[e.id] !== undefined && !arms.ended(e.id))
          .map((e) => ({ experiment: e.id, arm: pins[e.id]!, ward }));
        if (places.length === 0) return;
        await store.set(K.rated(id), places, { ttlMs: RATING_TTL_MS });
        await count(places, 'shown');
      },
    },
    feedback: {
      ...feedback,
      async vote(id, learner, vote, now) {
        const result = await feedback.vote(id, learner, vote, now);
        if (result.ok && vote === 'down') {
          const places = (await store.get<RatedIn[]>(K.rated(id))) ?? [];
          await count(
            places.filter((p) => !arms.ended(p.experiment)),
            'down',
          );
        }
        return result;
      },
    },
  };
}
