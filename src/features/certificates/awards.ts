import type { Content } from '../../core/content/content.ts';
import type { Learner } from '../../core/learners/learner.ts';
import type { Reply } from '../../core/message.ts';
import type { Decision, Feature } from '../../core/router/feature.ts';
import { ASK_NAME, allLessonsDone } from './feature.ts';
import { certificateState, withCertificateState } from './record.ts';
import type { Award, CertificateService } from './service.ts';
import { personalize } from '../../core/flows/personalize.ts';

function newlyCompleted(before: Learner, after: Learner): string[] {
  return Object.entries(after.lessons)
    .filter(([id, rec]) => rec.completedAt && rec.completedAt !== before.lessons[id]?.completedAt)
    .map(([id]) => id);
}

/**
 * Wraps the lesson flow: a lesson just finished earns its badge (sent as a picture after the
 * lesson's last message), and the last lesson the course certificate, once the learner has
 * chosen the name to print on it (asked right then).
 */
export function withAwards(lessons: Feature, service: CertificateService, content: Content): Feature {
  return {
    ...lessons,
    decide(ctx) {
      const decision = lessons.decide(ctx);
      if (!decision?.learner) return decision;
      const finished = newlyCompleted(ctx.learner, decision.learner);
      if (finished.length === 0) return decision;
      let learner = decision.learner;
      let state = certificateState(learner);
      const awards: Array<{ award: Award; code: string }> = [];
      for (const lessonId of finished) {
        const award: Award = { kind: 'badge', lessonId };
        const code = service.codeOf(learner, award);
        state = { ...state, badges: { ...state.badges, [lessonId]: code } };
        awards.push({ award, code });
      }
      let ask: Reply = [];
      if (allLessonsDone(learner, content) && !state.course) {
        if (state.name) {
          const code = service.codeOf(learner, { kind: 'course' });
          state = { ...state, course: code };
          awards.push({ award: { kind: 'course' }, code });
        } else {
          state = { ...state, asking: 'name' };
          ask = [
            {
              type: 'text',
              text: personalize(
                `🎓 Chúc mừng {xung_ho}! {xung_ho} đã học xong tất cả ${content.lessons.length} bài! ${ASK_NAME}`,
                learner,
              ),
            },
          ];
        }
      }
      learner = withCertificateState(learner, state);
      const inner = decision.after;
      const next: Decision = {
        ...decision,
        learner,
        after: async (saved) => {
          const first = (await inner?.(saved)) ?? [];
          const pictures: Reply = [];
          for (const { award, code } of awards) pictures.push(...(await service.send(saved, award, code)));
          return [...first, ...pictures, ...ask];
        },
      };
      return next;
    },
  };
}
