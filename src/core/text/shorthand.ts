/**
 * Chat shorthand as elders and their grandchildren type it, on folded text
 * ("dt cu hu roi" → "dien thoai cu hu roi"). Expansions keep the original word when it is
 * also a search term of its own (cccd, otp, app).
 */
// Not expanded because the folded word is also a real one: "hong" (hỏng), "ap" (áp), "nh" (như).
const WORDS: Record<string, string> = {
  ko: 'khong', k: 'khong', kh: 'khong', kg: 'khong', khg: 'khong', hok: 'khong', hk: 'khong', hem: 'khong',
  dt: 'dien thoai', dth: 'dien thoai', dthoai: 'dien thoai', dienthoai: 'dien thoai', sdt: 'so dien thoai',
  ng: 'nguoi', ngta: 'nguoi ta', mn: 'moi nguoi',
  j: 'gi', gj: 'gi', z: 'vay', zay: 'vay', v: 'vay',
  dc: 'duoc', dk: 'dang ky duoc', dky: 'dang ky', dangky: 'dang ky',
  mk: 'mat khau', pass: 'mat khau', pw: 'mat khau', password: 'mat khau', matkhau: 'mat khau',
  tn: 'tin nhan', sms: 'sms tin nhan', ib: 'nhan tin',
  r: 'roi', vs: 'voi', cx: 'cung', wa: 'qua', ms: 'moi', lm: 'lam', ns: 'noi', trc: 'truoc',
  bik: 'biet', bit: 'biet', bj: 'bay gio', ntn: 'nhu the nao', bn: 'bao nhieu',
  cccd: 'cccd can cuoc', cmnd: 'cmnd can cuoc chung minh', cmt: 'cmnd can cuoc chung minh', cancuoc: 'can cuoc',
  app: 'ung dung', ud: 'ung dung', apps: 'ung dung',
  tk: 'tai khoan', stk: 'so tai khoan', ck: 'chuyen khoan', nhang: 'ngan hang',
  dvc: 'dich vu cong', bhyt: 'bhyt bao hiem y te', bhxh: 'bhxh bao hiem xa hoi', gplx: 'gplx giay phep lai xe bang lai',
  ubnd: 'ubnd uy ban', zl: 'zalo', fb: 'facebook', yt: 'youtube', ip: 'iphone', ss: 'samsung android', samsung: 'samsung android', oppo: 'oppo android', xiaomi: 'xiaomi android', vivo: 'vivo android', realme: 'realme android', ios: 'iphone',
  vnid: 'vneid', vneld: 'vneid', vnied: 'vneid', vneidd: 'vneid', vnieid: 'vneid', vneit: 'vneid', vnneid: 'vneid',
  otb: 'otp', opt: 'otp', qrcode: 'qr', wf: 'wifi', '4g': '4g du lieu di dong', '3g': '3g du lieu di dong', '5g': '5g du lieu di dong',
  chatgpt: 'chatgpt ai', gpt: 'chatgpt ai', gemini: 'gemini ai',
};

/** Multi-word fixes applied before single words (context decides what "dt" or "ca" means). */
const PHRASES: Array<[RegExp, string]> = [
  [/\bv\s?n\s?e\s?id\b/g, 'vneid'],
  [/\bv neid\b/g, 'vneid'],
  [/\bwi fi\b/g, 'wifi'],
  [/\b(dinh danh|thanh toan|giao dich|can cuoc|the|vi|chu ky|hoa don|thu) (dt|dtu)\b/g, '$1 dien tu'],
  [/\bca (xa|phuong|huyen|tinh)\b/g, 'cong an $1'],
  [/\bchat gpt\b/g, 'chatgpt'],
];

/** Expands shorthand in folded text; unknown words pass through unchanged. */
export function expandShorthand(folded: string): string {
  let text = folded;
  for (const [pattern, replacement] of PHRASES) text = text.replace(pattern, replacement);
  return text
    .split(' ')
    .map((word) => WORDS[word] ?? word)
    .join(' ');
}
