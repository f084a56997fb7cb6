import { describe, expect, it } from 'vitest';
import { fold } from '../../src/core/text/fold.ts';
import { createLanguage } from '../../src/features/answers/language.ts';
import { repoContent } from '../support/test-app.ts';

/** The two rules of words.yaml as they were before session 28: a lookbehind first, tried at every character. */
const BEFORE: Array<[RegExp, string]> = [
  [
    /\bno hu\b(?=.*\b(choi|nap|quay|game|trung|doi thuong|slot|ca cuoc)\b)|(?<=\b(choi|nap|quay|game|trung|doi thuong|slot|ca cuoc)\b.*)\bno hu\b/g,
    'nohu',
  ],
  [/(?<=\bchu\b.{0,40})\b(?:bu|lon) (len|ra|hon)\b/g, 'to $1'],
];

const SAID = [
  'choi no hu',
  'nap tien quay no hu tren app',
  'no hu roi, ban ca choi',
  'no hu ca cuoc',
  'cai may no hu roi',
  'dien thoai no hu',
  'no hu no hu choi',
  'chinh cho chu lon len',
  'chu tren man hinh nho qua, lam sao cho bu ra',
  'lon len roi thi chu',
  'con lon ra chuong',
  `chu ${'x '.repeat(25)}lon len`,
  `chu ${'x '.repeat(18)}lon hon`,
  'chu chu lon len lon ra',
];

describe('the language rules that looked back first', () => {
  it('read the same as before, for games and text size and their look-alikes', async () => {
    const content = await repoContent();
    const lang = createLanguage(content.language);
    const phrases = content.language.phrases.map((p) =>
      p.pattern.includes('no hu') && p.pattern.startsWith('\\bno hu')
        ? { ...p, pattern: BEFORE[0]![0].source }
        : p.pattern.includes('(?:bu|lon) (len|ra|hon)')
          ? { ...p, pattern: BEFORE[1]![0].source }
          : p,
    );
    expect(phrases.filter((p, i) => p !== content.language.phrases[i])).toHaveLength(2);
    const old = createLanguage({ ...content.language, phrases });
    const knowledge = content.knowledge.flatMap((e) => e.questions);
    for (const text of [...SAID, ...knowledge]) expect(lang.read(text), text).toBe(old.read(text));
    expect(lang.read('choi no hu')).toContain('nohu');
    expect(lang.read('dien thoai no hu')).not.toContain('nohu');
  });

  it('replace as the old expressions did, on folded text', () => {
    const after = [
      /\bno hu\b(?:(?=.*\b(?:choi|nap|quay|game|trung|doi thuong|slot|ca cuoc)\b)|(?<=\b(?:choi|nap|quay|game|trung|doi thuong|slot|ca cuoc)\b.*\bno hu))/g,
      /\b(?:bu|lon) (len|ra|hon)\b(?<=\bchu\b.{0,40}\b(?:bu|lon) (?:len|ra|hon))/g,
    ];
    for (const text of SAID.map(fold))
      after.forEach((re, i) => expect(text.replace(re, BEFORE[i]![1]), text).toBe(text.replace(...BEFORE[i]!)));
  });
});
