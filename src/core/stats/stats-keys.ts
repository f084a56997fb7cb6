/** Ward key used for learners who have not said where they live. */
export const UNKNOWN_WARD = 'chua-ro';
/** Pseudo-ward that aggregates every ward. */
export const ALL_WARDS = '*';

/** Store keys of the incrementally maintained statistics, per ward (or `*` for all). */
export const statsKeys = {
  learners: (ward: string) => `stats:${ward}:learners`,
  reminders: (ward: string) => `stats:${ward}:reminders`,
  completers: (ward: string) => `stats:${ward}:completers`,
  active: (ward: string, week: string) => `stats:${ward}:active:${week}`,
  counters: (ward: string) => `stats:${ward}:counters`,
  week: (ward: string, week: string) => `stats:${ward}:week:${week}`,
  lessons: (ward: string) => `stats:${ward}:lessons`,
  /** Capped log of minutes from a question handed to the team to its first answer. */
  answerMinutes: (ward: string) => `stats:${ward}:answerMinutes`,
  funnel: (lessonId: string) => `funnel:${lessonId}`,
  quizMisses: (lessonId: string) => `quizmiss:${lessonId}`,
  wards: () => 'stats:wards',
} as const;

/** Settings key of the campaign targets. */
export const TARGETS_KEY = 'settings:targets';
