import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** An earlier commit of hocvuso, compiled as production runs it, to measure against in the same run. */
export interface BaselineBuild {
  /** The commit the ref named, abbreviated. */
  commit: string;
  /** Folder holding that commit's files, its dist/ and a link to our node_modules. */
  dir: string;
}

/**
 * Exports `ref` (e.g. `6d4f8d1`, `main~40`) into a temporary folder with `git archive` and
 * compiles it with its own tsconfig.build.json; a second call for the same commit reuses the
 * build. Dependencies are this checkout's node_modules: a later lockfile only adds packages.
 */
export function buildBaseline(ref: string): BaselineBuild {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  const commit = git('rev-parse', '--short', `${ref}^{commit}`);
  const dir = path.join(os.tmpdir(), `hocvuso-baseline-${commit}`);
  if (!existsSync(path.join(dir, 'dist', 'cli-entry.js'))) {
    mkdirSync(dir, { recursive: true });
    execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C "${dir}"`], { stdio: 'inherit' });
    if (!existsSync(path.join(dir, 'node_modules')))
      symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir');
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: dir, stdio: 'inherit' });
  }
  return { commit, dir };
}
