import { z } from 'zod';

/**
 * The parts of a Telegram Update the channel reads, validated at runtime: webhook bodies are
 * untrusted input, so nothing is assumed from the Bot API types alone. Unknown fields are
 * dropped; a present-but-malformed field makes that part of the update unusable, not a crash.
 */
const user = z.object({
  id: z.number().int(),
  is_bot: z.boolean().optional(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  username: z.string().optional(),
});

const chat = z.object({ id: z.number().int(), type: z.string() });

const entity = z.object({
  type: z.string(),
  offset: z.number().int(),
  length: z.number().int(),
  user: user.optional(),
});

const inlineKeyboard = z.object({
  inline_keyboard: z.array(z.array(z.object({ text: z.string(), callback_data: z.string().optional() }))),
});

export const messageSchema = z.object({
  message_id: z.number().int(),
  date: z.number().optional(),
  chat,
  from: user.optional(),
  text: z.string().optional(),
  caption: z.string().optional(),
  entities: z.array(entity).optional().catch(undefined),
  reply_to_message: z
    .object({
      from: user.optional(),
      text: z.string().optional().catch(undefined),
      caption: z.string().optional().catch(undefined),
    })
    .optional()
    .catch(undefined),
  reply_markup: inlineKeyboard.optional().catch(undefined),
  voice: z
    .object({
      file_id: z.string(),
      duration: z.number().optional(),
      mime_type: z.string().optional(),
      file_size: z.number().optional(),
    })
    .optional(),
  photo: z.unknown().optional(),
  sticker: z.unknown().optional(),
  animation: z.unknown().optional(),
  dice: z.unknown().optional(),
  document: z.unknown().optional(),
  video: z.unknown().optional(),
  video_note: z.unknown().optional(),
  audio: z.unknown().optional(),
  location: z.unknown().optional(),
  venue: z.unknown().optional(),
});

export const callbackQuerySchema = z.object({
  id: z.string(),
  from: user,
  data: z.string().optional(),
  /** Absent for inline-mode messages; an "inaccessible message" (date 0, no text) when too old. */
  message: z
    .object({
      message_id: z.number().int(),
      date: z.number().optional(),
      chat,
      text: z.string().optional(),
      reply_markup: inlineKeyboard.optional().catch(undefined),
    })
    .optional(),
});

/** The envelope every update must have; the rest is parsed field by field. */
export const updateEnvelopeSchema = z.looseObject({ update_id: z.number().int().nonnegative() });

export type TgMessage = z.infer<typeof messageSchema>;
export type TgCallbackQuery = z.infer<typeof callbackQuerySchema>;
export type TgUser = z.infer<typeof user>;
export type UpdateEnvelope = z.infer<typeof updateEnvelopeSchema>;
