/**
 * Whose account, phone or papers a message wants to get into, read on folded text after "của". One source for the
 * safety rule, its exemption for victims and the scam-report reply line, so the three name the same people.
 */

/** The scammers themselves: "của tụi nó", "của bọn lừa đảo", "của thằng lừa". */
export const SCAMMERS = String.raw`(tui no|toi no|bon no|chung no|(tui|toi|bon|ke|thang|con|dua) lua( dao)?)`;

/** A bare "them" in a story about someone who wronged the learner: "của nó", "của họ", "của hắn". */
export const THEM = String.raw`(no|ho|han|thang)`;

/** Someone close whose account is still not the learner's: a spouse, a lover, a neighbour, a grown child. */
export const CLOSE_ONES = String.raw`(vo|chong|nguoi yeu|ban trai|ban gai|hang xom|con gai|con trai)`;
