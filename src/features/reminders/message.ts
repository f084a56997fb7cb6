import type { Content } from '../../core/content/content.ts';
import { command, encodePayload } from '../../core/flows/payload.ts';
import { personalize } from '../../core/flows/personalize.ts';
import type { Learner } from '../../core/learners/learner.ts';
import { dueReviews } from '../../core/learners/review.ts';
import { currentStreak } from '../../core/learners/streak.ts';
import type { Choice, Reply } from '../../core/message.ts';

/**
 * The daily reminder: one short message with the most useful next step (the lesson in
 * progress, else one question due for review, else the next new lesson), the streak, and a
 * button to continue.
 */
export function reminderMessage(learner: Learner, content: Content, today: string): Reply {
  const lines = [`⏰ ${personalize('{xung_ho} ơi, đến giờ học mỗi ngày rồi ạ!', learner)}`];
  const choices: Choice[] = [];
  const pos = learner.position;
  // A lesson just finished, waiting only for "Bác đã tự làm được chưa?", is not one to go on with.
  const lesson = pos && pos.mode !== 'review' && pos.mode !== 'task' ? content.lesson(pos.lessonId) : undefined;
  const review = dueReviews(learner, today)
    .map((item) => ({ item, question: content.lesson(item.lessonId)?.quiz.find((q) => q.id === item.questionId) }))
    .find((r) => r.question !== undefined);
  const next = content.lessons.find((l) => !learner.lessons[l.id]?.completedAt);

  if (pos?.mode === 'review' || (lesson && pos)) {
    const what =
      pos.mode === 'quiz'
        ? `bài kiểm tra nhỏ của bài "${lesson?.title}"`
        : pos.mode === 'review'
          ? 'phần ôn tập'
          : `bài "${lesson?.title}"`;
    lines.push(personalize(`Mình làm tiếp ${what} nhé, chỉ vài phút thôi ạ.`, learner));
    choices.push({ label: '▶️ Học tiếp', payload: command('resume') });
  } else if (review?.question) {
    lines.push(personalize('Hôm nay có một câu {xung_ho} cần ôn lại:', learner), `❓ ${review.question.question}`);
    choices.push({ label: '🔁 Trả lời câu này', payload: command('review') });
  } else if (next) {
    lines.push(personalize(`Bài mới đang chờ {xung_ho}: "${next.title}".`, learner));
    choices.push({ label: '📘 Học bài này', payload: encodePayload({ kind: 'lesson', lessonId: next.id }) });
  } else {
    lines.push(
      personalize('{xung_ho} đã học xong tất cả các bài rồi, giỏi quá! Mình ôn lại một bài cho nhớ nhé.', learner),
    );
    choices.push({ label: '📚 Xem bài học', payload: command('menu') });
  }
  const streak = currentStreak(learner, today);
  lines.push(
    streak > 0
      ? `🔥 ${personalize(`{xung_ho} đã học ${streak} ngày liên tiếp. Học hôm nay để giữ chuỗi nhé!`, learner)}`
      : '🌱 Học một chút hôm nay để bắt đầu chuỗi ngày học nhé!',
  );
  choices.push({ label: '⏰ Đổi giờ nhắc', payload: command('remind') });
  return [{ type: 'choices', text: lines.join('\n'), choices }];
}
