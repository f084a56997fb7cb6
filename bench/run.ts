import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { machine, printTable, type Scenario, type ScenarioResult } from './lib.ts';
import { scenarios } from './scenarios.ts';

/** What bench/results.json keeps per scenario: the result, when and how it was measured. */
interface Recorded extends ScenarioResult {
  at: string;
  quick: boolean;
  /** 1-minute load average before and after the scenario (other work on the machine skews the figures). */
  load: { before: number; after: number };
}

const round = (n: number) => Math.round(n * 100) / 100;

async function previous(file: URL): Promise<Record<string, Recorded>> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { scenarios?: Record<string, Recorded> };
    return parsed.scenarios ?? {};
  } catch {
    return {};
  }
}

/**
 * `npm run bench [-- name…] [-- --quick] [-- --baseline=<git ref>] [-- --rounds=<n>]`: runs the scenarios (all, in order, by default),
 * prints a table for each and records them in bench/results.json, keeping the figures of
 * scenarios not run this time.
 */
async function run(args: string[]): Promise<void> {
  const quick = args.includes('--quick');
  const baseline = args.find((a) => a.startsWith('--baseline='))?.slice('--baseline='.length);
  const rounds = Number(args.find((a) => a.startsWith('--rounds='))?.slice('--rounds='.length) ?? Number.NaN);
  if (args.some((a) => a.startsWith('--rounds=')) && !(Number.isInteger(rounds) && rounds > 0))
    throw new Error('--rounds takes a whole number of rounds, e.g. --rounds=9');
  const selected = args.filter((a) => !a.startsWith('--'));
  const names = selected.length > 0 ? selected : Object.keys(scenarios);
  const unknown = names.filter((n) => !scenarios[n]);
  if (unknown.length > 0)
    throw new Error(`unknown scenario ${unknown.join(', ')}; choose from ${Object.keys(scenarios).join(', ')}`);
  const file = new URL('./results.json', import.meta.url);
  const recorded = await previous(file);
  const earlier = new Map<string, ScenarioResult>();
  process.stdout.write(
    `# hocvuso benchmarks${quick ? ' (quick)' : ''}\n${JSON.stringify({ ...machine(), load: os.loadavg().map(round) })}\n`,
  );
  for (const name of names) {
    const scenario: Scenario = scenarios[name]!;
    const before = round(os.loadavg()[0]!);
    const result = await scenario({
      quick,
      earlier,
      ...(baseline ? { baseline } : {}),
      ...(Number.isInteger(rounds) ? { rounds } : {}),
    });
    earlier.set(name, result);
    recorded[name] = {
      ...result,
      at: new Date().toISOString(),
      quick,
      load: { before, after: round(os.loadavg()[0]!) },
    };
    printTable(result.name, result.table);
    if (result.note) process.stdout.write(`${result.note}\n`);
    process.stdout.write(`(load average ${before} → ${recorded[name].load.after})\n`);
  }
  const ordered = Object.fromEntries(
    Object.keys(scenarios)
      .filter((n) => recorded[n])
      .map((n) => [n, recorded[n]]),
  );
  await writeFile(file, `${JSON.stringify({ machine: machine(), scenarios: ordered }, null, 2)}\n`);
  process.stdout.write(`\nwrote ${file.pathname}\n`);
}

await run(process.argv.slice(2));
process.exit(0);
