import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs the real `hocvuso chat` with piped input, as `printf '…' | npm start --silent` does. */
function runChat(lines: string[], env: Record<string, string> = {}): Promise<{ out: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/hocvuso.js', 'chat'], {
      env: { ...process.env, REDIS_URL: '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ out, code }));
    child.stdin.end(lines.map((l) => `${l}\n`).join(''));
  });
}

describe('terminal chat (piped)', () => {
  it('prints the menu, opens lesson 1 and exits at end of input', async () => {
    const { out, code } = await runChat(['menu', 'bac', 'bo qua', '1']);
    expect(code).toBe(0);
    expect(out).toContain('Kính chào');
    expect(out).toContain('1. 📘 Điện thoại thông minh');
    expect(out).toContain('📘 Điện thoại thông minh: chữ to, Wi-Fi, cài ứng dụng (1/');
    expect(out).toContain('(Gõ số để chọn)');
  });

  it('completes a lesson and its quiz by typed numbers, then shows progress', async () => {
    // The AI lesson: always taking option 1 walks every step; quiz answers are typed as numbers.
    const lines = ['xin chao', 'bac', 'bo qua', '7', ...Array(16).fill('1'), 'tien do'];
    const { out, code } = await runChat(lines);
    expect(code).toBe(0);
    expect(out).toContain('Câu 1/');
    expect(out).toMatch(/✅ Đúng rồi|❌ Chưa đúng/);
    expect(out).toMatch(/đã học xong bài|trả lời đúng cả/);
    expect(out).toContain('Đã học xong: 1/8 bài');
  });

  it('asks before stopping on a bare "dung" in a lesson, and stops on "dừng lại"', async () => {
    const { out } = await runChat(['menu', 'bac', 'bo qua', '2', '1', 'dung', 'dung lai', 'hoc tiep']);
    expect(out).toContain('Dừng nhận tin');
    expect(out).toContain('Đã dừng');
    expect(out).toContain('Mình học tiếp nhé');
  });
});
