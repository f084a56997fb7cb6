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
  if (focus.level === 'probable' && whole.level === 'probable' && decisiveFocus(focus.hits, whole.hits)) return focus;
  return RANK[whole.level] >= RANK[focus.level] ? whole : focus;
}

/** How much less of the whole message the question's entry may cover than the whole message's own. */
const COVERAGE_SLACK = 0.1;

/**
 * How far a reading's top entry stands above the other reading's top entry, in its own scores.
 * An entry the reading did not find stands below its last hit.
 */
function margin(hits: readonly KnowledgeHit[], rival: string): number {
  const [top] = hits;
  if (!top) return 1;
  const found = hits.find((h) => h.entry.id === rival) ?? hits[hits.length - 1];
  return found && found.score > 0 ? top.score / found.score : Number.POSITIVE_INFINITY;
}

/**
 * Two equally sure readings that disagree: the question alone may tell its entry apart clearly
 * while the whole message, full of the background's words, barely prefers another ("Tuần trước
 * tôi đã gửi yêu cầu cấp phiếu lý lịch tư pháp… Xin hỏi tôi tải phiếu bản điện tử ở mục nào?":
 * the whole message puts the request steps a hair above the download, the question alone puts
 * the download far ahead). The reading that separates its entry from the other's more wins.
 */
function decisiveFocus(focus: readonly KnowledgeHit[], whole: readonly KnowledgeHit[]): boolean {
  const [f] = focus;
  const [w] = whole;
  const inWhole = whole.find((h) => h.entry.id === f?.entry.id);
  if (!f || !w || !inWhole || f.namesOther || f.offSubject || f.offStory) return false;
  // The whole message must fit the question's entry nearly as well as its own: a generic question
  // ("nộp hồ sơ qua Cổng Dịch vụ công được không?") after a story about land is about land.
  if (inWhole.coverage < w.coverage - COVERAGE_SLACK) return false;
  return margin(focus, w.entry.id) > margin(whole, f.entry.id);
}
