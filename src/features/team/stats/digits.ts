import { fillRect, type Bitmap, type Rgb } from './png.ts';

/** 3×5 pixel glyphs: digits, "%" and "/", enough to label a chart without a font file. */
const GLYPHS: Record<string, string> = {
  '0': '111101101101111',
  '1': '010110010010111',
  '2': '111001111100111',
  '3': '111001111001111',
  '4': '101101111001001',
  '5': '111100111001111',
  '6': '111100111101111',
  '7': '111001010010010',
  '8': '111101111101111',
  '9': '111101111001111',
  '%': '101001010100101',
  '/': '001001010100100',
};

/** Width in pixels of `text` drawn at `scale`. */
export const textWidth = (text: string, scale: number): number => Math.max(0, text.length * 4 * scale - scale);

/** Draws digits, "%" and "/" with the top-left corner at (x, y); other characters leave a gap. */
export function drawText(b: Bitmap, text: string, x: number, y: number, scale: number, color: Rgb): void {
  [...text].forEach((ch, i) => {
    const glyph = GLYPHS[ch];
    if (!glyph) return;
    for (let p = 0; p < 15; p++) {
      if (glyph[p] === '1')
        fillRect(b, x + (i * 4 + (p % 3)) * scale, y + Math.floor(p / 3) * scale, scale, scale, color);
    }
  });
}
