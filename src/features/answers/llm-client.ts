/** One chat message for an LLM. */
export interface LlmMessage {
  role: 'system' | 'user';
  content: string;
}

/**
 * What the answering core needs from a language model: an OpenAI-compatible chat completion
 * and speech-to-text. Implementations throw on any failure (timeout, 429, 5xx, bad response);
 * callers fall back to the offline answer.
 */
export interface LlmClient {
  /**
   * The assistant's reply text for the messages. `timeoutMs` shortens the client's own limit for
   * this call (a short classification need not wait as long as an answer).
   */
  complete(messages: LlmMessage[], options?: { maxTokens?: number; timeoutMs?: number }): Promise<string>;
  /** The text spoken in an audio clip (Vietnamese expected). */
  transcribe(audio: Uint8Array, options: { mimeType: string; language?: string }): Promise<string>;
}
