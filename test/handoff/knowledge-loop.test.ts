import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { knowledgeCommand } from '../../src/cli/knowledge-command.ts';
import { createConfig } from '../../src/config.ts';
import { checkContent } from '../../src/content/load-content.ts';
import { knowledgeEntrySchema } from '../../src/core/content/knowledge-schema.ts';
import { parseYaml } from '../../src/core/content/parse-yaml.ts';
import { redisAvailable } from '../support/redis.ts';
import { handoffStack, joinTeam, onboard, questionId, type HandoffStack } from './handoff-stack.ts';

const hasRedis = await redisAvailable();
let flowsCopy: string | undefined;
afterEach(async () => {
  if (flowsCopy) await rm(flowsCopy, { recursive: true, force: true });
  flowsCopy = undefined;
});

/** The real CLI in a child process (slow: used once per command worth proving end to end). */
function spawnCli(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, ['bin/hocvuso.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `hocvuso knowledge …` in process, with the settings the CLI would read. */
async function knowledge(args: string[], env: Record<string, string>) {
  const out = { stdout: '', stderr: '' };
  const sink = (k: 'stdout' | 'stderr') =>
    new Writable({ write: (chunk, _enc, done) => void ((out[k] += String(chunk)), done()) });
  const status = await knowledgeCommand(createConfig(env), args, { stdout: sink('stdout'), stderr: sink('stderr') });
  return { status, ...out };
}

/** A learner's question answered by the team member, then marked "Thêm vào kho kiến thức". */
async function answeredAndMarked(
  s: HandoffStack,
  learnerId: string,
  question: string,
  answer: string,
): Promise<{ id: string; reply: string }> {
  const learner = await onboard(s, learnerId, 'Phường Yên Hòa');
  await learner.say('hỏi cán bộ');
  await learner.say(question);
  const id = questionId(await learner.press('k:ho-send'));
  const member = s.chat('telegram:601');
  await member.press(`k:ho-claim:${id}`);
  const ack = await member.say(answer);
  expect(ack).toContain('Thêm vào kho kiến thức');
  return { id, reply: await member.press(`k:ho-kb:${id}`) };
}

describe.runIf(hasRedis)('growing the knowledge base from team answers (Redis)', () => {
  it('writes a valid draft entry that an admin approves into a file `flows check` accepts', async () => {
    const s = await handoffStack();
    await joinTeam(s, 'telegram:601', 'Nguyễn Thị Lan');
    const first = await answeredAndMarked(
      s,
      'zalooa:611',
      'Gọi 0912345678 hỏi mãi không được, cho tôi hỏi đăng ký tài khoản dịch vụ công ở phường nào?',
      'Bác mang căn cước ra bộ phận một cửa của UBND phường, cán bộ sẽ hướng dẫn đăng ký tài khoản dịch vụ công ạ.',
    );
    expect(first.reply).toContain('Đã tạo bản nháp');
    expect(await s.chat('telegram:601').press(`k:ho-kb:${first.id}`)).toContain('đã có bản nháp');

    const names = (await readdir(s.draftsDir)).filter((n) => n.endsWith('.yaml'));
    expect(names).toEqual([`tu-to-${first.id.toLowerCase()}.yaml`]);
    const text = await readFile(path.join(s.draftsDir, names[0]!), 'utf8');
    const parsed = parseYaml(names[0]!, text, knowledgeEntrySchema);
    expect(parsed.ok).toBe(true);
    const entry = parsed.ok ? parsed.value.data : undefined;
    expect(entry?.questions[0]).toContain('đăng ký tài khoản dịch vụ công');
    expect(entry?.questions[0]).not.toMatch(/0912|số điện thoại/);
    expect(entry?.answer).toContain('bộ phận một cửa');
    expect(entry?.author).toBe('Chị Lan, tổ công nghệ số Phường Yên Hòa');
    expect(entry?.sourceTitle).toBe('Tổ công nghệ số Phường Yên Hòa');
    expect(entry?.source).toMatch(/^https:\/\//);
    expect(entry?.reviewed).toBe('2026-11-25');
    expect(text).not.toContain('zalooa:611');
    expect(text).not.toContain('telegram:601');

    const second = await answeredAndMarked(
      s,
      'zalo:612',
      'Ứng dụng VNeID báo lỗi khi quét thẻ căn cước thì sao?',
      'Bác tháo ốp lưng, đặt thẻ sát mặt sau điện thoại và giữ yên vài giây ạ.',
    );
    const third = await answeredAndMarked(
      s,
      'zalo:613',
      'Có nên cho người lạ mượn điện thoại không?',
      'Không nên ạ, người lạ có thể đọc mã OTP và lấy tiền.',
    );

    // Review on a copy of the content, as an admin would on the repository.
    flowsCopy = await mkdtemp(path.join(tmpdir(), 'hv-flows-'));
    await cp('flows', flowsCopy, { recursive: true });
    const before = (await checkContent({ dir: flowsCopy })).content!.knowledge.length;
    const env = { KNOWLEDGE_DRAFTS_DIR: s.draftsDir, CONTENT_DIR: flowsCopy };
    const list = spawnCli(['knowledge', 'review'], env);
    expect(list.status).toBe(0);
    expect(list.stdout).toContain('3 draft(s)');
    expect(list.stdout).toContain('Chị Lan');
    const show = await knowledge(['review', 'show', `tu-to-${first.id.toLowerCase()}`], env);
    expect(show.stdout).toContain('bộ phận một cửa');

    const approved = await knowledge(['review', 'approve', `tu-to-${first.id.toLowerCase()}.yaml`], env);
    expect(approved.stderr).toBe('');
    expect(approved.status).toBe(0);
    const teamFile = await readFile(path.join(flowsCopy, 'knowledge', 'tu-to-cong-nghe-so.yaml'), 'utf8');
    expect(teamFile).toContain(`tu-to-${first.id.toLowerCase()}`);
    // Into an existing topic file: appended, the file's comments kept.
    expect(
      (await knowledge(['review', 'approve', `tu-to-${second.id.toLowerCase()}`, '--into', 'vneid'], env)).status,
    ).toBe(0);
    const vneid = await readFile(path.join(flowsCopy, 'knowledge', 'vneid.yaml'), 'utf8');
    expect(vneid.startsWith('# yaml-language-server')).toBe(true);
    expect(vneid).toContain(`tu-to-${second.id.toLowerCase()}`);

    expect((await checkContent({ dir: flowsCopy })).content?.knowledge.length).toBe(before + 2);
    expect(await readdir(s.draftsDir)).toEqual([`tu-to-${third.id.toLowerCase()}.yaml`]);

    // The same entry twice is refused and nothing changes; a rejected draft is kept aside.
    const duplicate = path.join(s.draftsDir, 'tu-to-lap-lai.yaml');
    await writeFile(
      duplicate,
      (await readFile(path.join(s.draftsDir, `tu-to-${third.id.toLowerCase()}.yaml`), 'utf8')).replace(
        /^id: .*$/m,
        `id: tu-to-${first.id.toLowerCase()}`,
      ),
    );
    const refused = await knowledge(['review', 'approve', 'tu-to-lap-lai'], env);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('already used');
    expect(await readFile(path.join(flowsCopy, 'knowledge', 'tu-to-cong-nghe-so.yaml'), 'utf8')).toBe(teamFile);
    expect((await knowledge(['review', 'reject', `tu-to-${third.id.toLowerCase()}`], env)).stdout).toContain(
      'Rejected',
    );
    expect(await readdir(path.join(s.draftsDir, 'rejected'))).toEqual([`tu-to-${third.id.toLowerCase()}.yaml`]);
    const check = spawnCli(['flows', 'check', flowsCopy], {});
    expect(check.stderr).toBe('');
    expect(check.stdout).toContain(`${before + 2} knowledge entries`);
    expect(check.status).toBe(0);
  });
});
