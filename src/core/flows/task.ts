import type { Lesson } from '../content/lesson-schema.ts';
import type { Learner, LessonRecord, TaskAnswer } from '../learners/learner.ts';
import type { OutboundPart } from '../message.ts';
import { encodePayload } from './payload.ts';
import { personalize } from './personalize.ts';

/** The answers to "Bác đã tự làm được chưa?", in the order of the buttons. */
export const TASK_ANSWERS: readonly TaskAnswer[] = ['done', 'help', 'not-tried'];

const LABELS: Record<TaskAnswer, string> = {
  done: '✅ Đã làm được',
  help: '🙋 Chưa, cần giúp',
  'not-tried': '⏳ Chưa thử',
};

/** Whether the learner has said, at once or later, that they did the lesson's real task. */
export function taskDone(record: LessonRecord | undefined): boolean {
  return record?.task === 'done' || record?.taskDoneAt !== undefined;
}

/**
 * The question about the lesson's real task, asked once the quiz is done; asked again (at the end
 * of a review or of the lesson taken again) while the learner has not said it is done.
 */
export function renderTaskQuestion(lesson: Lesson, learner: Learner): OutboundPart {
  const again = learner.lessons[lesson.id]?.task !== undefined;
  const text = again
    ? `🙌 Việc thật của bài "${lesson.title}": ${lesson.task ?? lesson.title}.\n` +
      'Lần trước {xung_ho} chưa làm được. Giờ {xung_ho} đã tự làm được chưa ạ?'
    : `🙌 Việc thật của bài này: ${lesson.task ?? lesson.title}.\n{xung_ho} đã tự làm được chưa ạ?`;
  return {
    type: 'choices',
    text: personalize(text, learner),
    choices: TASK_ANSWERS.map((answer, i) => ({
      label: LABELS[answer],
      payload: encodePayload({ kind: 'task', lessonId: lesson.id, option: i }),
    })),
  };
}

/**
 * Keeps the first answer about the task on the lesson's record (and when it was first done) and
 * leaves the question.
 */
export function answerTask(learner: Learner, lessonId: string, answer: TaskAnswer, now: Date): Learner {
  const { position: _asked, ...rest } = learner;
  const record = rest.lessons[lessonId];
  if (!record) return rest;
  const first = record.task === undefined ? { task: answer } : {};
  const done = answer === 'done' && !taskDone(record) ? { taskDoneAt: now.toISOString() } : {};
  return { ...rest, lessons: { ...rest.lessons, [lessonId]: { ...record, ...first, ...done } } };
}
