import { z } from 'zod';
import { zaloId } from '../ids.ts';

/** A Bot API message. Unknown fields pass through; only what we read is checked. */
export const botMessageSchema = z.looseObject({
  message_id: zaloId.optional(),
  date: z.union([z.number(), z.string()]).optional(),
  text: z.string().optional(),
  caption: z.string().optional(),
  photo_url: z.string().optional(),
  sticker: z.string().optional(),
  chat: z.looseObject({ id: zaloId, chat_type: z.string().optional() }),
  from: z.looseObject({ id: zaloId, display_name: z.string().optional(), is_bot: z.boolean().optional() }).optional(),
});

/** One update (`message.text.received`, `message.image.received`, …). */
export const botUpdateSchema = z.looseObject({
  event_name: z.string().min(1),
  message: botMessageSchema.optional(),
});

export type BotUpdate = z.infer<typeof botUpdateSchema>;

/** The envelope of every Bot API response: `{ ok, result?, error_code?, description? }`. */
export const botEnvelopeSchema = z.looseObject({
  ok: z.boolean(),
  result: z.unknown().optional(),
  error_code: z.coerce.number().optional(),
  description: z.string().optional(),
});

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const unwrap = (item: unknown): unknown =>
  isRecord(item) && item['ok'] === true && 'result' in item ? item['result'] : item;
const listOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);

/**
 * Reads updates from a webhook body or a `getUpdates` result, in any of the forms seen:
 * a flat update, `{ok, result: update}`, or a list of either (`{ok, result: [update…]}`).
 * Invalid items are dropped. Lists are opened two levels deep at most, without recursion,
 * so a body of nested arrays is simply no update.
 */
export function readUpdates(raw: unknown): BotUpdate[] {
  const items = listOf(raw)
    .flatMap((item) => listOf(unwrap(item)))
    .map(unwrap);
  return items.flatMap((item) => {
    const parsed = botUpdateSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}
