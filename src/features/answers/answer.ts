import type { RedactionKind } from './redact.ts';
import type { SafetyClass } from './safety-class.ts';

/** What produced an answer: a safety rule, a confident knowledge entry, the LLM, or the offline fallback. */
export type AnswerKind = 'safety' | 'knowledge' | 'llm' | 'fallback';

export interface Source {
  title: string;
  url: string;
}

/** A topic offered when the answer is not sure: a knowledge entry and a short label. */
export interface Suggestion {
  entryId: string;
  label: string;
}

/** The answer to one free-form question, independent of any channel. */
export interface Answer {
  kind: AnswerKind;
  /** What the learner reads, already personalised; source lines are added when rendering. */
  text: string;
  /** Sources the answer is based on (shown as "Nguồn: <url>"). */
  sources: Source[];
  /** The lesson that teaches the topic, offered as a button. */
  lesson?: { id: string; title: string };
  /** Closest topics, when the answer is not sure. */
  suggestions?: Suggestion[];
  /** True when the answer admits it is not sure; a volunteer is offered. */
  unsure: boolean;
  /** The knowledge entry the answer is built on (evaluation, logs). */
  entry?: string;
  safety?: SafetyClass;
  /** Personal data removed from the question; the learner is reminded not to send it. */
  redacted: RedactionKind[];
}
