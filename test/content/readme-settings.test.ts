import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { settingsTable } from '../../src/cli/config-command.ts';

describe('README settings table', () => {
  it('is exactly the table generated from the config schema (regenerate with `npx hocvuso config table`)', async () => {
    const readme = await readFile('README.md', 'utf8');
    const block = readme.match(/<!-- settings:start -->\n([\s\S]*?)\n<!-- settings:end -->/);
    expect(block, 'README.md needs the settings markers').not.toBeNull();
    expect(block![1]).toBe(settingsTable());
  });
});
