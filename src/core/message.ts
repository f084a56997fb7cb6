/**
 * Channel-agnostic message model. Channel adapters turn platform updates into an
 * {@link Inbound} and render {@link OutboundPart}s in their own way (buttons on
 * Telegram and Zalo OA, numbered text on the Zalo Bot API and the terminal).
 */

/** Which adapter a conversation lives on; the prefix of every conversation id. */
export type ChannelName = 'console' | 'telegram' | 'zalo' | 'zalooa' | 'web';

/** Namespaced conversation id, e.g. `telegram:123`, `zalo:6ede…`, `console:local`. */
export type ConversationId = string;

export function conversationId(channel: ChannelName, platformId: string | number): ConversationId {
  return `${channel}:${String(platformId)}`;
}

export function channelOf(id: ConversationId): ChannelName {
  const prefix = id.slice(0, id.indexOf(':'));
  return prefix as ChannelName;
}

export type InboundKind =
  | 'text'
  | 'button'
  | 'voice'
  | 'image'
  | 'sticker'
  | 'file'
  | 'location'
  | 'follow'
  | 'unfollow'
  | 'unknown';

/** One normalized inbound message. Platform objects never reach the core. */
export interface Inbound {
  conversationId: ConversationId;
  kind: InboundKind;
  /** User text (kind `text`), or the transcript once a voice note was transcribed. */
  text?: string;
  /** Opaque payload of a pressed button (kind `button`), produced earlier by the core. */
  payload?: string;
  /** Voice note audio, fetched lazily so the core decides whether to download it. */
  voice?: { fetch: () => Promise<Uint8Array>; mimeType: string; durationSeconds?: number };
  /** Name the platform shows for the sender; used only for greetings, never logged. */
  displayName?: string;
  /**
   * Text of the tutor's own message this one quotes (a reply to it), where the platform says so:
   * a team member replying to a question's notice answers that question.
   */
  quoted?: string;
  /** A start/deep-link payload (`/start ward-phuong-yen-hoa`). */
  startPayload?: string;
  receivedAt: Date;
  /**
   * Unique key of the platform update this came from (e.g. `telegram:<bot>:<update_id>`), when
   * the channel keeps updates durably: an update handled again after a crash is not answered twice.
   */
  updateKey?: string;
  /**
   * Channel-private context (e.g. the Telegram message a button belongs to), handed back
   * to the same channel when replying. The core never reads it and nobody changes it.
   */
  readonly ref?: unknown;
}

/** A button or numbered option. `payload` is what comes back when it is chosen. */
export interface Choice {
  label: string;
  payload: string;
}

export type OutboundPart =
  | { type: 'text'; text: string }
  /** Text followed by options: inline buttons, or "Gõ 1, 2 hoặc 3" where buttons do not exist. */
  | {
      type: 'choices';
      text: string;
      choices: Choice[];
      /**
       * Number of the first option where options are typed as numbers (default 1): options shown
       * above a lesson step that comes back continue after the step's own, so no number means two things.
       */
      first?: number;
    }
  /** A quiz question; options carry payloads like choices. */
  | { type: 'quiz'; question: string; options: Choice[]; index: number; total: number }
  /**
   * Feedback on a quiz answer. Channels that can edit the question message (Telegram)
   * show it in place; others send it as text.
   */
  | { type: 'feedback'; correct: boolean; text: string }
  /**
   * A picture: from a URL (lesson images, broadcasts), or bytes made here (`data`, a PNG chart).
   * At least one of `url` and `data` is set; when both are (a certificate served by our HTTP server),
   * channels that upload bytes send `data`, Zalo OA shows `url`, and the Zalo Bot and the terminal
   * give the link. Channels that cannot upload bytes and have no URL send the caption alone.
   */
  | { type: 'image'; url?: string; data?: Uint8Array; caption?: string }
  | { type: 'link'; url: string; title: string }
  /** A document to download (CSV export). */
  | { type: 'document'; filename: string; content: string; caption?: string };

export type Reply = OutboundPart[];
