import type { Choice } from '../../core/message.ts';

/** "Gõ 1", "Gõ 1 hoặc 2", "Gõ 1, 2 hoặc 3", "Gõ một số từ 1 đến 8" (from `first` on: "Gõ 3 hoặc 4"). */
export function typeHint(count: number, first = 1): string {
  if (count <= 1) return `👉 Gõ ${first} để chọn`;
  if (count <= 4) {
    const numbers = Array.from({ length: count }, (_, i) => String(first + i));
    return `👉 Gõ ${numbers.slice(0, -1).join(', ')} hoặc ${numbers[count - 1]}`;
  }
  return `👉 Gõ một số từ ${first} đến ${first + count - 1}`;
}

/** Text followed by numbered options (from `first`) and the hint, for places without buttons. */
export function numberedText(text: string, choices: readonly Choice[], first = 1): string {
  // One option ("Tiếp tục"): no list, which could be mistaken for the numbered steps in the text.
  if (choices.length === 1) return `${text}\n\n${typeHint(1, first)}: ${choices[0]!.label}`;
  const lines = choices.map((c, i) => `${first + i}. ${c.label}`);
  return `${text}\n\n${lines.join('\n')}\n\n${typeHint(choices.length, first)}`;
}

/** "Câu 2/5: …" for a quiz question. */
export function quizHeading(question: string, index: number, total: number): string {
  return `✍️ Câu ${index + 1}/${total}: ${question}`;
}
