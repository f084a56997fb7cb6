import type { Content } from '../../core/content/content.ts';
import { command, encodePayload } from '../../core/flows/payload.ts';
import { personalize } from '../../core/flows/personalize.ts';
import type { Learner } from '../../core/learners/learner.ts';
import { dueReviews } from '../../core/learners/review.ts';
import type { Choice, OutboundPart } from '../../core/message.ts';

/** The lesson menu: lessons first (so "1" is always the first lesson), then the main actions. */
export function menuView(learner: Learner, content: Content, today: string, intro?: string): OutboundPart {
  const lessons: Choice[] = content.lessons.map((lesson) => ({
    label: `${learner.lessons[lesson.id]?.completedAt ? '✅' : '📘'} ${lesson.title}`,
    payload: encodePayload({ kind: 'lesson', lessonId: lesson.id }),
  }));
  const actions: Choice[] = [];
  if (learner.position) actions.push({ label: '▶️ Học tiếp', payload: command('resume') });
  const due = dueReviews(learner, today).length;
  if (due > 0) actions.push({ label: `🔁 Ôn tập (${due} câu)`, payload: command('review') });
  actions.push({ label: '📊 Tiến độ', payload: command('progress') });
  actions.push({ label: '❓ Hỏi đáp', payload: command('ask') });
  actions.push({ label: '⏰ Nhắc học mỗi ngày', payload: command('remind') });
  const text = intro ?? personalize('{xung_ho} muốn học bài nào ạ? Chọn một bài dưới đây:', learner);
  return { type: 'choices', text, choices: [...lessons, ...actions] };
}
