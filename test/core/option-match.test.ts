import { describe, expect, it } from 'vitest';
import { matchOption } from '../../src/core/text/option-match.ts';
import { fold } from '../../src/core/text/fold.ts';

/** Options of a lesson question, typed in words instead of a number. */
describe('an option typed in words', () => {
  const pick = (typed: string, labels: string[]) => {
    const i = matchOption(fold(typed), labels);
    return i === undefined ? undefined : labels[i];
  };

  it('takes the word typed exactly over one a typo away in another option', () => {
    // "chặn" folds one letter from "nhắn": the exact word decides.
    expect(pick('chặn một người', ['Tắt tin nhắn người lạ', 'Chặn một người cụ thể'])).toBe('Chặn một người cụ thể');
    expect(pick('tắt tin nhắn', ['Tắt tin nhắn người lạ', 'Chặn một người cụ thể'])).toBe('Tắt tin nhắn người lạ');
  });

  it('still forgives a typo when no option has the word exactly', () => {
    expect(pick('andriod', ['iPhone', 'Android (Samsung, Oppo…)'])).toBe('Android (Samsung, Oppo…)');
  });

  it('takes no option from a story that only shares a word', () => {
    expect(
      pick('hôm qua có người lạ gọi cho tui nói là bên điện lực đòi tiền', [
        'Tắt tin nhắn người lạ',
        'Chặn một người cụ thể',
      ]),
    ).toBeUndefined();
  });
});
