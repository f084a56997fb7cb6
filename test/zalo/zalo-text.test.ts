import { describe, expect, it } from 'vitest';
import { readUpdates } from '../../src/channels/zalo/bot/bot-schemas.ts';
import { renderBot } from '../../src/channels/zalo/bot/render-bot.ts';
import { parseZaloJson } from '../../src/channels/zalo/parse-json.ts';
import { splitText } from '../../src/channels/zalo/split-text.ts';
import { zaloFixture } from '../fakes/zalo-webhooks.ts';

describe('Zalo text handling', () => {
  it('cuts a paragraph without breaks at spaces, and an unbroken link at characters, never inside an emoji', () => {
    const words = Array.from({ length: 700 }, () => 'chữ').join(' ');
    const link = `https://example.vn/${'😀a'.repeat(1500)}`;
    for (const piece of [...splitText(words), ...splitText(link)]) {
      expect(piece.length).toBeLessThanOrEqual(2000);
      expect(piece).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
    expect(splitText(words).join(' ')).toBe(words);
    expect(splitText(link).join('')).toBe(link);
    expect(splitText('  \n\n  ')).toEqual([]);
  });

  it('keeps long numeric ids exact and leaves digits inside texts alone', () => {
    const parsed = parseZaloJson(
      '{"id": 2468458835291979220, "n": -12, "f": 1.5e3, "text": "mã 12345678901234567890, \\"9\\""}',
    ) as Record<string, unknown>;
    expect(parsed).toEqual({ id: '2468458835291979220', n: -12, f: 1500, text: 'mã 12345678901234567890, "9"' });
    expect(parseZaloJson('{"broken": ')).toBeUndefined();
  });

  it('reads updates flat, wrapped or listed and drops what is not an update', () => {
    const flat = zaloFixture('bot-text');
    expect(readUpdates(flat)).toHaveLength(1);
    expect(readUpdates({ ok: true, result: flat })).toHaveLength(1);
    expect(readUpdates({ ok: true, result: [flat, { nothing: true }, flat] })).toHaveLength(2);
    expect(readUpdates({ ok: false, error_code: 408 })).toEqual([]);
    expect(readUpdates(null)).toEqual([]);
  });

  it('renders choices as numbered text with a hint that fits the number of options', () => {
    const options = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ label: `Lựa chọn ${i + 1}`, payload: `k:x:${i}` }));
    const last = (n: number) =>
      renderBot([{ type: 'choices', text: 'Chọn:', choices: options(n) }])
        .map((s) => (s.method === 'sendMessage' ? s.text : ''))[0]!
        .split('\n')
        .at(-1);
    expect(last(2)).toBe('👉 Gõ 1 hoặc 2');
    expect(last(3)).toBe('👉 Gõ 1, 2 hoặc 3');
    expect(last(9)).toBe('👉 Gõ một số từ 1 đến 9');
  });
});
