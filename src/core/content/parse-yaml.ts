import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { ContentProblem } from '../errors.ts';

export type PathKey = string | number;

/** A parsed content file that can still tell on which line any value stands. */
export interface LocatedYaml<T> {
  file: string;
  data: T;
  /** Line (1-based) of the value at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PathKey[]): number;
}

/** On failure `raw` is whatever parsed (so callers can still learn e.g. the file's id). */
export type ParseResult<T> =
  | { ok: true; value: LocatedYaml<T> }
  | { ok: false; problems: ContentProblem[]; raw?: unknown };

function locator(doc: Document, counter: LineCounter): (path: readonly PathKey[]) => number {
  return (path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const sub = path.slice(0, depth);
      const node = sub.length === 0 ? doc.contents : doc.getIn(sub, true);
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range) return counter.linePos(range[0]).line;
    }
    return 1;
  };
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = raw;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  if (issue.code === 'unrecognized_keys') {
    return `${where}unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling or remove it`;
  }
  if (issue.code === 'invalid_type') {
    const value = valueAt(raw, issue.path);
    if (value === undefined) return `${where}is missing; add it`;
    const shown = JSON.stringify(value);
    const found = shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
    const fix = issue.expected === 'string' ? 'put the value in quotes' : 'fix the value';
    return `${where}expected ${issue.expected} but found ${typeof value} ${found}; ${fix}`;
  }
  return `${where}${issue.message}`;
}

/**
 * Parses one YAML file against a zod schema. Every problem comes back as
 * `file:line: what is wrong and how to fix it`, never as an exception.
 */
export function parseYaml<S extends z.ZodType>(file: string, text: string, schema: S): ParseResult<z.output<S>> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        file,
        line: counter.linePos(e.pos[0]).line,
        message:
          `YAML syntax: ${e.message.split('\n')[0]}; ` +
          'check indentation and quotes (text containing ":" must be in quotes)',
      })),
    };
  }
  const lineOf = locator(doc, counter);
  const raw: unknown = doc.toJS();
  if (raw === null || raw === undefined || (!isMap(doc.contents) && !isSeq(doc.contents))) {
    return {
      ok: false,
      problems: [{ file, line: 1, message: 'file is empty or not a YAML mapping; see flows/README.md for an example' }],
    };
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    return {
      ok: false,
      raw,
      problems: result.error.issues.map((issue) => ({
        file,
        line: lineOf(issue.path as PathKey[]),
        message: describeIssue(issue, raw),
      })),
    };
  }
  return { ok: true, value: { file, data: result.data, lineOf } };
}
