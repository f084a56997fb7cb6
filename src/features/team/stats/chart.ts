import { drawText, textWidth } from './digits.ts';
import { createBitmap, encodePng, fillRect, type Rgb } from './png.ts';
import type { TargetLine } from './report.ts';

const WHITE: Rgb = [255, 255, 255];
const TRACK: Rgb = [232, 236, 241];
const MET: Rgb = [46, 160, 67];
const BELOW: Rgb = [230, 126, 34];
const INK: Rgb = [40, 44, 52];
const TARGET: Rgb = [200, 30, 30];

const WIDTH = 480;
const ROW = 44;
const PAD = 16;
const SCALE = 3;
const BAR_X = PAD + textWidth('5', SCALE) + 12;
const BAR_W = WIDTH - BAR_X - PAD - textWidth('100%', SCALE) - 12;

/**
 * A small bar chart of the targets, one row per line of the "/thongke" text, in the same
 * order and numbered 1, 2, 3…: the bar is the share reached (green when the target is met,
 * orange when not), the red tick is the target. Returns PNG bytes.
 */
export function targetsChart(lines: readonly TargetLine[]): Uint8Array {
  const height = PAD * 2 + lines.length * ROW;
  const bmp = createBitmap(WIDTH, height, WHITE);
  lines.forEach((line, i) => {
    const top = PAD + i * ROW;
    const barTop = top + 8;
    const barH = ROW - 16;
    const digitTop = top + Math.round((ROW - 5 * SCALE) / 2);
    drawText(bmp, String(i + 1), PAD, digitTop, SCALE, INK);
    fillRect(bmp, BAR_X, barTop, BAR_W, barH, TRACK);
    const share = Math.min(Math.max(line.share, 0), 100);
    fillRect(bmp, BAR_X, barTop, (BAR_W * share) / 100, barH, line.met ? MET : BELOW);
    const targetX = BAR_X + (BAR_W * Math.min(Math.max(line.target, 0), 100)) / 100;
    fillRect(bmp, targetX - 2, barTop - 5, 4, barH + 10, TARGET);
    drawText(bmp, `${Math.round(share)}%`, BAR_X + BAR_W + 12, digitTop, SCALE, INK);
  });
  return encodePng(bmp);
}
