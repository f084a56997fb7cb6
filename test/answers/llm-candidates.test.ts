import { describe, expect, it } from 'vitest';
import type { KnowledgeEntry } from '../../src/core/content/knowledge-schema.ts';
import type { KnowledgeHit } from '../../src/features/answers/knowledge-index.ts';
import { candidateSearches, fuseCandidates } from '../../src/features/answers/llm-candidates.ts';
import { createLanguage } from '../../src/features/answers/language.ts';
import { queryPassages, retrievalCandidates, withBackups } from '../../src/features/answers/llm-retrieve.ts';
import { createUnknownNames } from '../../src/features/answers/unknown-names.ts';

const entry = (id: string, answer = `Trả lời ${id}.`): KnowledgeEntry =>
  ({
    id,
    questions: [`Hỏi ${id}?`],
    keywords: [],
    answer,
    source: 'https://example.gov.vn',
    reviewed: '2026-12-03',
  }) as unknown as KnowledgeEntry;
const hit = (id: string, offSubject = false): KnowledgeHit => ({
  entry: entry(id),
  score: 1,
  coverage: 1,
  closeness: 1,
  entryCoverage: 1,
  offSubject,
  offStory: false,
  namesOther: false,
  appsUnasked: [],
  subjectUnasked: false,
  silentOnNamed: false,
  toolUnsaid: false,
  toolSaid: false,
  ownUnasked: [],
  offFocus: false,
  offAspect: false,
  missesAsked: false,
  givesAsked: [],
  missingAsked: [],
});
const ids = (hits: readonly { entry: KnowledgeEntry }[] | readonly KnowledgeEntry[]) =>
  hits.map((h) => ('entry' in h ? h.entry.id : h.id));

describe('LLM candidates: several searches fused by rank', () => {
  it('keeps the trusted head first, then ranks by reciprocal-rank fusion, each entry once', () => {
    const trusted = [hit('a'), hit('b')];
    const fused = fuseCandidates(
      trusted,
      [
        { hits: trusted, weight: 1 },
        { hits: [hit('c'), hit('b'), hit('a')], weight: 1 },
        { hits: [hit('c'), hit('d')], weight: 1 },
      ],
      20,
    );
    // "c" is first in two searches: it outranks "b", second in two; "a" stays the head.
    expect(ids(fused)).toEqual(['a', 'c', 'b', 'd']);
    expect(ids(fuseCandidates(trusted, [{ hits: trusted, weight: 1 }], 1))).toEqual(['a']);
  });

  it('brings each asking clause and the named service its own search', () => {
    const searched: string[] = [];
    const sources = {
      search: (text: string) => {
        searched.push(text);
        return [hit(text.includes('zalo') ? 'zalo-x' : 'vneid-x', !text.includes('zalo'))];
      },
      clauses: (text: string) => text.split(', '),
      services: (text: string) => (text.includes('zalo') ? ['zalo'] : []),
    };
    const whole = 'quen mat khau vneid sao, con zalo thi sao';
    const searches = candidateSearches({ ranked: [hit('vneid-x')], focus: whole, context: '', whole }, sources, 20);
    // trusted, focus, two clauses, the named service's entries (those naming it only)
    expect(searches).toHaveLength(5);
    expect(searched).toContain('quen mat khau vneid sao');
    expect(searched).toContain('con zalo thi sao');
    expect(ids(searches.at(-1)!.hits)).toEqual(['zalo-x']);
  });

  it('gives no candidate when every entry found says nothing of the named service', () => {
    expect(retrievalCandidates([hit('a', true)], [{ hits: [hit('b', true)], weight: 1 }])).toEqual([]);
  });

  it("keeps the offline passages among the model's query passages", () => {
    const offline = [entry('a'), entry('b'), entry('c')];
    expect(ids(queryPassages(offline, [entry('x'), entry('a')], 3))).toEqual(['a', 'x', 'b']);
    expect(ids(queryPassages(offline, [], 3))).toEqual(['a', 'b', 'c']);
  });

  it('adds two candidates the model did not choose after its choice, each entry once', () => {
    const candidates = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => entry(id));
    const [a, , c, d] = candidates as [KnowledgeEntry, KnowledgeEntry, KnowledgeEntry, KnowledgeEntry];
    expect(ids(withBackups([d, a, d], candidates, 3))).toEqual(['d', 'a', 'b', 'c']);
    expect(ids(withBackups([c], candidates, 3, 0))).toEqual(['c']);
  });
});

describe('names the knowledge base never mentions', () => {
  const names = createUnknownNames(
    [entry('zalo', 'Mở Zalo, bấm Cài đặt.'), entry('vcb', 'Ứng dụng Vietcombank có mục này.')],
    createLanguage({ accented: {}, phrases: [], words: {} }),
  );

  it('finds a brand typed as a name that no entry contains', () => {
    expect(names.in('Xin hỏi cách dùng Perplexity để tìm kiếm?')).toEqual(['Perplexity']);
    expect(names.in('Ứng dụng PVcomBank báo lỗi thì sao?')).toEqual(['PVcomBank']);
  });

  it('ignores known names, words opening a sentence, Vietnamese words and lower case', () => {
    expect(names.in('Xin hỏi Zalo và Vietcombank?')).toEqual([]);
    expect(names.in('Perplexity là gì? Grab thì sao')).toEqual([]);
    expect(names.in('Tôi ở Đà Nẵng, dùng app grab')).toEqual([]);
  });
});
