import type { Language } from './language.ts';
import { NO_SUBJECTS, type SubjectReader } from './named-subjects.ts';

/**
 * Other ways to say the same thing (folded). When a question contains the left side, the right
 * side is searched too: people say "chuyển tiền" where the entry says "chuyển khoản".
 */
const SYNONYMS: Array<[RegExp, string]> = [
  [/\bchuyen tien\b/, 'chuyen khoan'],
  [/\bchuyen khoan\b/, 'chuyen tien'],
  [/\b(phong to|chu nho|chu be)\b/, 'chu to co chu'],
  [/\bmay (cu|moi)\b/, 'dien thoai $1'],
  [/\b(hu|hong|vo man hinh|mat may)\b/, 'dien thoai moi'],
  [/\bbi lua\b/, 'lua dao'],
  [/\b(ma pin|ma 6 so|mat ma 6 so)\b/, 'passcode'],
  [/\bcan cuoc\b/, 'cccd'],
  [/\bbang lai\b/, 'giay phep lai xe'],
  [/\bgiay phep lai xe\b/, 'bang lai'],
  [/\bquet chip\b/, 'nfc'],
  [/\botp\b/, 'ma xac nhan'],
  [/\bbao hiem y te\b/, 'bhyt'],
  [/\b(tai khoan dinh danh|dinh danh dien tu)\b/, 'vneid'],
  [/\b(nguoi gia|lon tuoi|cao tuoi|nguoi lon)\b/, 'nguoi cao tuoi lon tuoi'],
  [/\b(gia mao giong|gia giong|ghep mat|mat gia)\b/, 'deepfake'],
  [/\b(tien phat|phat nguoi|bi phat)\b/, 'nop phat'],
  [/\b(web|trang mang|website)\b/, 'trang'],
  // Banks say "sinh trắc học"; people say they were asked to scan their face.
  [/\b(quet|xac thuc|chup|nhan dien|cap nhat) (khuon )?mat\b/, 'sinh trac hoc khuon mat'],
  [/\b(may|dien thoai) khac\b/, 'thiet bi khac'],
  // "Hình" is an elder's "ảnh" (a photo); not "màn hình", "truyền hình", "tình hình".
  [/(?<!\b(man|truyen|dinh|dia|tinh|hien|ghi|hinh) )\bhinh\b(?! (thuc|su|phat|dung|nhu|anh))/, 'anh'],
  [/\bcap doi\b/, 'doi'],
  // "Báo tiền vô tài khoản": the bank's balance alerts (biến động số dư), not a bill's notice.
  [/\b(bao|thong bao) (tien|so du) (ve|vo|vao|den)\b/, 'thong bao bien dong so du'],
  // An old photo: "hình xưa bị mờ" is the entry's "ảnh cũ rõ nét lại".
  [/\b(thoi )?xua\b/, 'cu'],
  [
    /\b(anh|hinh)\b(?: \S+){0,6}? (bi mo|mo nhoe|bi nhoe|mo qua|lam ro|ro lai|net lai|ro net|cho ro|cho net)\b/,
    'anh mo ro net',
  ],
  // "Sao biết video là do AI làm": telling it apart (nhận biết), not the fine for making one.
  [/\b(biet|nhan ra|phan biet)\b(?: \S+){0,6}? (do|bang|la) (ai|tri tue nhan tao)\b/, 'nhan biet dau hieu'],
];

/** "Bé 5 tuổi", "cháu 10 tuổi": an age in years read as a child, as entries name children. */
const YEARS_OLD = /\b(duoi )?(\d{1,3}) tuoi\b/g;
const CHILD_UNDER_SIX = 6;
const CHILD_UNDER_FOURTEEN = 14;
function ageWords(folded: string): string[] {
  const out: string[] = [];
  for (const m of folded.matchAll(YEARS_OLD)) {
    const age = Number(m[2]) - (m[1] ? 1 : 0);
    if (age < CHILD_UNDER_SIX) out.push('tre em duoi 6 tuoi');
    else if (age < CHILD_UNDER_FOURTEEN) out.push('tre em duoi 14 tuoi');
    // An elder's age stays as said: entries name their own thresholds (58, 60, 75 tuổi).
  }
  return out;
}

/**
 * The question followed, on separate lines, by the synonyms of what it says and the names its
 * subjects are searched as (phones are named by brand: "máy Samsung" is searched as "android").
 */
export function withSynonyms(question: string, lang: Language, subjects: SubjectReader = NO_SUBJECTS): string {
  const folded = lang.read(question);
  const extra: string[] = [...subjects.searchAs(question), ...ageWords(folded)];
  for (const [pattern, words] of SYNONYMS) {
    const m = folded.match(pattern);
    if (m) extra.push(m[0].replace(pattern, words));
  }
  return extra.length === 0 ? question : `${question}\n${extra.join('\n')}`;
}
