import { access } from 'node:fs/promises';
import type { Config } from '../config.ts';
import { approveDraft, TEAM_TOPIC } from '../content/approve-draft.ts';
import { draftPath, listDrafts, readDraft, rejectDraft } from '../content/knowledge-drafts.ts';

export const KNOWLEDGE_USAGE = `  knowledge review          list draft knowledge entries made from team answers
  knowledge review show <draft>
  knowledge review approve <draft> [--into <topic>]   add to flows/knowledge/<topic>.yaml (default ${TEAM_TOPIC})
  knowledge review reject <draft>
`;

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** `hocvuso knowledge review …`: the admin's review of drafts written by "Thêm vào kho kiến thức". */
export async function knowledgeCommand(config: Config, args: string[], io: Io): Promise<number> {
  const [sub, action, name, ...rest] = args;
  const dir = config.KNOWLEDGE_DRAFTS_DIR;
  if (sub !== 'review') {
    io.stderr.write(`usage:\n${KNOWLEDGE_USAGE}`);
    return 2;
  }
  if (action === undefined || action === 'list') {
    const drafts = await listDrafts(dir);
    if (drafts.length === 0) {
      io.stdout.write(`No drafts in ${dir}.\n`);
      return 0;
    }
    for (const d of drafts) {
      const status = d.entry ? 'ok' : `INVALID (${d.problems.length} problem(s))`;
      io.stdout.write(
        `${d.name}  ${status}  ` +
          `${d.entry ? `"${d.entry.questions[0]}" — ${d.entry.author ?? d.entry.sourceTitle}` : ''}\n`,
      );
    }
    io.stdout.write(`${drafts.length} draft(s). Show one: hocvuso knowledge review show <draft>\n`);
    return 0;
  }
  const file = name ? draftPath(dir, name) : undefined;
  if (!file || !(await exists(file))) {
    io.stderr.write(
      name
        ? `No draft named ${name} in ${dir}.\n`
        : `Name the draft, e.g. hocvuso knowledge review ${action} tu-to-a7k2.yaml\n`,
    );
    return 1;
  }
  switch (action) {
    case 'show': {
      const draft = await readDraft(file);
      io.stdout.write(draft.text.endsWith('\n') ? draft.text : `${draft.text}\n`);
      for (const p of draft.problems) io.stderr.write(`${p.file}:${p.line}: ${p.message}\n`);
      return draft.entry ? 0 : 1;
    }
    case 'approve': {
      const into = rest[0] === '--into' ? rest[1] : undefined;
      const result = await approveDraft({ contentDir: config.CONTENT_DIR, file, ...(into ? { into } : {}) });
      if (!result.ok) {
        for (const p of result.problems) io.stderr.write(`${p.file}:${p.line}: ${p.message}\n`);
        io.stderr.write('Not approved: fix the draft (or choose another topic) and try again.\n');
        return 1;
      }
      io.stdout.write(`Approved: entry "${result.entryId}" added to ${result.target}.\n`);
      return 0;
    }
    case 'reject': {
      const moved = await rejectDraft(dir, file);
      io.stdout.write(`Rejected: moved to ${moved}.\n`);
      return 0;
    }
    default:
      io.stderr.write(`usage:\n${KNOWLEDGE_USAGE}`);
      return 2;
  }
}
