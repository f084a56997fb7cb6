import type { Lesson } from '../../core/content/lesson-schema.ts';
import type { Store } from '../../core/store.ts';
import { gainKeys } from './gain-store.ts';

/** A share with what it is made of: `right` of `total` answers, from `n` learners (or answers). */
export interface Share {
  right: number;
  total: number;
  n: number;
  /** right / total, undefined without answers. */
  rate: number | undefined;
}

/** Before, after, review and task-done figures of one lesson in one ward (or all). */
export interface LessonGain {
  lessonId: string;
  title: string;
  /** The check before the lesson; `n` learners who answered it. */
  before: Share & { skipped: number };
  /** The quiz after, first completion; `n` learners. */
  after: Share;
  /** Spaced reviews at first try; `n` answers; by days since scheduled (1, 3, 7). */
  review: Share & { byDays: Record<string, Share> };
  /** "Đã làm được" as the first answer to "Bác đã tự làm được chưa?"; `n` learners who answered. */
  task: Share & { help: number; notTried: number };
  /**
   * Done eventually: the same learners, those who said "Đã làm được" at once or later (asked again
   * after a review or the lesson again, or on the old question's button); each counts once.
   */
  taskEventually: Share & { afterHelp: number; afterNotTried: number };
}

const share = (right: number, total: number, n: number): Share => ({
  right,
  total,
  n,
  rate: total > 0 ? right / total : undefined,
});

/** Days of the spaced reviews, as the review schedule keeps them. */
export const REVIEW_DAYS = ['1', '3', '7'] as const;

/** Reads the counters of each lesson: one read per lesson whatever the number of learners. */
export async function readLearningGain(store: Store, lessons: readonly Lesson[], ward: string): Promise<LessonGain[]> {
  return Promise.all(
    lessons.map(async (lesson) => {
      const c = await store.counters(gainKeys.counters(ward, lesson.id));
      const f = (field: string) => c[field] ?? 0;
      const byDays = Object.fromEntries(
        REVIEW_DAYS.map((d) => [d, share(f(`review:${d}d:right`), f(`review:${d}d:n`), f(`review:${d}d:n`))]),
      );
      return {
        lessonId: lesson.id,
        title: lesson.title,
        before: { ...share(f('pre:right'), f('pre:total'), f('pre:n')), skipped: f('pre:skipped') },
        after: share(f('post:right'), f('post:total'), f('post:n')),
        review: { ...share(f('review:right'), f('review:n'), f('review:n')), byDays },
        task: {
          ...share(f('task:done'), f('task:n'), f('task:n')),
          help: f('task:help'),
          notTried: f('task:not-tried'),
        },
        taskEventually: {
          ...share(f('task:done') + f('task:later'), f('task:n'), f('task:n')),
          afterHelp: f('task:later:help'),
          afterNotTried: f('task:later:not-tried'),
        },
      };
    }),
  );
}

/** A share in whole percent, or '' without answers. */
export const percent = (s: Share): number | '' => (s.rate === undefined ? '' : Math.round(s.rate * 100));

function cell(value: string | number): string {
  const s = String(value);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per lesson: each figure in percent with its n, then the review by days. */
export function learningGainCsv(rows: readonly LessonGain[], ward: string): string {
  const head = [
    'phuong',
    'bai',
    'truoc_phan_tram',
    'truoc_n',
    'truoc_bo_qua',
    'sau_phan_tram',
    'sau_n',
    'on_tap_phan_tram',
    'on_tap_n',
    ...REVIEW_DAYS.flatMap((d) => [`on_tap_${d}_ngay_phan_tram`, `on_tap_${d}_ngay_n`]),
    'tu_lam_duoc_phan_tram',
    'tu_lam_n',
    'can_giup',
    'chua_thu',
    'lam_duoc_sau_cung_phan_tram',
    'lam_duoc_sau_cung_n',
    'can_giup_roi_lam_duoc',
    'chua_thu_roi_lam_duoc',
  ];
  const lines = rows.map((r) => [
    ward,
    r.lessonId,
    percent(r.before),
    r.before.n,
    r.before.skipped,
    percent(r.after),
    r.after.n,
    percent(r.review),
    r.review.n,
    ...REVIEW_DAYS.flatMap((d) => [percent(r.review.byDays[d]!), r.review.byDays[d]!.n]),
    percent(r.task),
    r.task.n,
    r.task.help,
    r.task.notTried,
    percent(r.taskEventually),
    r.taskEventually.n,
    r.taskEventually.afterHelp,
    r.taskEventually.afterNotTried,
  ]);
  return `${[head, ...lines].map((r) => r.map(cell).join(',')).join('\n')}\n`;
}

/** What the dashboard reads of the learning gain. */
export interface LearningGainReport {
  /** One entry per lesson, in menu order, for a ward or `*` (every ward). */
  report(ward: string): Promise<LessonGain[]>;
}

export function createLearningGainReport(
  store: Store,
  content: { readonly lessons: readonly Lesson[] },
): LearningGainReport {
  return { report: (ward) => readLearningGain(store, content.lessons, ward) };
}
