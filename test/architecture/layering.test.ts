import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const IMPORT = /(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g;

/** Every .ts file under `dir`, as paths relative to the repository root. */
function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(dir, file));
}

/** The import specifiers of one file: relative ones resolved to repository paths, packages as written. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(IMPORT)].map(([, spec = '']) =>
    spec.startsWith('.') ? path.relative(root, path.resolve(path.dirname(path.join(root, file)), spec)) : spec,
  );
}

const INFRASTRUCTURE = ['src/channels/', 'src/queue/', 'src/store/', 'src/web/', 'src/server/', 'src/app/', 'src/cli/'];
const PLATFORM_PACKAGES = ['telegraf', 'bullmq', 'ioredis', 'undici', 'openai'];

function violations(files: string[], forbidden: (target: string) => boolean): string[] {
  return files.flatMap((file) =>
    importsOf(file)
      .filter(forbidden)
      .map((target) => `${file} imports ${target}`),
  );
}

const isInfrastructure = (target: string): boolean =>
  INFRASTRUCTURE.some((prefix) => target.startsWith(prefix)) ||
  PLATFORM_PACKAGES.some((name) => target === name || target.startsWith(`${name}/`));

describe('layering', () => {
  it('keeps the core free of channels, queues, store implementations, the dashboard and the server', () => {
    expect(violations(sources('src/core'), isInfrastructure)).toEqual([]);
  });

  it('keeps the chat side of every feature free of them too (only web/ pages may use the dashboard)', () => {
    const chatSide = sources('src/features').filter((file) => !file.split(path.sep).includes('web'));
    expect(violations(chatSide, isInfrastructure)).toEqual([]);
  });

  it('keeps the core from depending on any feature', () => {
    expect(violations(sources('src/core'), (target) => target.startsWith('src/features/'))).toEqual([]);
  });
});
