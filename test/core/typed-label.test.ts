import { describe, expect, it } from 'vitest';
import { typedLabel } from '../../src/core/text/typed-label.ts';

const PARTICLES = ['ạ', 'nhé'];
const LOOKALIKES = ['cô'];
const pressed = (text: string, label: string) => typedLabel(text, label, PARTICLES, LOOKALIKES);

describe('a button label typed instead of pressed', () => {
  it('takes the label with or without its diacritics, particles around it, emoji dropped', () => {
    expect(pressed('Bác ạ', 'Bác')).toBe(true);
    expect(pressed('bac', 'Bác')).toBe(true);
    expect(pressed('tiep tuc nhé', 'Tiếp tục ▶️')).toBe(true);
    expect(pressed('Tiếp tục', 'Tiếp tục ▶️')).toBe(true);
  });

  it('refuses a word whose diacritics say another word: "có" is not "Cô"', () => {
    expect(pressed('có', 'Cô')).toBe(false);
    expect(pressed('có ạ', 'Cô')).toBe(false);
    expect(pressed('cô', 'Cô')).toBe(true);
    expect(pressed('có', 'Có')).toBe(true);
  });

  it('leaves a lookalike typed bare unpressed ("co": "cô" or "có"?), but not a label that merely folds alike', () => {
    expect(pressed('co', 'Cô')).toBe(false);
    expect(pressed('co a', 'Cô')).toBe(false);
    expect(pressed('co', 'Có')).toBe(true);
  });

  it('never takes more or other words than the label', () => {
    expect(pressed('bác sĩ', 'Bác')).toBe(false);
    expect(pressed('', 'Bác')).toBe(false);
  });
});
