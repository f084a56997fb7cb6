import { z } from 'zod';

/**
 * `flows/wards.yaml`: the wards and communes a deployment serves, by their proper names. Their
 * codes (`phuong-yen-hoa`) come from the names, so a QR link, an invite or a learner typing
 * "phuong yen hoa" all show "Phường Yên Hòa".
 */
export const wardsFileSchema = z.strictObject({
  wards: z
    .array(
      z.strictObject({
        name: z
          .string()
          .trim()
          .min(2, 'write the full name, e.g. Phường Yên Hòa')
          .max(60, 'keep the name under 60 characters')
          .refine((n) => !/\d{5,}/.test(n), 'a ward name has no long numbers'),
      }),
    )
    .default([]),
});

export type WardsFile = z.infer<typeof wardsFileSchema>;
