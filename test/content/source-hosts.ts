import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { yamlFiles } from '../../src/content/load-content.ts';

/** How much a reader can trust the publisher of a cited page (see flows/source-hosts.yaml). */
export type SourceKind = 'official' | 'press' | 'weak';

export type SourceHosts = Record<SourceKind, string[]>;

/** One `source:` in a content file: the file, the ids leading to it, and the address. */
export interface Citation {
  file: string;
  /** Entry id, or lesson/step ids joined by "/". */
  id: string;
  source: string;
}

export async function loadSourceHosts(file = 'flows/source-hosts.yaml'): Promise<SourceHosts> {
  const data = parse(await readFile(file, 'utf8')) as Partial<SourceHosts>;
  return { official: data.official ?? [], press: data.press ?? [], weak: data.weak ?? [] };
}

/** The kind of the host of `source`, or undefined when flows/source-hosts.yaml does not list it. */
export function classifySource(source: string, hosts: SourceHosts): SourceKind | undefined {
  const host = new URL(source).hostname.toLowerCase();
  const matches = (name: string) => host === name || host.endsWith(`.${name}`);
  // Weak first: a weak subdomain of a trusted parent would otherwise pass.
  for (const kind of ['weak', 'official', 'press'] as const) if (hosts[kind].some(matches)) return kind;
  return undefined;
}

function collect(node: unknown, ids: string[], file: string, out: Citation[]): void {
  if (Array.isArray(node)) {
    for (const item of node) collect(item, ids, file, out);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  const here = typeof record.id === 'string' ? [...ids, record.id] : ids;
  if (typeof record.source === 'string') out.push({ file, id: here.join('/'), source: record.source });
  for (const [key, value] of Object.entries(record)) if (key !== 'source') collect(value, here, file, out);
}

/** Every `source:` in flows/knowledge and flows/lessons. */
export async function citations(dir = 'flows'): Promise<Citation[]> {
  const out: Citation[] = [];
  for (const folder of ['knowledge', 'lessons']) {
    for (const file of await yamlFiles(path.join(dir, folder))) {
      collect(parse(await readFile(file, 'utf8')), [], file, out);
    }
  }
  return out;
}
