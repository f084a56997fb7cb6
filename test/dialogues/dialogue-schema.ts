import { z } from 'zod';

const words = z.array(z.string().min(1)).default([]);

/** One thing the learner types, and what the reply must and must not contain (folded). */
const turnSchema = z.strictObject({
  say: z.string(),
  expect: words,
  not: words,
  /** Move the clock forward this many days before the message. */
  laterDays: z.number().int().min(1).max(30).optional(),
  /** The learner record after the reply. `null`: the field is absent. */
  learner: z
    .strictObject({
      subscribed: z.boolean().optional(),
      honorific: z.string().nullable().optional(),
      ward: z.string().nullable().optional(),
      position: z.enum(['lesson', 'quiz', 'review', 'precheck', 'task']).nullable().optional(),
      /** Daily reminder: "HH:MM" when on, "off" when turned off, null when never set. */
      reminder: z.string().nullable().optional(),
    })
    .optional(),
});

/**
 * `test/dialogues/*.yaml`: a scripted conversation run through the console channel. `start`
 * is `new` (a first contact) or `onboarded` (called "bác", ward skipped, menu shown).
 * `covers` names what the dialogue proves (typed-option, yes-no, dung, stop, everyday,
 * onboarding, review, handoff, labels, explain), for the summary.
 */
export const dialogueSchema = z.strictObject({
  title: z.string().min(5),
  covers: z
    .array(
      z.enum([
        'typed-option',
        'yes-no',
        'dung',
        'stop',
        'everyday',
        'onboarding',
        'review',
        'handoff',
        'labels',
        'explain',
      ]),
    )
    .min(1),
  start: z.enum(['new', 'onboarded']).default('onboarded'),
  turns: z.array(turnSchema).min(1),
});

export type Dialogue = z.infer<typeof dialogueSchema>;
