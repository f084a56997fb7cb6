import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/load-content.ts';

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
