import type { ContentProblem } from '../errors.ts';
import { resolveLesson, stepExperimentId } from '../flows/variants.ts';
import type { Lesson } from './lesson-schema.ts';
import type { LocatedYaml, PathKey } from './parse-yaml.ts';

type LineOf = LocatedYaml<Lesson>['lineOf'];
type CheckArm = (lesson: Lesson, lineOf: LineOf) => ContentProblem[];

function duplicateIds(variants: ReadonlyArray<{ id: string }>, at: (i: number) => PathKey[], add: Add): void {
  const ids = new Set<string>();
  variants.forEach((v, i) => {
    if (ids.has(v.id)) add(at(i), `duplicate variant id "${v.id}"; give each variant of a test its own id`);
    ids.add(v.id);
  });
}

type Add = (path: PathKey[], message: string) => void;

/**
 * The A/B tests of a lesson: variant ids unique, one test at a time, and each variant checked as
 * the whole lesson its learners see (`checkArm`), its problems pointed at the variant's lines.
 * Problems already in `seen` (`line:message`, found in the lesson as written) are not repeated.
 */
export function checkVariants(located: LocatedYaml<Lesson>, checkArm: CheckArm, seen: Set<string>): ContentProblem[] {
  const { data: lesson, file, lineOf } = located;
  const problems: ContentProblem[] = [];
  const add: Add = (path, message) => problems.push({ file, line: lineOf(path), message });
  const arm = (name: string, resolved: Lesson, mapped: LineOf) => {
    for (const p of checkArm(resolved, mapped))
      if (!seen.has(`${p.line}:${p.message}`)) problems.push({ ...p, message: `variant "${name}": ${p.message}` });
  };
  if (lesson.variants) {
    duplicateIds(lesson.variants, (i) => ['variants', i, 'id'], add);
    const stepIndex = lesson.steps.findIndex((s) => s.variants);
    if (stepIndex >= 0)
      add(
        ['steps', stepIndex, 'variants'],
        'this lesson already has `variants` for the whole lesson; test one thing at a time: ' +
          "remove the step's variants or put the changed step into the lesson's variants",
      );
    lesson.variants.forEach((v, i) => {
      const overridden = new Set(Object.keys(v));
      const mapped: LineOf = (path) =>
        lineOf(typeof path[0] === 'string' && overridden.has(path[0]) ? ['variants', i, ...path] : path);
      arm(
        v.id,
        resolveLesson(lesson, (exp) => (exp === lesson.id ? v.id : undefined)),
        mapped,
      );
    });
  }
  lesson.steps.forEach((step, s) => {
    if (!step.variants) return;
    duplicateIds(step.variants, (i) => ['steps', s, 'variants', i, 'id'], add);
    const experiment = stepExperimentId(lesson.id, step.id);
    step.variants.forEach((v, i) => {
      const overridden = new Set(Object.keys(v));
      const mapped: LineOf = (path) =>
        lineOf(
          path[0] === 'steps' && path[1] === s && typeof path[2] === 'string' && overridden.has(path[2])
            ? ['steps', s, 'variants', i, ...path.slice(2)]
            : path,
        );
      arm(
        v.id,
        resolveLesson(lesson, (exp) => (exp === experiment ? v.id : undefined)),
        mapped,
      );
    });
  });
  return problems;
}
