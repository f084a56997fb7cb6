import type { Lesson } from '../content/lesson-schema.ts';
import type { Learner, LessonRecord } from '../learners/learner.ts';
import type { Choice, OutboundPart } from '../message.ts';
import { encodePayload } from './payload.ts';
import { personalize } from './personalize.ts';

/** Label of the button that leaves the check before the lesson. */
export const SKIP_LABEL = '⏭️ Bỏ qua';

/**
 * Whether the check before the lesson is offered now: the lesson has one, its first step asks
 * nothing (the offer rides on its buttons), and the learner has neither taken it nor skipped it.
 */
export function offersPrecheck(lesson: Lesson, record: LessonRecord | undefined): boolean {
  if (lesson.precheck.length === 0 || lesson.steps[0]?.choices) return false;
  return record === undefined || (record.precheck === 'offered' && !record.completedAt);
}

/** The line and button added under the first step when the check is offered. */
export function precheckOffer(lesson: Lesson, learner: Learner): { line: string; choice: Choice } {
  const n = lesson.precheck.length;
  return {
    line: personalize(
      `✍️ Trước khi học, {xung_ho} thử ${n} câu xem đã biết chưa nhé? Không bắt buộc ạ, bấm “Tiếp tục” là bỏ qua.`,
      learner,
    ),
    choice: { label: `✍️ Thử ${n} câu trước`, payload: encodePayload({ kind: 'pre-start', lessonId: lesson.id }) },
  };
}

/** One question of the check, with a clear "Bỏ qua" as its last option. Answers are not revealed. */
export function renderPrecheckQuestion(lesson: Lesson, index: number): OutboundPart {
  const q = lesson.precheck[index]!;
  const choices: Choice[] = q.options.map((o, i) => ({
    label: o.text,
    payload: encodePayload({ kind: 'pre', lessonId: lesson.id, question: index, option: i }),
  }));
  choices.push({ label: SKIP_LABEL, payload: encodePayload({ kind: 'pre-skip', lessonId: lesson.id }) });
  return { type: 'choices', text: `✍️ Câu ${index + 1}/${lesson.precheck.length}: ${q.question}`, choices };
}

/** Sets the check's state on the learner's record of the lesson. */
export function withPrecheck(learner: Learner, lessonId: string, state: LessonRecord['precheck']): Learner {
  const record = learner.lessons[lessonId];
  if (!record) return learner;
  return { ...learner, lessons: { ...learner.lessons, [lessonId]: { ...record, precheck: state } } };
}

/** Whether option `option` of question `index` of the check is the right one. */
export function precheckRight(lesson: Lesson, index: number, option: number): boolean | undefined {
  const q = lesson.precheck[index];
  if (!q || q.options[option] === undefined) return undefined;
  return q.options[option].correct === true;
}
