import { createHash } from 'node:crypto';
import type { Lesson, Step } from '../content/lesson-schema.ts';

/** One arm of an A/B test as flow files declare it. */
export interface Arm {
  id: string;
  weight: number;
}

/**
 * An A/B test declared in a lesson file: `variants` on the lesson (id = the lesson id) or on
 * one step (id = `<lesson>.<step>`). The first arm is the control the others are compared with.
 */
export interface Experiment {
  id: string;
  lessonId: string;
  /** Set for a step's test. */
  stepId?: string;
  arms: readonly Arm[];
}

/** The id of a step's test; lesson and step ids never contain a dot. */
export const stepExperimentId = (lessonId: string, stepId: string): string => `${lessonId}.${stepId}`;

/** Every A/B test a lesson declares, the lesson's own first. */
export function experimentsOf(lesson: Lesson): Experiment[] {
  const arms = (variants: readonly Arm[]) => variants.map(({ id, weight }) => ({ id, weight }));
  const found: Experiment[] = [];
  if (lesson.variants) found.push({ id: lesson.id, lessonId: lesson.id, arms: arms(lesson.variants) });
  for (const step of lesson.steps)
    if (step.variants)
      found.push({
        id: stepExperimentId(lesson.id, step.id),
        lessonId: lesson.id,
        stepId: step.id,
        arms: arms(step.variants),
      });
  return found;
}

/** A number in [0, 1) fixed by the learner and the test: the same in every process and after restarts. */
export function assignmentPoint(learnerId: string, experimentId: string): number {
  const digest = createHash('sha256').update(`hocvuso-ab|${experimentId}|${learnerId}`).digest();
  return digest.readUInt32BE(0) / 2 ** 32;
}

/** The arm a learner falls in by weight alone (no stored randomness). */
export function assignArm(learnerId: string, experiment: Pick<Experiment, 'id' | 'arms'>): string {
  const total = experiment.arms.reduce((sum, a) => sum + a.weight, 0);
  let point = assignmentPoint(learnerId, experiment.id) * total;
  for (const arm of experiment.arms) {
    if (point < arm.weight) return arm.id;
    point -= arm.weight;
  }
  return experiment.arms[experiment.arms.length - 1]!.id;
}

function resolveStep(step: Step, armId: string | undefined): Step {
  const { variants, ...plain } = step;
  const chosen = variants?.find((v) => v.id === armId) ?? variants?.[0];
  if (!chosen) return plain;
  const { id: _arm, weight: _weight, ...override } = chosen;
  return { ...plain, ...override };
}

/**
 * The lesson as one learner sees it: each test replaced by the arm `armOf` names (the first
 * arm when it names none or an unknown one). The result declares no variants.
 */
export function resolveLesson(lesson: Lesson, armOf: (experimentId: string) => string | undefined): Lesson {
  const { variants, ...plain } = lesson;
  const chosen = variants?.find((v) => v.id === armOf(lesson.id)) ?? variants?.[0];
  const { id: _arm, weight: _weight, ...override } = chosen ?? { id: '', weight: 0 };
  const base: Lesson = { ...plain, ...override };
  return { ...base, steps: base.steps.map((s) => resolveStep(s, armOf(stepExperimentId(lesson.id, s.id)))) };
}
