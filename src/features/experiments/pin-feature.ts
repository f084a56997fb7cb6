import type { Feature } from '../../core/router/feature.ts';
import { type ExperimentArms, insideLesson } from './arms.ts';
import { pinsOf, withoutPins, withPins } from './pins.ts';

/**
 * Wraps the lesson flow: a learner starting a lesson keeps, until they start it again, the arm
 * of each of its tests they were shown, even if the weights change or the test ends meanwhile.
 * Starting after a test ended takes the learner out of it (they get the winner and are not
 * counted), unless they start again from inside the lesson, where they keep the arm they began.
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
      const out: string[] = [];
      const pinned = pinsOf(ctx.learner);
      for (const lessonId of started)
        for (const experiment of arms.ofLesson(lessonId)) {
          const keeps = pinned[experiment.id] !== undefined && insideLesson(ctx.learner, lessonId);
          if (arms.ended(experiment.id) && !keeps) out.push(experiment.id);
          else pins[experiment.id] = arms.armFor(ctx.learner, experiment);
        }
      return { ...decision, learner: withoutPins(withPins(after, pins), out) };
    },
  };
}
