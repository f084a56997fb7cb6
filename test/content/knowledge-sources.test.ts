import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/content/load-content.ts';
import { citations, classifySource, loadSourceHosts } from './source-hosts.ts';

/** Path words that name a site's section or language, not a page. */
const SECTION_WORDS = new Set([
  '',
  'vi',
  'en',
  'vi-vn',
  'home',
  'index',
  'index.html',
  'trang-chu',
  'tin-tuc',
  'huong-dan',
  'chuyen-muc',
  'hc',
]);

/**
 * Entries whose source is an official help centre's section page because no article page for
 * the feature was found (2026-12-03). Keep this list short; replace an id when a page turns up.
 */
const SECTION_PAGE_ENTRIES = new Set(['dt-zalo-gui-vi-tri', 'dt-zalo-goi-nhom']);

/** Why a source is not a specific page, or undefined when it is one. */
function notSpecific(source: string): string | undefined {
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    return 'not a web address';
  }
  const words = url.pathname.split('/').filter((word) => !SECTION_WORDS.has(decodeURIComponent(word).toLowerCase()));
  const articleQuery = /(^|&)(p|id|itemid|nid|docid)=/i.test(url.search.slice(1));
  if (words.length === 0 && !articleQuery) return 'a home page';
  // A help centre's lone path word names a product (support.google.com/android/) unless it is
  // an article number (support.apple.com/vi-vn/111773).
  const helpCentre = /^(help|support)\./.test(url.hostname);
  const articleNumber = words.length === 1 && /\d/.test(words[0] ?? '');
  if (helpCentre && words.length < 2 && !articleNumber && !articleQuery) return "a help centre's section page";
  return undefined;
}

describe('knowledge sources', () => {
  it('cite a specific page, not a home page or a help centre section', async () => {
    const { content } = await checkContent({ dir: 'flows', promptsDir: 'prompts' });
    const offenders = content!.knowledge
      .filter((entry) => !SECTION_PAGE_ENTRIES.has(entry.id))
      .map((entry) => ({ id: entry.id, source: entry.source, why: notSpecific(entry.source) }))
      .filter((row) => row.why !== undefined);
    expect(offenders).toEqual([]);
  });

  it('tells a home page and a help centre section from an article', () => {
    expect(notSpecific('https://vnexpress.net/')).toBe('a home page');
    expect(notSpecific('https://help.zalo.me/huong-dan/')).toBe('a home page');
    expect(notSpecific('https://support.google.com/android/?hl=vi')).toBe("a help centre's section page");
    expect(notSpecific('https://support.google.com/gboard/answer/7068494?hl=vi')).toBeUndefined();
    expect(notSpecific('https://apag.edu.vn/?p=47864')).toBeUndefined();
    expect(notSpecific('https://support.apple.com/vi-vn/111773')).toBeUndefined();
    expect(notSpecific('https://vnexpress.net/vneid-co-the-thay-the-nhung-giay-to-nao-4924821.html')).toBeUndefined();
  });
});

/** file → ids still citing a weak host; a shrinking list (see the file's header). */
async function knownWeak(): Promise<Set<string>> {
  const data = parse(await readFile('test/content/weak-sources-known.yaml', 'utf8')) as Record<string, string[]>;
  return new Set(Object.entries(data ?? {}).flatMap(([file, ids]) => ids.map((id) => `${file}#${id}`)));
}

describe('source publishers', () => {
  it('every cited host is classified in flows/source-hosts.yaml', async () => {
    const hosts = await loadSourceHosts();
    const missing = (await citations())
      .filter((c) => classifySource(c.source, hosts) === undefined)
      .map(
        (c) =>
          `${c.file}: "${c.id}" cites ${new URL(c.source).hostname}; add the host to flows/source-hosts.yaml as official, press or weak`,
      );
    expect(missing).toEqual([]);
  });

  it('no new citation of a law firm, shop, aggregator or entertainment site', async () => {
    const [hosts, known] = await Promise.all([loadSourceHosts(), knownWeak()]);
    const weak = (await citations())
      .filter((c) => classifySource(c.source, hosts) === 'weak' && !known.has(`${c.file}#${c.id}`))
      .map(
        (c) =>
          `${c.file}: "${c.id}" cites ${new URL(c.source).hostname}, a weak source; cite an official page or a national newspaper`,
      );
    expect(weak).toEqual([]);
  });

  it('the known weak list names only citations that are still weak (delete fixed ones)', async () => {
    const [hosts, known] = await Promise.all([loadSourceHosts(), knownWeak()]);
    const stillWeak = new Set(
      (await citations()).filter((c) => classifySource(c.source, hosts) === 'weak').map((c) => `${c.file}#${c.id}`),
    );
    const stale = [...known].filter((key) => !stillWeak.has(key));
    expect(
      stale.map((key) => `${key} no longer cites a weak host; delete it from test/content/weak-sources-known.yaml`),
    ).toEqual([]);
  });

  it('classifies by host and by parent domain, weak first', () => {
    const hosts = { official: ['gov.vn'], press: ['plo.vn'], weak: ['luatvietnam.vn', 'weak.gov.vn'] };
    expect(classifySource('https://dichvucong.gov.vn/p/home/dvc-trang-chu.html', hosts)).toBe('official');
    expect(classifySource('https://kynguyenso.plo.vn/a-post1.html', hosts)).toBe('press');
    expect(classifySource('https://luatvietnam.vn/a.html', hosts)).toBe('weak');
    expect(classifySource('https://x.weak.gov.vn/a.html', hosts)).toBe('weak');
    expect(classifySource('https://notplo.vn/a.html', hosts)).toBeUndefined();
  });
});
