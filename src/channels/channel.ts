import type { ChannelName, ConversationId, Inbound, Reply } from '../core/message.ts';
import type { ProactiveOptions, SendReceipt } from '../core/outbound/outbound-job.ts';

/** Called by a channel for each normalized inbound message; resolves when it was handled. */
export type InboundHandler = (inbound: Inbound) => Promise<void>;

export interface SendOptions extends ProactiveOptions {
  /** The inbound message this answers; lets a channel edit a quiz message in place. */
  inReplyTo?: Inbound;
  /**
   * Called after each part went out (index into the parts given), so a reply interrupted by a
   * crash resumes after the parts already sent. Channels that do not call it have the whole
   * reply recorded once `send` resolves.
   */
  onPartSent?: (index: number) => Promise<void>;
}

/**
 * What a webhook's headers alone say, before its body is read: `authenticated` (a secret header
 * matched), `unverified` (it may be genuine, but only the body can tell, e.g. a signature over
 * it) or `rejected` (answered 401 without reading the body).
 */
export type HeaderVerdict = 'authenticated' | 'unverified' | 'rejected';

/** An HTTP route a channel serves on the app's server (webhooks). */
export interface WebhookRoute {
  method: 'POST';
  path: string;
  /** Runs before the body is buffered; without it every request is `unverified`. */
  checkHeaders?(headers: Record<string, string | string[] | undefined>): HeaderVerdict;
  /** A smaller body limit than the server's, for platforms whose events are small. */
  maxBodyBytes?: number;
  /** Gets the raw body; must answer quickly and process asynchronously. */
  handle(
    headers: Record<string, string | string[] | undefined>,
    rawBody: Buffer,
  ): Promise<{ status: number; body?: string }>;
}

/**
 * One messaging platform behind a handful of members. Adapters translate platform updates
 * into {@link Inbound} and render {@link Reply} parts; they never decide what to say.
 */
export interface Channel {
  readonly name: ChannelName;
  /** Starts intake (polling, stdin, or registering a webhook) and delivers messages to `handler`. */
  start(handler: InboundHandler): Promise<void>;
  /** Stops intake and waits for in-flight messages. */
  stop(): Promise<void>;
  /**
   * Sends parts to a conversation, for replies and proactive messages alike. Failures are
   * `ChannelError` subclasses (rate limited, unreachable, transient, permanent, quota). Channels
   * whose platform bills messages (Zalo OA) say what the send cost.
   */
  send(to: ConversationId, parts: Reply, options?: SendOptions): Promise<void | SendReceipt>;
  /**
   * Sends one text message that can be edited later (live broadcast progress) and returns an
   * opaque handle for {@link Channel.editText}. Platforms that cannot edit omit both.
   */
  sendEditable?(to: ConversationId, text: string): Promise<string>;
  /** Replaces the text of a message sent with {@link Channel.sendEditable}. */
  editText?(to: ConversationId, handle: string, text: string): Promise<void>;
  /** Shows "typing…" while a slow answer is prepared, where the platform supports it. */
  typing?(to: ConversationId): Promise<void>;
  /** Webhook routes to mount on the HTTP server, when running in webhook mode. */
  routes?(): WebhookRoute[];
  /** Reachability for /healthz. */
  healthy?(): Promise<boolean>;
  /**
   * Upkeep run by the workers' minute tick, e.g. renewing credentials that would expire while
   * nobody sends. Must be cheap when there is nothing to do and safe when several processes run
   * it at once; a failure is logged as a warning and the next tick tries again.
   */
  maintain?(now: Date): Promise<void>;
}
