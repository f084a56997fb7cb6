import type { Answer } from '../answers/answer.ts';

const MAX = 280;

/** The movement's site: the `source:` of knowledge drafts made from team answers until a reviewer sets a better one. */
export const DEFAULT_DRAFT_SOURCE = 'https://binhdanhocvuso.gov.vn';

/** What the tutor answered, shortened for the team's context ("(chưa chắc chắn) …"). */
export function tutorSummary(answer: Answer): string {
  const flat = answer.text.replace(/\s+/g, ' ').trim();
  const short = flat.length > MAX ? `${flat.slice(0, MAX - 1)}…` : flat;
  return answer.unsure ? `(chưa chắc chắn) ${short}` : short;
}
