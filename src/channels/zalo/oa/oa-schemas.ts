import { z } from 'zod';
import { zaloId } from '../ids.ts';

/** Every OA Open API response: `{error, message, data?}`; 0 means success. */
export const oaEnvelopeSchema = z.looseObject({
  error: z.coerce.number(),
  message: z.string().optional(),
  data: z.unknown().optional(),
});

const attachmentSchema = z.looseObject({
  type: z.string().optional(),
  payload: z.looseObject({ url: z.string().optional(), thumbnail: z.string().optional() }).optional(),
});

/** A webhook event. Only what we read is checked; unknown fields and events pass through. */
export const oaEventSchema = z.looseObject({
  event_name: z.string().min(1),
  app_id: zaloId.optional(),
  timestamp: z.union([z.string(), z.number()]).transform(String).optional(),
  sender: z.looseObject({ id: zaloId }).optional(),
  recipient: z.looseObject({ id: zaloId }).optional(),
  follower: z.looseObject({ id: zaloId }).optional(),
  message: z
    .looseObject({
      msg_id: zaloId.optional(),
      text: z.string().optional(),
      attachments: z.array(attachmentSchema).optional(),
    })
    .optional(),
});

export type OaEvent = z.infer<typeof oaEventSchema>;

/** OAuth v4 token answer; `expires_in` comes as a string ("90000"). */
export const oaTokenResponseSchema = z.looseObject({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  expires_in: z.union([z.string(), z.number()]).transform(Number).pipe(z.number().positive()),
});

/** OAuth v4 error answer (shape varies; every field optional). */
export const oaOAuthErrorSchema = z.looseObject({
  error: z.coerce.number().optional(),
  error_name: z.string().optional(),
  error_reason: z.string().optional(),
  error_description: z.string().optional(),
  message: z.string().optional(),
});
