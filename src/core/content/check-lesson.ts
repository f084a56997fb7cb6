import type { ContentProblem } from '../errors.ts';
import { encodePayload, MAX_PAYLOAD_BYTES } from '../flows/payload.ts';
import type { Lesson } from './lesson-schema.ts';
import type { LocatedYaml, PathKey } from './parse-yaml.ts';
import { checkVariants } from './check-variants.ts';

export const QUIZ_TARGET = 'quiz';

/**
 * Checks what a schema cannot: references between steps, ids, one correct answer, payload sizes;
 * and, for an A/B test, its variants and every variant as the lesson learners would see.
 */
export function checkLesson(located: LocatedYaml<Lesson>, expectedId?: string): ContentProblem[] {
  const problems = checkPlain(located.data, located.file, located.lineOf, expectedId);
  const seen = new Set(problems.map((p) => `${p.line}:${p.message}`));
  const armCheck = (lesson: Lesson, lineOf: LocatedYaml<Lesson>['lineOf']) => checkPlain(lesson, located.file, lineOf);
  return [...problems, ...checkVariants(located, armCheck, seen)];
}

function checkPlain(
  lesson: Lesson,
  file: string,
  lineOf: (path: readonly PathKey[]) => number,
  expectedId?: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (path: (string | number)[], message: string) => problems.push({ file, line: lineOf(path), message });

  if (expectedId !== undefined && lesson.id !== expectedId) {
    add(
      ['id'],
      `id "${lesson.id}" must match the file name; ` +
        `rename the file to ${lesson.id}.yaml or change the id to "${expectedId}"`,
    );
  }
  const stepIds = new Set<string>();
  lesson.steps.forEach((step, i) => {
    if (stepIds.has(step.id)) add(['steps', i, 'id'], `duplicate step id "${step.id}"; give each step its own id`);
    stepIds.add(step.id);
  });
  const known = (target: string) => target === QUIZ_TARGET || stepIds.has(target);
  const hint = `use one of: ${[...stepIds, QUIZ_TARGET].join(', ')}`;
  const reachable = new Set<string>();
  lesson.steps.forEach((step, i) => {
    if (step.next !== undefined && step.choices !== undefined) {
      add(['steps', i, 'next'], 'a step has either `next:` or `choices:`, not both; move `next` into the choices');
    }
    if (step.next !== undefined && !known(step.next)) add(['steps', i, 'next'], `unknown step "${step.next}"; ${hint}`);
    step.choices?.forEach((choice, c) => {
      if (!known(choice.next)) add(['steps', i, 'choices', c, 'next'], `unknown step "${choice.next}"; ${hint}`);
      reachable.add(choice.next);
      const bytes = Buffer.byteLength(
        encodePayload({ kind: 'choice', lessonId: lesson.id, stepId: step.id, index: c }),
      );
      if (bytes > MAX_PAYLOAD_BYTES)
        add(['steps', i, 'id'], `lesson and step ids are too long for a button (${bytes} bytes); shorten them`);
    });
    if (step.simpler !== undefined && step.simpler.trim() === step.text.trim())
      add(['steps', i, 'simpler'], '`simpler:` repeats `text:`; say it in plainer words, or remove it');
    if (step.next !== undefined) reachable.add(step.next);
    else if (step.choices === undefined) reachable.add(lesson.steps[i + 1]?.id ?? QUIZ_TARGET);
  });
  lesson.steps.slice(1).forEach((step, i) => {
    if (!reachable.has(step.id))
      add(
        ['steps', i + 1, 'id'],
        `step "${step.id}" can never be reached; point a \`next:\` or a choice at it, or remove it`,
      );
  });
  const questionIds = new Set<string>();
  lesson.quiz.forEach((q, i) => {
    if (questionIds.has(q.id)) add(['quiz', i, 'id'], `duplicate question id "${q.id}"; give each question its own id`);
    questionIds.add(q.id);
    const correct = q.options.filter((o) => o.correct === true).length;
    if (correct !== 1) {
      add(['quiz', i, 'options'], `a quiz question needs exactly one option with \`correct: true\` (found ${correct})`);
    }
  });
  lesson.precheck.forEach((q, i) => {
    const correct = q.options.filter((o) => o.correct === true).length;
    if (correct !== 1)
      add(
        ['precheck', i, 'options'],
        `a check question needs exactly one option with \`correct: true\` (found ${correct})`,
      );
    if (q.mirrors !== undefined && !questionIds.has(q.mirrors))
      add(
        ['precheck', i, 'mirrors'],
        `unknown quiz question "${q.mirrors}"; name the quiz question that tests the same skill ` +
          `(${[...questionIds].join(', ')})`,
      );
  });
  if (lesson.precheck.length > 0 && lesson.steps[0]?.choices)
    add(
      ['precheck'],
      'the check is offered under the first step, which must not have `choices:`; add a short first step',
    );
  return problems;
}
