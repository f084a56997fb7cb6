import { nestsDeeperThan } from '../json-depth.ts';

/** Integer literals longer than this lose precision as JS numbers (2^53 has 16 digits). */
const SAFE_DIGITS = 15;

/**
 * Quotes integer literals too long for a JS number, outside strings, so ids like
 * `"user_id": 3254897641231236512` survive as the string `"3254897641231236512"`.
 */
function quoteBigIntegers(raw: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (inString) {
      out += ch;
      if (ch === '\\') out += raw[++i] ?? '';
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') {
      inString = true;
      out += ch;
      continue;
    }
    if (ch === '-' || (ch >= '0' && ch <= '9')) {
      let end = i + 1;
      while (end < raw.length && /[0-9.eE+-]/.test(raw[end]!)) end++;
      const literal = raw.slice(i, end);
      const digits = literal.replace(/^-/, '');
      out += /^\d+$/.test(digits) && digits.length > SAFE_DIGITS ? `"${literal}"` : literal;
      i = end - 1;
      continue;
    }
    out += ch;
  }
  return out;
}

/**
 * Parses JSON from Zalo; long integer ids become strings. Undefined when the text is not JSON
 * or nests deeper than any event does ({@link nestsDeeperThan}).
 */
export function parseZaloJson(raw: string | Buffer): unknown {
  if (nestsDeeperThan(raw)) return undefined;
  try {
    return JSON.parse(quoteBigIntegers(typeof raw === 'string' ? raw : raw.toString('utf8')));
  } catch {
    return undefined;
  }
}
