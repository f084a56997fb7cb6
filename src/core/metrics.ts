/**
 * What the core and adapters report for /metrics. The prom-client implementation lives in
 * src/app/metrics.ts; tests and the terminal chat use {@link noMetrics}.
 */
export interface Metrics {
  /** An inbound update handled, by channel and inbound kind. */
  updateHandled(channel: string, kind: string, seconds: number): void;
  /** A reply to a free-form question, by what produced it (safety, knowledge, llm, fallback). */
  answerGiven(kind: string): void;
  /** One LLM call: outcome `ok`, `timeout`, `rate_limited`, `error`… */
  llmCall(outcome: string, seconds: number): void;
  /** A message sent or failed through a channel, by reason (`sent`, `blocked`, `outside_window`…). */
  messageSent(channel: string, outcome: string): void;
}

export const noMetrics: Metrics = {
  updateHandled: () => undefined,
  answerGiven: () => undefined,
  llmCall: () => undefined,
  messageSent: () => undefined,
};
