import type { Learner } from '../learners/learner.ts';
import type { OutboundPart } from '../message.ts';

/** Sets `lastChoices` to the options of the last part, so a typed "2" or "hai" selects them anywhere. */
export function rememberChoices(learner: Learner, parts: readonly OutboundPart[]): Learner {
  const last = [...parts].reverse().find((p) => p.type === 'choices' || p.type === 'quiz');
  const choices = last?.type === 'choices' ? last.choices : last?.type === 'quiz' ? last.options : undefined;
  const { lastChoices: _old, ...rest } = learner;
  return choices ? { ...rest, lastChoices: choices } : rest;
}
