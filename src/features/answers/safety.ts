import { fold } from '../../core/text/fold.ts';
import { expandShorthand } from '../../core/text/shorthand.ts';
import { RULES } from './safety-rules.ts';

/**
 * What kind of risky message this is. `scam`: a scam is happening (someone asks for an OTP,
 * money, an app from a link…). The refusals: someone else's data, getting into someone else's
 * account, fake bank messages, accounts/SIMs/papers in another's name, cheating face checks.
 */
export type SafetyClass =
  | 'scam'
  | 'others-data'
  | 'account-takeover'
  | 'fake-message'
  | 'identity-fraud'
  | 'bypass-face'
  | 'medical-emergency'
  | 'medical-advice'
  | 'legal'
  | 'political'
  | 'injection';

const POLITICAL_ALWAYS =
  /\b(bieu tinh|phan dong|da dang|lat do|doc tai|viet tan|chong pha|chong (dang|nha nuoc|chinh quyen|chinh phu)|che do cong san|tu nhan luong tam)\b/;
const POLITICAL_TOPIC =
  /\b(chinh phu|nha nuoc|chinh quyen|tong bi thu|thu tuong|chu tich nuoc|chinh tri|cong san|lanh dao)\b/;
const OPINION =
  /\b(nghi gi|nghi sao|nghi the nao|thay the nao|thay sao|danh gia|tot khong|tot hay|chui|ghet|ung ho|phan doi|tham nhung|bat tai|noi xau|quan diem|co nen tin|lua dan|doi tra|sai lam)\b/;
const MOVEMENT = /\b(binh dan hoc vu so|hoc vu so|phong trao|chuyen doi so)\b/;

function political(raw: string, folded: string): boolean {
  if (MOVEMENT.test(folded)) return false;
  if (POLITICAL_ALWAYS.test(folded)) return true;
  const topic =
    POLITICAL_TOPIC.test(folded) || /(^|[^\p{L}])đảng([^\p{L}]|$)/u.test(raw.toLowerCase().normalize('NFC'));
  return topic && OPINION.test(folded);
}

/**
 * The learner is the victim ("Facebook bị hack", "sợ có người đọc trộm tin nhắn của tôi"): that
 * is a request for help, never a request to get into someone else's account or data.
 */
const VICTIM =
  /\b(so|lo|nghi|phat hien|thay) (co )?(nguoi|ai|ke)\b|\bbi (hack|chiem|mat|lay|doc trom|xem trom|danh cap|theo doi)\b|\bcua (toi|minh|tui|em)\b/;
const VICTIM_EXEMPT: ReadonlySet<SafetyClass> = new Set(['account-takeover', 'others-data']);

/** Finds the first safety concern in a message, or undefined for an ordinary question. */
export function classifySafety(text: string): SafetyClass | undefined {
  const folded = ` ${expandShorthand(fold(text))} `;
  const victim = VICTIM.test(folded);
  for (const [kind, patterns] of RULES) {
    if (victim && VICTIM_EXEMPT.has(kind)) continue;
    if (patterns.some((p) => p.test(folded))) return kind;
  }
  return political(text, folded) ? 'political' : undefined;
}
