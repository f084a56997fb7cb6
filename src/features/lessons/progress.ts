import { command } from '../../core/flows/payload.ts';
import { personalize } from '../../core/flows/personalize.ts';
import { rememberChoices } from '../../core/flows/remember-choices.ts';
import { dueReviews } from '../../core/learners/review.ts';
import { currentStreak } from '../../core/learners/streak.ts';
import type { Reply } from '../../core/message.ts';
import type { Feature } from '../../core/router/feature.ts';

/** "tiến độ": lessons done, quiz scores, streak, questions waiting for review. */
export function progressFeature(): Feature {
  return {
    name: 'progress',
    decide(ctx) {
      if (ctx.command !== 'progress') return undefined;
      const { learner, content } = ctx;
      const done = content.lessons.filter((l) => learner.lessons[l.id]?.completedAt);
      const lines = [
        personalize('📊 Kết quả học của {xung_ho}:', learner),
        `• Đã học xong: ${done.length}/${content.lessons.length} bài`,
      ];
      for (const lesson of done) {
        const r = learner.lessons[lesson.id]!;
        lines.push(
          r.total
            ? `   ✅ ${lesson.title}: đúng ${r.lastScore}/${r.total} câu (cao nhất ${r.bestScore}/${r.total})`
            : `   ✅ ${lesson.title}`,
        );
      }
      const streak = currentStreak(learner, ctx.today);
      lines.push(
        streak > 0
          ? `• Chuỗi ngày học liên tiếp: 🔥 ${streak} ngày (dài nhất ${learner.streak.best} ngày)`
          : '• Chuỗi ngày học: hôm nay học một chút để bắt đầu chuỗi mới nhé!',
      );
      const due = dueReviews(learner, ctx.today).length;
      const waiting = learner.review.length;
      if (waiting > 0) lines.push(`• Câu cần ôn lại: ${waiting}${due > 0 ? ` (${due} câu ôn được hôm nay)` : ''}`);
      const reply: Reply = [
        {
          type: 'choices',
          text: lines.join('\n'),
          choices: [
            ...(learner.position ? [{ label: '▶️ Học tiếp', payload: command('resume') }] : []),
            ...(due > 0 ? [{ label: '🔁 Ôn tập', payload: command('review') }] : []),
            { label: '📚 Bài học', payload: command('menu') },
          ],
        },
      ];
      return { learner: rememberChoices(learner, reply), reply };
    },
  };
}
