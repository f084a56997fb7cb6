import type { Language } from './language.ts';

/** Words that make a sentence a question ("làm sao", "được không", "ở đâu"…), on read text. */
const ASKING =
  /\b(sao|gi|the nao|nhu the nao|lam sao|o dau|bao nhieu|bao gio|khi nao|duoc khong|co duoc|co phai|co nen|nen khong|phai khong|tai sao|cach|hay khong|khong a|chua a|chua|giup|chi giup|huong dan|hoi)\b/;
/** Short questions are their own focus. */
const SHORT = 16;

const sentences = (text: string) =>
  text
    .split(/(?<=[.?!;\n])\s*|\s*\n\s*/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** The sentences of a message that ask something (a lone sentence always counts). */
export function askingSentences(text: string, lang: Language): string[] {
  const all = sentences(text);
  if (all.length <= 1) return all;
  return all.filter((s) => ASKING.test(lang.read(s)) || s.includes('?'));
}

/**
 * The question inside a story: elders write who called, what they said, what they did, then
 * ask. A long message is searched by its asking sentences and its last one; `named` (the apps
 * and services the whole message names) is added so "it" in "làm sao lấy lại nó" stays Zalo.
 */
export function questionFocus(text: string, lang: Language, named: readonly string[]): string {
  if (lang.read(text).split(' ').length <= SHORT) return text;
  const all = sentences(text);
  if (all.length <= 1) return text;
  const last = all[all.length - 1] ?? '';
  const asking = askingSentences(text, lang);
  const focus = [...new Set([...asking, last])].join(' ');
  const read = lang.read(focus);
  const missing = named.filter((n) => !read.includes(n));
  return missing.length > 0 ? `${focus}\n${missing.join(' ')}` : focus;
}
