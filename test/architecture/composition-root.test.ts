import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const IMPORT = /(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g;

/** Every .ts file under `src/`, as paths relative to the repository root (with `/`). */
const sources = (): string[] =>
  readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.posix.join('src', file.split(path.sep).join('/')));

/** `file imports target` for each import, relative ones resolved to repository paths. */
function imports(file: string): { file: string; target: string }[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(IMPORT)].map(([, spec = '']) => ({
    file,
    target: spec.startsWith('.') ? path.posix.join(path.posix.dirname(file), spec) : spec,
  }));
}

const all = sources().flatMap(imports);
const show = (edges: { file: string; target: string }[]) => edges.map((e) => `${e.file} imports ${e.target}`);

describe('composition root', () => {
  it('lets only src/app and src/cli build the whole app (everything else takes the services it uses)', () => {
    const outside = all.filter(
      (e) => e.target === 'src/app/create-app.ts' && !e.file.startsWith('src/app/') && !e.file.startsWith('src/cli/'),
    );
    expect(show(outside)).toEqual([]);
  });

  it('keeps the dashboard free of channel adapters and Telegraf (the root injects their renderers)', () => {
    const web = all.filter((e) => e.file.startsWith('src/web/') || e.file.includes('/web/'));
    const leaks = web.filter((e) => e.target.startsWith('src/channels/') || e.target.startsWith('telegraf'));
    expect(show(leaks)).toEqual([]);
  });
});
