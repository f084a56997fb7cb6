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
  /**
   * Step counters of a lesson: `reach:<step>` (arrivals), and for all wards also `at:<step>` (there
   * now). The all-wards figures keep the key they had when the funnel was global.
   */
  funnel: (ward: string, lessonId: string) =>
    ward === ALL_WARDS ? `funnel:${lessonId}` : `stats:${ward}:funnel:${lessonId}`,
  /** Learners of a ward now at a lesson step: a set, so one who was there before wards were counted leaves no trace. */
  atStep: (ward: string, lessonId: string, stepId: string) => `stats:${ward}:at:${lessonId}:${stepId}`,
  /** Wrong answers per quiz question of a lesson; all wards keep the key of the global counters. */
  quizMisses: (ward: string, lessonId: string) =>
    ward === ALL_WARDS ? `quizmiss:${lessonId}` : `stats:${ward}:quizmiss:${lessonId}`,
  wards: () => 'stats:wards',
} as const;

/** Settings key of the campaign targets. */
export const TARGETS_KEY = 'settings:targets';
