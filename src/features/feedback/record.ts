/** Kind of answer rated, as the answers feature names it (`knowledge`, `llm`, `safety`, `fallback`). */
export type RatedKind = string;

/** What one 👍/👎 rates, kept from the moment the answer was given. */
export interface RatedAnswer {
  id: string;
  /** Pseudonymous learner id (never the platform id). */
  learner: string;
  /** Ward code of the learner when answered (`chua-ro` when unknown). */
  ward: string;
  kind: RatedKind;
  /** The knowledge entry the answer is built on, if any. */
  entry?: string;
  /** The question after redaction. */
  question: string;
  /** The answer as given, shortened (model answers have no entry to look up). */
  answer: string;
  at: string;
}

/** One learner's verdict on one answer. */
export interface Vote {
  vote: 'up' | 'down';
  at: string;
}

/** Key of a rated item on the dashboard: the entry, or `~llm`-style for answers without one. */
export const entryKey = (a: Pick<RatedAnswer, 'entry' | 'kind'>): string => a.entry ?? `~${a.kind}`;

/** A 👎 question as the team sees it. */
export interface DownQuestion {
  question: string;
  answer: string;
  kind: RatedKind;
  at: string;
}

export const feedbackKeys = {
  answer: (id: string) => `fb:answer:${id}`,
  vote: (id: string) => `fb:vote:${id}`,
  why: (id: string) => `fb:why:${id}`,
  counters: (ward: string) => `fb:${ward}:counters`,
  downs: (ward: string, entry: string) => `fb:${ward}:down:${entry}`,
} as const;
