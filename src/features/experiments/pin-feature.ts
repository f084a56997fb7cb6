import type { Feature } from '../../core/router/feature.ts';
import type { ExperimentArms } from './arms.ts';
import { withPins } from './pins.ts';

/**
 * Wraps the lesson flow: a learner starting a lesson keeps, until they start it again, the arm
 * of each of its tests they were shown, even if the weights change or the test ends meanwhile.
 */
export function withExperimentPins(lessons: Feature, arms: ExperimentArms): Feature {
  return {
    ...lessons,
    decide(ctx) {
      const decision = lessons.decide(ctx);
      const after = decision?.learner;
      if (!decision || !after) return decision;
      const started = Object.keys(after.lessons).filter(
        (id) => after.lessons[id]!.attempts > (ctx.learner.lessons[id]?.attempts ?? 0) && arms.ofLesson(id).length > 0,
      );
      if (started.length === 0) return decision;
      const pins: Record<string, string> = {};
      for (const lessonId of started)
        for (const experiment of arms.ofLesson(lessonId)) pins[experiment.id] = arms.armFor(ctx.learner, experiment);
      return { ...decision, learner: withPins(after, pins) };
    },
  };
}
