import { z } from 'zod';

/** Limits that keep buttons usable on every channel (Telegram callback data is 64 bytes). */
export const LIMITS = {
  idLength: 24,
  labelLength: 30,
  optionLength: 40,
  stepText: 600,
  explanation: 200,
  callbackBytes: 64,
} as const;

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and dashes only, e.g. "vneid-muc-2"')
  .max(LIMITS.idLength, `ids are at most ${LIMITS.idLength} characters; shorten it`);

const url = z.url({ message: 'must be a full web address starting with https://' });
const reviewed = z.iso.date({ message: 'write the review date as YYYY-MM-DD, e.g. 2026-11-25' });

const stepFields = z.strictObject({
  id,
  text: z
    .string()
    .min(1, 'text is empty')
    .max(LIMITS.stepText, `one idea per step: keep text under ${LIMITS.stepText} characters or split the step`),
  /** The same facts in plainer, shorter words, shown when the learner says "không hiểu". */
  simpler: z
    .string()
    .trim()
    .min(1, 'simpler is empty; write the step again in plain words, or remove `simpler:`')
    .max(LIMITS.stepText, `keep simpler under ${LIMITS.stepText} characters; plain words are usually shorter`)
    .optional(),
  source: url.optional(),
  image: url.optional(),
  next: z.string().optional(),
  choices: z
    .array(
      z.strictObject({
        label: z
          .string()
          .min(1)
          .max(LIMITS.labelLength, `button labels are at most ${LIMITS.labelLength} characters; shorten the label`),
        next: z.string({ message: 'each choice needs `next:` naming the step it leads to (or `quiz`)' }),
      }),
    )
    .min(2, 'a step with choices needs at least 2 choices')
    .max(4, 'at most 4 choices fit on a phone screen')
    .optional(),
});

const weight = z
  .number({ message: 'weight is a number, e.g. 50' })
  .positive('weight must be above 0 (e.g. 50 and 50 for an even split); remove a variant to stop showing it');
const variantList = <T extends z.ZodType>(variant: T) =>
  z
    .array(variant)
    .min(2, 'an A/B test needs at least 2 variants; the first is usually the text as it is')
    .max(4, 'at most 4 variants: each needs about 100 learners before the test can tell them apart');

/** One arm of a step's A/B test: its weight and what it says instead of the step's own fields. */
export const stepVariantSchema = stepFields.omit({ id: true }).partial().extend({ id, weight });

/** A step; with `variants`, an A/B test of its wording (see docs/experiments.md). */
export const stepSchema = stepFields.extend({ variants: variantList(stepVariantSchema).optional() });

export const quizQuestionSchema = z.strictObject({
  id,
  question: z.string().min(1).max(300),
  options: z
    .array(
      z.strictObject({
        text: z
          .string()
          .min(1)
          .max(LIMITS.optionLength, `answer options are at most ${LIMITS.optionLength} characters; shorten it`),
        correct: z.boolean().optional(),
      }),
    )
    .min(2, 'a question needs 2 to 4 options')
    .max(4, 'a question needs 2 to 4 options'),
  explanation: z
    .string()
    .min(1)
    .max(LIMITS.explanation, `keep the explanation to one line (${LIMITS.explanation} characters)`),
  source: url.optional(),
});

const title = z.string().min(1).max(60, 'titles are at most 60 characters');
const summary = z.string().min(1).max(160);

/** One arm of a whole-lesson A/B test: its weight and the parts it replaces (steps, quiz, title). */
export const lessonVariantSchema = z.strictObject({
  id,
  weight,
  title: title.optional(),
  summary: summary.optional(),
  steps: z.array(stepFields).min(1, 'a lesson needs at least one step').optional(),
  quiz: z.array(quizQuestionSchema).optional(),
});

/** A question of the optional check before the lesson: like a quiz question, without the explanation. */
export const precheckQuestionSchema = quizQuestionSchema.omit({ explanation: true }).extend({
  /** The quiz question that tests the same skill, so before and after can be compared. */
  mirrors: id.optional(),
});

export const lessonSchema = z.strictObject({
  id,
  title,
  summary,
  order: z.number().int().min(0),
  reviewed,
  steps: z.array(stepSchema).min(1, 'a lesson needs at least one step'),
  quiz: z.array(quizQuestionSchema).default([]),
  /** An A/B test of the whole lesson; the first variant is usually the lesson as written. */
  variants: variantList(lessonVariantSchema).optional(),
  /** 2–3 questions offered (skippable) before the lesson, to measure what the learner knew. */
  precheck: z
    .array(precheckQuestionSchema)
    .min(2, 'a check before the lesson has 2 or 3 questions')
    .max(3, 'keep the check before the lesson to 2 or 3 questions')
    .default([]),
  /** The lesson's real task, asked at the end: "Bác đã tự làm được chưa?" (e.g. "kích hoạt VNeID"). */
  task: z.string().min(1).max(120, 'name the task in a few words (at most 120 characters)').optional(),
  /**
   * What learners may call the lesson besides its title ("lừa đảo", "chuyển tiền"): "học lừa đảo",
   * "bài chuyển tiền" open it.
   */
  askedAs: z.array(z.string().trim().min(2, 'write a word or two, e.g. "lừa đảo"').max(40)).default([]),
});

export type Step = z.infer<typeof stepSchema>;
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
export type PrecheckQuestion = z.infer<typeof precheckQuestionSchema>;
export type Lesson = z.infer<typeof lessonSchema>;
export type StepVariant = z.infer<typeof stepVariantSchema>;
export type LessonVariant = z.infer<typeof lessonVariantSchema>;
