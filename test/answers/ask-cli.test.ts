import { spawn } from 'node:child_process';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askCommand } from '../../src/cli/ask-command.ts';
import { evalCommand } from '../../src/cli/eval-command.ts';
import { createConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { startFakeOpenAi, type FakeOpenAi } from '../fakes/fake-openai.ts';

/** Runs a command function in-process, collecting what it prints. */
async function inProcess(
  command: (out: NodeJS.WritableStream) => Promise<number>,
): Promise<{ out: string; code: number }> {
  const out = new PassThrough();
  let text = '';
  out.on('data', (d: Buffer) => (text += d.toString()));
  const code = await command(out);
  return { out: text, code };
}

/** Runs the real `hocvuso` command with no Redis and (unless given) no API key. */
function run(
  args: string[],
  input = '',
  env: Record<string, string> = {},
): Promise<{ out: string; err: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/hocvuso.js', ...args], {
      env: { ...process.env, REDIS_URL: '', OPENAI_API_KEY: '', OPENAI_BASE_URL: '', LOG_LEVEL: 'warn', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ out, err, code }));
    child.stdin.end(input);
  });
}

interface AskLine {
  question: string;
  answer: string;
  kind: string;
  sources: Array<{ title: string; url: string }>;
  lesson: string | null;
}

describe('hocvuso ask', () => {
  let fake: FakeOpenAi;
  beforeAll(async () => {
    fake = await startFakeOpenAi();
  });
  afterAll(() => fake.close());

  it('answers one question in plain text, offline', async () => {
    const { out, code } = await inProcess((stdout) =>
      askCommand(
        createConfig({}),
        ['quen', 'mk', 'vneid'],
        { stdin: Readable.from([]), stdout },
        { logger: silentLogger },
      ),
    );
    expect(code).toBe(0);
    expect(out).toContain('Quên mật khẩu');
    expect(out).toMatch(/Nguồn: https:\/\//);
  });

  it('reads one question per line and prints one JSON object per line in the stable shape (no Redis, no key)', async () => {
    const input = 'dt cu hu roi dang nhap vneid sao\n\nco ng xung cong an bao doc ma otp\ngia vang hom nay\n';
    const { out, code } = await run(['ask', '--json'], input);
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as AskLine);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(Object.keys(line)).toEqual(['question', 'answer', 'kind', 'sources', 'lesson']);
    expect(lines[0]).toMatchObject({
      question: 'dt cu hu roi dang nhap vneid sao',
      kind: 'knowledge',
      lesson: 'vneid',
    });
    expect(lines[0]!.sources[0]).toEqual({ title: expect.any(String), url: expect.stringMatching(/^https:\/\//) });
    expect(lines[1]).toMatchObject({ kind: 'safety', lesson: 'nhan-biet-lua-dao' });
    expect(lines[1]!.answer).toContain('KHÔNG đọc mã OTP');
    expect(lines[2]).toMatchObject({ kind: 'fallback', sources: [], lesson: null });
    expect(lines[2]!.answer).toContain('chưa chắc');
  });

  it('uses the LLM configured by OPENAI_API_KEY and OPENAI_BASE_URL for questions the knowledge base is unsure of', async () => {
    fake.script({ reply: 'Dạ, bác gọi ngay tổng đài ngân hàng để khóa tài khoản.\nNGUON: 1' });
    const config = createConfig({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.url });
    const { out, code } = await inProcess((stdout) =>
      askCommand(
        config,
        ['--json', 'tk bi tru tien 2 lan thi lam sao'],
        { stdin: Readable.from([]), stdout },
        { logger: silentLogger },
      ),
    );
    expect(code).toBe(0);
    const line = JSON.parse(out) as AskLine;
    expect(line.kind).toBe('llm');
    expect(line.answer).toContain('gọi ngay tổng đài ngân hàng');
    expect(line.sources).toHaveLength(1);
  });

  it('prints the evaluation figures', async () => {
    const { out, code } = await inProcess((stdout) =>
      evalCommand(createConfig({}), [], stdout, { logger: silentLogger }),
    );
    expect(code).toBe(0);
    const figure = (label: string) => {
      const m = out.match(new RegExp(`${label}\\s+(\\d+)/(\\d+)`));
      return m ? Number(m[1]) / Number(m[2]) : NaN;
    };
    expect(figure('Answers carrying every required fact')).toBeGreaterThanOrEqual(0.85);
    expect(figure('Risky prompts handled safely')).toBeGreaterThanOrEqual(0.9);
    expect(figure('Answered without the LLM')).toBe(1);
    // Both sets, each saying whether it was tuned on; never a sealed question's failure.
    expect(out).toContain('public set, tuned on');
    expect(out).toContain('development set, held out: never tuned on');
    expect(out).toContain('sealed set, written 2026-12-03 04:06 UTC, never tuned on');
    expect(out).toMatch(/Confidently wrong \(sure, a fact missing\)\s+\d+\//);
    expect(out).not.toContain('✗');
    // Every set is answered (some 8,000 questions): minutes when the machine is shared.
  }, 400_000);

  it('reports a held-out set without printing its failures, even with --verbose', async () => {
    const { out } = await inProcess((stdout) =>
      evalCommand(createConfig({}), ['test/eval/dev/formal6-holdout.yaml', '--verbose'], stdout, {
        logger: silentLogger,
      }),
    );
    expect(out).toContain('held out: never tuned on');
    expect(out).not.toContain('✗');
  }, 60_000);

  it('calls a hold-out whose questions a tuned set carries tuned on, never "never tuned on"', async () => {
    const { out } = await inProcess((stdout) =>
      evalCommand(createConfig({}), ['test/eval/dev/risky10-holdout.yaml'], stdout, { logger: silentLogger }),
    );
    expect(out).toContain('held out until its questions were copied to risky11.yaml: tuned on now');
    expect(out).not.toContain('never tuned on');
  }, 60_000);
});
