import { fold } from '../../core/text/fold.ts';
import { numberRuns, type NumberRun } from './number-runs.ts';

/** Kinds of personal data removed from questions before any LLM call or log line. */
export type RedactionKind = 'id-number' | 'phone' | 'otp' | 'bank-account' | 'card' | 'password' | 'email';

export interface Redaction {
  /** The text with every personal number replaced by a label such as `[số điện thoại]`. */
  text: string;
  /** What was removed (each kind once); empty when nothing was. */
  kinds: RedactionKind[];
}

const LABELS: Record<RedactionKind, string> = {
  'id-number': '[số căn cước]',
  phone: '[số điện thoại]',
  otp: '[mã OTP]',
  'bank-account': '[số tài khoản]',
  card: '[số thẻ]',
  password: '[mật khẩu]',
  email: '[email]',
};

/** Matches the labels that replace personal data in redacted text. */
export const REDACTED_LABEL = new RegExp(
  Object.values(LABELS)
    .map((l) => l.replace(/[[\]]/g, '\\$&'))
    .join('|'),
  'g',
);

const AMOUNT_AFTER =
  /^\s*(?:đ|d|đồng|dong|vnd|vnđ|k|nghìn|nghin|ngàn|ngan|triệu|trieu|tr|tỷ|ty|tỉ|ti|%|lần|lan|tuổi|tuoi|giờ|gio|h|phút|phut|giây|giay|ngày|ngay|tháng|thang|người|nguoi|km|kg|gb|mb|usd)(?![\p{L}])/iu;
const THOUSANDS = /^[1-9]\d{0,2}(?:[.,]\d{3})+$/;
const HOTLINE = /^(?:1800|1900)\d{4,6}$/;
const YEAR = /^(?:19|20)\d\d$/;
const KEYWORDS =
  /\b(otp|ma|code|pin|passcode|mat khau|mk|xac nhan|xac thuc|kich hoat|stk|so tai khoan|tai khoan|tk|so the|the atm|the ngan hang|the|cccd|cmnd|can cuoc|chung minh|dinh danh)\b/g;
const ACCOUNT_WORDS = new Set(['stk', 'so tai khoan', 'tai khoan', 'tk']);
const CARD_WORDS = new Set(['so the', 'the atm', 'the ngan hang', 'the']);
const ID_WORDS = new Set(['cccd', 'cmnd', 'can cuoc', 'chung minh', 'dinh danh']);
const PASSWORD =
  /((?:mật khẩu|mat khau|mk|pass(?:word)?|passcode|mã pin|ma pin)(?:\s+(?:của|cua)\s+\p{L}+)?\s*(?:là|la|:|=)\s*)(?!(?:gì|gi|j|sao|bao|như|nhu|thế|the|mấy|may|đâu|dau|gồm|gom|phải|phai|chữ|chu|số|so|ký|ky|mấy|may|gì)(?![\p{L}]))([^\s?]+)/giu;
const EMAIL = /[\p{L}\p{N}._%+-]+ ?@ ?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** A code word typed against its digits ("OTP483920", "stk0123…"): a space is put between them. */
const GLUED = /(?<![\p{L}\p{M}])(otp|mã|ma|code|pin|stk|sđt|sdt|cccd|cmnd)(?=\d)/giu;

/** The keyword closest to a number: the last one just before it, else the first one just after. */
function nearestKeyword(before: string, after: string): string | undefined {
  const preceding = [...fold(before.slice(-30)).matchAll(KEYWORDS)].at(-1)?.[1];
  return preceding ?? [...fold(after.slice(0, 15)).matchAll(KEYWORDS)][0]?.[1];
}

function namedKind(keyword: string | undefined): RedactionKind | undefined {
  if (keyword === undefined) return undefined;
  return ACCOUNT_WORDS.has(keyword)
    ? 'bank-account'
    : CARD_WORDS.has(keyword)
      ? 'card'
      : ID_WORDS.has(keyword)
        ? 'id-number'
        : 'otp';
}

function classify(run: NumberRun, raw: string, before: string, after: string): RedactionKind | undefined {
  const { digits } = run;
  const n = digits.length;
  if (AMOUNT_AFTER.test(after) || HOTLINE.test(digits)) return undefined;
  if (run.words === 0 && (THOUSANDS.test(raw) || (run.groups.length > 1 && run.groups.every((g) => YEAR.test(g)))))
    return undefined;
  const named = namedKind(nearestKeyword(before, after));
  if (n >= 9) {
    if (digits.startsWith('0084') && (n === 13 || n === 14)) return 'phone';
    if ((raw.startsWith('+84') || digits.startsWith('84')) && (n === 11 || n === 12)) return 'phone';
    if (named === 'bank-account' || named === 'card' || named === 'id-number') return named;
    if (digits.startsWith('0') && (n === 10 || n === 11)) return 'phone';
    if (n === 12) return 'id-number';
    if (n >= 13 && n <= 19) return 'card';
    return 'bank-account';
  }
  if (n < 4) return undefined;
  // A year beside "thẻ" or "căn cước" ("cấp năm 2021", "Luật Căn cước 2023") is no card or ID number.
  if (n === 4 && YEAR.test(digits) && (named === 'card' || named === 'id-number')) return undefined;
  if (named) return named;
  return before.trim() === '' && after.trim() === '' ? 'otp' : undefined;
}

/**
 * Replaces ID numbers (12 digits), phone numbers (0…, +84…, 0084…, with brackets), OTP-like
 * codes (4–8 digits near "OTP", "mã"…, or sent alone), bank account and card numbers, e-mail
 * addresses and passwords typed after "mật khẩu là". Digits may be grouped by up to three
 * spaces, dots, dashes, underscores or brackets, glued to "OTP", or said as Vietnamese words
 * ("không chín một hai…"). Amounts ("10.000.000 đồng"), years, times, lesson numbers and
 * hotlines (1900…) stay.
 */
export function redact(text: string): Redaction {
  const kinds = new Set<RedactionKind>();
  let out = text.replace(PASSWORD, (_m, lead: string) => {
    kinds.add('password');
    return `${lead}${LABELS.password}`;
  });
  out = out.replace(EMAIL, () => {
    kinds.add('email');
    return LABELS.email;
  });
  out = out.replace(GLUED, '$1 ');
  let result = '';
  let from = 0;
  for (const run of numberRuns(out)) {
    const raw = out.slice(run.start, run.end);
    const kind = classify(run, raw, out.slice(0, run.start), out.slice(run.end));
    if (!kind) continue;
    kinds.add(kind);
    result += out.slice(from, run.start) + LABELS[kind];
    from = run.end;
  }
  return { text: result + out.slice(from), kinds: [...kinds] };
}
