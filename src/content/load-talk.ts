import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseYaml } from '../core/content/parse-yaml.ts';
import {
  EMPTY_TALK,
  type StopFile,
  stopFileSchema,
  type TalkFile,
  talkFileSchema,
  type TalkTables,
} from '../core/content/talk-schema.ts';
import type { ContentProblem } from '../core/errors.ts';
import { explainKey } from '../core/text/explain-words.ts';
import { HONORIFICS } from '../core/learners/learner.ts';
import { fold } from '../core/text/fold.ts';
import type { LocatedYaml } from '../core/content/parse-yaml.ts';

async function optionalText(file: string): Promise<string | undefined> {
  return readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
}

/**
 * Reads `flows/stop.yaml` and `flows/talk.yaml` (each optional: without it the tutor knows
 * only "stop", "có" and "không"). A phrase may not mean two things: a stop phrase that is
 * also a yes, or one phrase in two replies, is reported with its line.
 */
export async function loadTalk(dir: string, problems: ContentProblem[]): Promise<TalkTables> {
  const tables: TalkTables = { stop: EMPTY_TALK.stop, talk: EMPTY_TALK.talk };
  const stopFile = path.join(dir, 'stop.yaml');
  const stopText = await optionalText(stopFile);
  if (stopText !== undefined) {
    const parsed = parseYaml(stopFile, stopText, stopFileSchema);
    if (parsed.ok) tables.stop = parsed.value.data;
    else problems.push(...parsed.problems);
  }
  const talkFile = path.join(dir, 'talk.yaml');
  const talkText = await optionalText(talkFile);
  if (talkText !== undefined) {
    const parsed = parseYaml(talkFile, talkText, talkFileSchema);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      return tables;
    }
    tables.talk = parsed.value.data;
    const always = new Set(tables.stop.always.map(fold));
    parsed.value.data.yes.forEach((p, i) => {
      if (always.has(fold(p)))
        problems.push({
          file: talkFile,
          line: parsed.value.lineOf(['yes', i]),
          message: `"${p}" is a stop phrase in stop.yaml; a yes must never unsubscribe, remove it from one list`,
        });
    });
    // "chứ" folds to "chu": as a filler it would hide "chú" in "chú nhé".
    const honorifics = new Set(HONORIFICS.map(fold));
    parsed.value.data.onboarding.fillers.forEach((p, i) => {
      if (honorifics.has(fold(p)))
        problems.push({
          file: talkFile,
          line: parsed.value.lineOf(['onboarding', 'fillers', i]),
          message: `"${p}" reads as a way of being called once written without tones; remove it from fillers`,
        });
    });
    // A typed way of being called must not read as a button's once written without tones ("ba" / "bà").
    parsed.value.data.honorifics.forEach((h, i) => {
      if (honorifics.has(fold(h.word)))
        problems.push({
          file: talkFile,
          line: parsed.value.lineOf(['honorifics', i, 'word']),
          message: `"${h.word}" reads as a button's way of being called once written without tones; remove it`,
        });
    });
    const seen = new Map<string, string>();
    parsed.value.data.replies.forEach((entry, i) => {
      entry.phrases.forEach((p, j) => {
        const key = fold(p);
        const other = seen.get(key);
        if (key !== '' && other !== undefined && other !== entry.id)
          problems.push({
            file: talkFile,
            line: parsed.value.lineOf(['replies', i, 'phrases', j]),
            message: `"${p}" is already a phrase of "${other}"; keep it in one reply`,
          });
        seen.set(key, entry.id);
      });
    });
    problems.push(...explainProblems(talkFile, parsed.value, tables.stop));
  }
  return tables;
}

/**
 * "không hiểu" and "nói lại" must mean only that: not empty once the `around` words are gone,
 * in one list, and no yes, no, stop word, command or small talk.
 */
function explainProblems(file: string, located: LocatedYaml<TalkFile>, stop: StopFile): ContentProblem[] {
  const talk = located.data;
  const taken = new Map<string, string>();
  const claim = (list: readonly string[], what: string) => {
    for (const p of list) taken.set(fold(p), what);
  };
  claim(stop.always, 'a stop phrase in stop.yaml');
  claim(stop.ambiguous, 'the ambiguous stop word in stop.yaml');
  claim(talk.yes, 'a yes');
  claim(talk.no, 'a no');
  for (const [name, list] of Object.entries(talk.commands)) claim(list ?? [], `a phrase of the command "${name}"`);
  for (const r of talk.replies) claim(r.phrases, `a phrase of the reply "${r.id}"`);
  const problems: ContentProblem[] = [];
  const mine = new Map<string, string>();
  for (const group of ['unclear', 'again'] as const) {
    talk.explain[group].forEach((p, i) => {
      const at = (message: string) => problems.push({ file, line: located.lineOf(['explain', group, i]), message });
      const key = explainKey(p, talk);
      const other = taken.get(fold(p)) ?? taken.get(key);
      if (key === '')
        at(`"${p}" is only particles or \`around\` words; write what the learner says, e.g. "không hiểu"`);
      else if (other) at(`"${p}" is already ${other}; one phrase can mean one thing, remove it from one list`);
      else if (mine.has(key) && mine.get(key) !== group)
        at(`"${p}" is also in \`explain.${mine.get(key)}\`; keep it in one list`);
      mine.set(key, group);
    });
  }
  return problems;
}
