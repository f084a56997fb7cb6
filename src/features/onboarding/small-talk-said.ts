import type { TalkFile } from '../../core/content/talk-schema.ts';
import type { TurnContext } from '../../core/router/feature.ts';
import { talkTogether } from '../../core/text/talk-together.ts';

type TalkReply = TalkFile['replies'][number];

// The router hands `decide` and `again` the same context for a message: both ask, it is read once.
const read = new WeakMap<TurnContext, { reply: TalkReply | undefined }>();

/**
 * The small talk a message is made of ("cảm ơn cháu" → thanks, "… tạm biệt cháu" → goodbye), read
 * once per message; undefined when it says anything more.
 */
export function smallTalkSaid(ctx: TurnContext): TalkReply | undefined {
  const known = read.get(ctx);
  if (known) return known.reply;
  const reply = talkTogether(ctx.folded, ctx.content.talk.talk);
  read.set(ctx, { reply });
  return reply;
}
