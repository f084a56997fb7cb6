import type { Answer } from '../features/answers/answer.ts';
import { answerParts } from '../features/answers/reply.ts';

/** What the learner reads for an answer (privacy reminder, answer, sources); the topic buttons become a list. */
export function answerForCli(answer: Answer): string {
  const text = answerParts(answer, {})
    .flatMap((p) => (p.type === 'text' ? [p.text] : []))
    .join('\n\n');
  const topics = (answer.suggestions ?? []).map((s) => `• ${s.label}`);
  return topics.length > 0 ? `${text}\n${topics.join('\n')}` : text;
}

/** The stable `ask --json` line: `{"question","answer","kind","sources":[{"title","url"}],"lesson"}`. */
export function answerJson(question: string, answer: Answer): string {
  return JSON.stringify({
    question,
    answer: answerForCli(answer),
    kind: answer.kind,
    sources: answer.sources.map((s) => ({ title: s.title, url: s.url })),
    lesson: answer.lesson?.id ?? null,
  });
}
