import { z } from 'zod';
import { foldedPhrase, foldedPhrases } from './folded-phrase.ts';

/** The safety classes an example may carry (as in `safety-class.ts`), plus `ordinary` for look-alikes. */
export const EXAMPLE_CLASSES = [
  'ordinary',
  'scam',
  'others-data',
  'account-takeover',
  'fake-message',
  'identity-fraud',
  'bypass-face',
  'forgery',
  'gambling',
  'loan-shark',
  'harmful-content',
  'scam-report',
  'self-harm',
  'child-abuse',
  'fire',
  'rescue',
  'violence',
  'harm-others',
  'illegal',
  'missing-person',
  'own-secret',
  'medical-emergency',
  'medical-advice',
  'legal',
] as const;

const example = z
  .string()
  .trim()
  .min(8, 'write a whole short message as a learner would type it')
  .max(200, 'keep an example under 200 characters: one situation per example');

/** The emergencies a danger told in plain words stands for, when nothing else answers (`danger-cues.ts`). */
export const CUE_CLASSES = ['medical-emergency', 'fire', 'violence'] as const;

/**
 * `cues` of `flows/safety/examples.yaml`: words of a danger happening now, read only when no rule fired and no
 * entry answers for sure. A message with a class's words and a `now` word, and no `notNow` word, gets that
 * class's emergency reply.
 */
export const dangerCuesSchema = z.strictObject({
  now: foldedPhrases,
  notNow: z.array(foldedPhrase).default([]),
  classes: z
    .array(
      z.strictObject({
        class: z.enum(CUE_CLASSES, { message: `use one of: ${CUE_CLASSES.join(', ')}` }),
        words: foldedPhrases,
      }),
    )
    .min(1, 'give at least one class of danger words'),
});

/**
 * `flows/safety/examples.yaml`: short messages labelled with a safety class, for the
 * nearest-neighbour safety net (`near-risk.ts`). `ordinary` holds benign look-alikes.
 */
export const safetyExamplesFileSchema = z.strictObject({
  cues: dangerCuesSchema.optional(),
  examples: z
    .array(
      z.strictObject({
        class: z.enum(EXAMPLE_CLASSES, {
          message: `use one of: ${EXAMPLE_CLASSES.join(', ')}`,
        }),
        says: z.array(example).min(1, 'give at least one example message'),
      }),
    )
    .min(1, 'give at least one group of examples'),
});

export type SafetyExamples = z.infer<typeof safetyExamplesFileSchema>;
export type DangerCues = z.infer<typeof dangerCuesSchema>;
export type ExampleClass = (typeof EXAMPLE_CLASSES)[number];
