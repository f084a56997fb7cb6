import os from 'node:os';
import { loadConfig } from '../src/config.ts';

/** The Redis the benchmarks use: REDIS_URL, or the local default. */
export const BENCH_REDIS_URL = loadConfig().REDIS_URL ?? 'redis://127.0.0.1:6379';

/** One scenario's figures: named numbers plus a printable table. */
export interface ScenarioResult {
  name: string;
  /** Flat figures written to bench/results.json. */
  figures: Record<string, number | string>;
  /** Rows printed as a table. */
  table: Array<Record<string, number | string>>;
  /** What dominates, in one sentence, for docs/benchmarks.md. */
  note?: string;
}

/** Command-line options of `npm run bench`. */
export interface ScenarioOptions {
  /** `--quick`: smaller runs for a smoke test. */
  quick: boolean;
  /** `--baseline=<git ref>`: an earlier commit measured in the same run (inbound). */
  baseline?: string;
  /** `--rounds=<n>`: rounds per inbound level (default 5); each round is as long as with 5, so more rounds run longer. */
  rounds?: number;
  /** Results of the scenarios already run in this invocation, by name (scenario 5 reads scenario 1's). */
  earlier: ReadonlyMap<string, ScenarioResult>;
}

export type Scenario = (options: ScenarioOptions) => Promise<ScenarioResult>;

/** The value of `--name=value` among a script's arguments, if given. */
export function cliOption(args: readonly string[], name: string): string | undefined {
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

/** p50/p99 of latencies in milliseconds, rounded to 0.01 ms. */
export function latencySummary(samples: number[]): { p50: number; p99: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    p50: round(percentile(sorted, 50)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? 0),
  };
}

export function printTable(
  title: string,
  rows: Array<Record<string, number | string>>,
  out: NodeJS.WritableStream = process.stdout,
): void {
  out.write(`\n## ${title}\n`);
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |\n`;
  out.write(line(columns));
  out.write(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) out.write(line(columns.map((c) => String(row[c] ?? ''))));
}

export function machine(): Record<string, string | number> {
  return {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}
