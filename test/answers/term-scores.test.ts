import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { createTermScorer } from '../../src/features/answers/term-scores.ts';

const docs = [
  { id: 'a', text: 'quên mật khẩu vneid lấy lại mật khẩu' },
  { id: 'b', text: 'mật khẩu ngân hàng đổi mật khẩu' },
  { id: 'c', text: 'zalo bị khóa lấy lại tài khoản zalo' },
  { id: 'd', text: 'đổi mật khẩu zalo' },
  { id: 'e', text: 'đổi mật khẩu zalo' },
];

function index() {
  const search = new MiniSearch<{ id: string; text: string }>({
    fields: ['text'],
    searchOptions: {
      fuzzy: (term) => (term.length >= 5 ? 1 : false),
      prefix: (term) => term.length >= 4,
      weights: { fuzzy: 0.5, prefix: 0.3 },
      boostTerm: (term) => (term === 'zalo' ? 1.6 : 1),
    },
  });
  search.addAll(docs);
  return search;
}

const plain = (results: { id: string; score: number; queryTerms: string[] }[]) =>
  results.map(({ id, score, queryTerms }) => ({ id, score, terms: [...queryTerms].sort() }));

describe('term scorer', () => {
  const search = index();
  const scorer = createTermScorer(search);
  const queries = [
    'mật khẩu zalo',
    'lấy lại tài khoan',
    'đổi mật khẩu zalo',
    'không có từ nào',
    {
      combineWith: 'OR' as const,
      queries: ['mật khẩu', { queries: ['zalo khóa'], fuzzy: false, prefix: false, boostTerm: () => 0.35 }],
    },
  ];

  it('finds the same entries, in the same order, with the same scores as MiniSearch, asked again or not', () => {
    for (let round = 0; round < 2; round++)
      for (const q of queries) expect(plain(scorer.search(q))).toEqual(plain(search.search(q)));
  });
});
