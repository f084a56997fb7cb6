import { z } from 'zod';

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

/**
 * `flows/safety/examples.yaml`: short messages labelled with a safety class, for the
 * nearest-neighbour safety net (`near-risk.ts`). `ordinary` holds benign look-alikes.
 */
export const safetyExamplesFileSchema = z.strictObject({
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
export type ExampleClass = (typeof EXAMPLE_CLASSES)[number];
