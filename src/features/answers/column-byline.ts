/**
 * A newspaper Q&A column's header before the question ("Bạn đọc Nguyễn Văn A (Hà Nội) hỏi:",
 * "Độc giả có email ...@gmail.com hỏi:", "Ông Trần Văn B (Nam Định) hỏi:"): a reader's name and place,
 * no part of what is asked. A name folds to ordinary words ("Mai", "Lan", "Bình") and a place names
 * a city's own entries, so the header is dropped before searching and the safety check.
 */
const NAME = String.raw`\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,5}`;
const WHO = String.raw`(?:[Bb]ạn đọc|[Đđ]ộc giả|[Bb]ạn|[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Cc]ô|[Cc]hú|[Bb]ác|[Cc]ụ)`;
const ASKS = String.raw`(?:[Hh]ỏi|gửi câu hỏi|thắc mắc|hỏi như sau|gửi thư hỏi|đề nghị giải đáp|nhờ giải đáp)`;
const BYLINES = [
  // "Bạn đọc Nguyễn Văn A (Hà Nội) hỏi:", "Ông Lê B, trú tại xã C, tỉnh D, hỏi:"
  new RegExp(String.raw`^\s*${WHO}\s+${NAME}\s*(?:\([^()\n]{1,80}\)|,[^:\n]{1,80}?,?)?\s*${ASKS}\s*:\s*`, 'u'),
  // "Bạn đọc có email abc@gmail.com hỏi:", "Độc giả ở Hà Nội hỏi:"
  new RegExp(String.raw`^\s*(?:[Bb]ạn đọc|[Đđ]ộc giả)\s[^:\n]{0,80}?\s${ASKS}\s*:\s*`, 'u'),
];

/** The question without a column header before it; unchanged when there is none or nothing follows it. */
export function withoutByline(text: string): string {
  const normal = text.normalize('NFC');
  for (const byline of BYLINES) {
    const m = byline.exec(normal);
    if (m && m[0].length < normal.length && /\p{L}/u.test(normal.slice(m[0].length))) return normal.slice(m[0].length);
  }
  return text;
}
