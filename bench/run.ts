import { writeFile } from 'node:fs/promises';
import { machine, printTable, type Scenario, type ScenarioResult } from './lib.ts';
import { scenarios } from './scenarios.ts';

/** `npm run bench [-- name…]`: runs the scenarios, prints tables, writes bench/results.json. */
async function run(args: string[]): Promise<void> {
  const quick = args.includes('--quick');
  const selected = args.filter((a) => !a.startsWith('--'));
  const names = selected.length > 0 ? selected : Object.keys(scenarios);
  const results: ScenarioResult[] = [];
  process.stdout.write(`# hocvuso benchmarks\n${JSON.stringify(machine())}\n`);
  for (const name of names) {
    const scenario: Scenario | undefined = scenarios[name];
    if (!scenario) throw new Error(`unknown scenario ${name}; choose from ${Object.keys(scenarios).join(', ')}`);
    const result = await scenario({ quick });
    printTable(result.name, result.table);
    if (result.note) process.stdout.write(`${result.note}\n`);
    results.push(result);
  }
  const file = new URL('./results.json', import.meta.url);
  await writeFile(file, `${JSON.stringify({ at: new Date().toISOString(), machine: machine(), results }, null, 2)}\n`);
  process.stdout.write(`\nwrote ${file.pathname}\n`);
}

await run(process.argv.slice(2));
process.exit(0);
