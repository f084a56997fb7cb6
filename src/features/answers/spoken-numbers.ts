/**
 * Numbers said in words, as voice typing writes them: a code said digit by digit and a sum said before its unit are
 * read as the digits a typed message would carry (session 35, fixh). Works on lower-case text that keeps its tones:
 * plain "nam", "sau", "bay" are also "year", "after", "fly".
 */
/** Digits said as words, with their tones (plain "nam", "sau", "bay" are also year, after, fly). */
const SPOKEN_DIGIT: Record<string, string> = {
  không: '0',
  một: '1',
  hai: '2',
  ba: '3',
  bốn: '4',
  năm: '5',
  sáu: '6',
  bảy: '7',
  bẩy: '7',
  tám: '8',
  chín: '9',
};
/** Four or more digits said one by one, as voice typing writes a code ("tám ba hai một năm chín"), commas between allowed. */
const SPOKEN_RUN =
  /(?<![\p{L}\p{N}])(?:(?:không|một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín)[ ,]{1,2}){3,}(?:không|một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín)(?![\p{L}\p{N}])/gu;
/** What a counted thing looks like after the last number word: then the words are a count or a span, not a code. */
const COUNTED =
  /^[ ,]*(năm|tuổi|tháng|ngày|tuần|người|lần|triệu|nghìn|ngàn|trăm|chục|mươi|giờ|phút|tiếng|đứa|lượt|chữ|số|viên|ký|cân|đồng)(?![\p{L}\p{N}])/u;
/** A span of years ended by its unit: "hai ba bốn năm năm rồi" (the last "năm" is the years, not a five). */
const YEARS_AFTER = /^[ ,]*(rồi|nay|trước|sau|nữa|qua|liền|trời|hơn|mới)(?![\p{L}\p{N}])/u;

/**
 * A code, a PIN or an ID number said digit by digit is read as its digits ("mã là tám ba hai một năm chín" →
 * "mã là 832159"), so what sees a number typed sees it said. Four words at least, never before a unit ("hai ba
 * bốn năm tuổi" stays a span of ages). Session 35 (fixh).
 */
export const spokenDigits = (lower: string) =>
  lower.replace(SPOKEN_RUN, (run, at: number) => {
    const after = lower.slice(at + run.length);
    if (COUNTED.test(after) || (run.endsWith('năm') && YEARS_AFTER.test(after))) return run;
    return run
      .split(/[ ,]+/)
      .map((w) => SPOKEN_DIGIT[w] ?? '')
      .join('');
  });

/** A sum said in words before its unit ("năm chục triệu", "một trăm tám chục triệu", "hai mươi lăm nghìn"). */
const D = '(?:một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín)';
const SPOKEN_SUM = new RegExp(
  `(?<![\\p{L}\\p{N}])(?=\\p{L})((?:${D} trăm )?(?:(?:lẻ|linh) )?(?:(?:${D} (?:mươi|chục)|mười) )?(?:(?:${D}|mốt|tư|lăm) )?)(triệu|nghìn|ngàn|tỷ|tỉ|củ)(?![\\p{L}\\p{N}])`,
  'gu',
);
const SUM_DIGIT: Record<string, number> = {
  ...Object.fromEntries(Object.entries(SPOKEN_DIGIT).map(([w, d]) => [w, Number(d)])),
  mốt: 1,
  tư: 4,
  lăm: 5,
};

/**
 * A sum said in words is read as its number ("chuyển năm chục triệu" → "chuyển 50 triệu"), so a rule that counts the
 * words between a loss and its unit, or looks for a number, sees a sum said as one typed. Session 35 (fixh).
 */
export const spokenSums = (lower: string) =>
  lower.replace(SPOKEN_SUM, (whole, said: string, unit: string) => {
    if (said.trim() === '') return whole;
    let value = 0;
    let pending = 0;
    for (const w of said.trim().split(' ')) {
      if (w === 'trăm' || w === 'mươi' || w === 'chục') {
        value += pending * (w === 'trăm' ? 100 : 10);
        pending = 0;
      } else if (w === 'mười') value += 10;
      else pending = SUM_DIGIT[w] ?? pending;
    }
    value += pending;
    return value > 0 ? `${value} ${unit}` : whole;
  });
