import type { ChannelName, ConversationId } from '../../src/core/message.ts';
import { fakeChannel, type FakeChannel } from './fake-channel.ts';

/** A recording channel that can also edit a message in place, as Telegram can. */
export interface FakeEditableChannel extends FakeChannel {
  /** Messages sent with `sendEditable`, with the text they have now. */
  readonly editables: Array<{ to: ConversationId; handle: string; text: string }>;
  /** Every edit, in order. */
  readonly edits: Array<{ to: ConversationId; handle: string; text: string }>;
  sendEditable(to: ConversationId, text: string): Promise<string>;
  editText(to: ConversationId, handle: string, text: string): Promise<void>;
}

export function fakeEditableChannel(
  name: ChannelName = 'telegram',
  options: { sendDelayMs?: number } = {},
): FakeEditableChannel {
  const editables: FakeEditableChannel['editables'] = [];
  const edits: FakeEditableChannel['edits'] = [];
  return Object.assign(fakeChannel(name, options), {
    editables,
    edits,
    async sendEditable(to: ConversationId, text: string) {
      const handle = `m${editables.length + 1}`;
      editables.push({ to, handle, text });
      return handle;
    },
    async editText(to: ConversationId, handle: string, text: string) {
      const message = editables.find((m) => m.to === to && m.handle === handle);
      if (!message) throw new Error('message to edit not found');
      message.text = text;
      edits.push({ to, handle, text });
    },
  });
}
