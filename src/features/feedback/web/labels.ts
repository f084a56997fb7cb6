import type { Content } from '../../../core/content/content.ts';
import type { Tally } from '../report.ts';

/** What the team reads for a rated item: the entry's first question, or what kind of answer it was. */
export function entryTitle(key: string, content: Content): string {
  if (key === '~llm') return 'Câu trả lời của AI (không theo mục nào)';
  if (key === '~fallback') return 'Câu trả lời khi chưa tìm thấy thông tin';
  if (key.startsWith('~')) return `Câu trả lời loại ${key.slice(1)}`;
  return content.knowledge.find((e) => e.id === key)?.questions[0] ?? key;
}

export const KIND_NAMES: Record<string, string> = {
  knowledge: 'Theo kho kiến thức',
  llm: 'Do AI soạn',
  safety: 'Cảnh báo an toàn',
  fallback: 'Chưa tìm thấy thông tin',
};

/** "12% (3/25)" or "–" without votes. */
export const rateText = (t: Tally): string =>
  t.rate === undefined ? '–' : `${Math.round(t.rate * 100)}% (${t.down}/${t.up + t.down})`;
