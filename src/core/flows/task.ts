import type { Lesson } from '../content/lesson-schema.ts';
import type { Learner, TaskAnswer } from '../learners/learner.ts';
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

/** The question about the lesson's real task, asked once the quiz is done. */
export function renderTaskQuestion(lesson: Lesson, learner: Learner): OutboundPart {
  return {
    type: 'choices',
    text: personalize(
      `🙌 Việc thật của bài này: ${lesson.task ?? lesson.title}.\n{xung_ho} đã tự làm được chưa ạ?`,
      learner,
    ),
    choices: TASK_ANSWERS.map((answer, i) => ({
      label: LABELS[answer],
      payload: encodePayload({ kind: 'task', lessonId: lesson.id, option: i }),
    })),
  };
}

/** Keeps the first answer about the task on the lesson's record and leaves the question. */
export function answerTask(learner: Learner, lessonId: string, answer: TaskAnswer): Learner {
  const { position: _asked, ...rest } = learner;
  const record = rest.lessons[lessonId];
  if (!record || record.task !== undefined) return rest;
  return { ...rest, lessons: { ...rest.lessons, [lessonId]: { ...record, task: answer } } };
}
