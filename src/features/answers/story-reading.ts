import type { Confidence } from './confidence.ts';
import type { KnowledgeHit } from './knowledge-index.ts';

/** One way of searching a message: its hits and how sure they are. */
export interface Reading {
  hits: KnowledgeHit[];
  level: Confidence;
}

const RANK: Record<Confidence, number> = { unsure: 0, probable: 1, sure: 2 };

/**
 * Chooses between the question inside a message (its asking sentences) and the whole message.
 * Formal questions put the topic first and ask after: "Tôi muốn đăng ký kết hôn. Xin hỏi nộp
 * trực tuyến được không?" — the asking sentence alone fits any procedure. When the whole message
 * names another app, the focus stands. When both readings find the same entry, the surer of the
 * two says how sure. When they disagree, the surer reading wins, between two alike the closer
 * one; a sure focus that the whole message contradicts gives the whole message's entry, said
 * with a caveat, unless the whole message only adds the law the question opens on (`focusStands`):
 * then a focus that is not unsure stands.
 */
export function chooseReading(focus: Reading, whole: Reading | undefined, focusStands = false): Reading {
  const [top] = focus.hits;
  const [other] = whole?.hits ?? [];
  if (!whole || !top || !other || other.offSubject) return focus;
  // The whole message only adds the law the question is asked under, which fits every entry
  // restating that law: a focus that found anything stands.
  if (focusStands && focus.level !== 'unsure') return focus;
  // Both find the same entry: the surer reading says how sure ("Xin hỏi tôi có tự lấy lại mật
  // khẩu được không?" alone is vague; with "Lâu nay tôi mở VNeID bằng vân tay" before it, it is not).
  if (other.entry.id === top.entry.id) return RANK[whole.level] > RANK[focus.level] ? whole : focus;
  if (focus.level === 'sure') {
    if (whole.level === 'unsure') return focus;
    if (whole.level === 'sure' && other.closeness > top.closeness) return whole;
    return { hits: whole.hits, level: 'probable' };
  }
  return RANK[whole.level] >= RANK[focus.level] ? whole : focus;
}
