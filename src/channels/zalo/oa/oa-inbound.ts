import { decodePayload } from '../../../core/flows/payload.ts';
import { conversationId, type Inbound, type InboundKind } from '../../../core/message.ts';
import type { OaEvent } from './oa-schemas.ts';

/** Voice notes larger than this are not downloaded. */
const MAX_AUDIO_BYTES = 20 * 1024 * 1024;

const MESSAGE_KINDS: Record<string, InboundKind> = {
  user_send_text: 'text',
  user_send_image: 'image',
  user_send_gif: 'sticker',
  user_send_sticker: 'sticker',
  user_send_file: 'file',
  user_send_audio: 'voice',
  user_send_location: 'location',
};

const AUDIO_TYPES: Record<string, string> = {
  aac: 'audio/aac',
  m4a: 'audio/mp4',
  mp3: 'audio/mpeg',
  amr: 'audio/amr',
  ogg: 'audio/ogg',
  wav: 'audio/wav',
};

function audio(url: string): NonNullable<Inbound['voice']> {
  const extension = new URL(url).pathname.split('.').pop()?.toLowerCase() ?? '';
  return {
    mimeType: AUDIO_TYPES[extension] ?? 'audio/aac',
    async fetch() {
      const res = await fetch(url, { signal: AbortSignal.timeout(20_000) });
      if (!res.ok) throw new Error(`voice download failed: HTTP ${res.status}`);
      const bytes = new Uint8Array(await res.arrayBuffer());
      if (bytes.byteLength > MAX_AUDIO_BYTES) throw new Error('voice note too large');
      return bytes;
    },
  };
}

/**
 * Normalises an OA webhook event. A pressed `oa.query.hide` button comes back as the user's
 * text; when it is one of our payloads it becomes a `button` inbound. Events that are not a
 * user's message, follow or unfollow (the OA's own sends, "seen" receipts…) give undefined.
 */
export function oaInbound(event: OaEvent, receivedAt: Date): Inbound | undefined {
  const name = event.event_name;
  if (name === 'follow' || name === 'unfollow') {
    const userId = event.follower?.id ?? event.sender?.id;
    return userId ? { conversationId: conversationId('zalooa', userId), kind: name, receivedAt } : undefined;
  }
  if (!name.startsWith('user_send_') || !event.sender) return undefined;
  const kind = MESSAGE_KINDS[name] ?? 'unknown';
  const base: Inbound = {
    conversationId: conversationId('zalooa', event.sender.id),
    kind,
    receivedAt,
    ref: { msgId: event.message?.msg_id },
  };
  if (kind === 'text') {
    const text = event.message?.text ?? '';
    return decodePayload(text.trim()) ? { ...base, kind: 'button', payload: text.trim() } : { ...base, text };
  }
  if (kind === 'voice') {
    const url = event.message?.attachments?.[0]?.payload?.url;
    if (!url || !URL.canParse(url)) return { ...base, kind: 'unknown' };
    return { ...base, voice: audio(url) };
  }
  return base;
}
