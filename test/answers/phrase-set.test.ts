import { describe, expect, it } from 'vitest';
import { createLanguage } from '../../src/features/answers/language.ts';
import { createPhraseSet, phraseSource } from '../../src/features/answers/phrase-set.ts';
import { createWordsReader } from '../../src/features/answers/phrase-words.ts';
import { repoContent } from '../support/test-app.ts';

/** The alternation the set replaces: what it must find, match for match. */
function reference(list: readonly string[], raw: readonly string[] = []) {
  const source = `(?<= )(?:${[...list.map(phraseSource), ...raw].join('|')})(?= )`;
  const all = new RegExp(source, 'g');
  const once = new RegExp(source);
  return {
    test: (text: string) => once.test(text),
    find: (text: string) => [...text.matchAll(all)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
    first: (text: string) => once.exec(text)?.index ?? -1,
  };
}

function expectSame(list: readonly string[], texts: readonly string[], raw: readonly string[] = []) {
  const set = createPhraseSet(list, raw, createWordsReader());
  const re = reference(list, raw);
  for (const text of texts) {
    expect(set.find(text), text).toEqual(re.find(text));
    expect(set.test(text), text).toBe(re.test(text));
    expect(set.first(text), text).toBe(re.first(text));
  }
}

describe('phrase sets', () => {
  it('take the first phrase of the list that fits at a place, not the longest', () => {
    const set = createPhraseSet(['chuyen tien', 'chuyen tien gap'], [], createWordsReader());
    expect(set.find(' chuyen tien gap nha ')).toEqual([{ start: 1, end: 12 }]);
  });

  it('stretch "..." as far as the rest allows, and never overlap', () => {
    const list = ['goi ... chuyen', 'chuyen tien', 'tien'];
    expectSame(list, [
      ' goi toi bao chuyen tien roi chuyen luon ',
      ' goi a b c d e chuyen tien ',
      ' goi chuyen tien ',
      ' tien tien  tien ',
    ]);
    const set = createPhraseSet(list, [], createWordsReader());
    // The gap takes the later "chuyen": the "chuyen tien" inside it is never found.
    expect(set.find(' goi toi chuyen tien roi chuyen ')).toEqual([{ start: 1, end: 31 }]);
    expect(set.find(' goi toi chuyen tien ')).toEqual([
      { start: 1, end: 15 },
      { start: 16, end: 20 },
    ]);
  });

  it('match whole words between single spaces only', () => {
    expectSame(
      ['chuyen tien', 'ma otp', 'otp ... cho'],
      [
        ' chuyen tienx ',
        ' xchuyen tien ',
        ' chuyen  tien ',
        ' chuyen\ntien ',
        'chuyen tien ',
        ' chuyen tien',
        ' ma otp\n',
        ' otp a  b cho ',
        ' otp a\tb cho otp cho ',
        '',
        ' ',
      ],
    );
  });

  it('keep a raw source behind the phrases at one place, ahead of them further on', () => {
    const raw = [`(?<!(?:^| )ung dung )gui(?: \\S+){0,3} ma`];
    expectSame(
      ['gui ma', 'ma otp'],
      [' gui ma otp ', ' gui cho toi ma otp ', ' ung dung gui ma ', ' ung dung gui cho ma otp ', ' ma gui x ma '],
      raw,
    );
  });

  it('keep an empty list as the expression it was: empty between two spaces', () => {
    expectSame([], [' a  b ', ' a b ']);
  });

  it('find what the alternations find in every list of the signals file, over the whole knowledge base', async () => {
    const content = await repoContent();
    const lang = createLanguage(content.language);
    const read = content.knowledge.flatMap((e) => e.questions).map((q) => ` ${lang.read(q)} `);
    // Texts as the scam net blanks them: runs of spaces where words were.
    const blanked = read.map((t, i) => t.replace(/ \S+ \S+/, (m) => (i % 2 === 0 ? ' '.repeat(m.length) : m)));
    const texts = [...read, ...blanked];
    const s = content.scamSignals;
    const lists: string[][] = [
      ...Object.values(s.actors).flatMap((a) => [a.words, a.about]),
      ...Object.values(s.demands).map((d) => d.words),
      ...Object.values(s.pressure).map((p) => p.words),
      ...s.shapes.map((shape) => shape.unless),
      s.contact,
      s.asking,
      s.online,
      s.remote,
      s.toSomeone,
      s.ordinary,
      s.incoming,
      s.general,
      s.realAsked,
      s.hungUp,
      s.ownChannels,
      s.ownActs,
      s.ownStall,
      ...(s.paid ? [s.paid.words, s.paid.loss, s.paid.stuck, s.paid.lent] : []),
    ].filter((list) => list.length > 0);
    for (const list of lists) expectSame(list, texts);
  }, 120_000);
});
