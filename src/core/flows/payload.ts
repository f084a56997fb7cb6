/**
 * Compact button payloads. They travel as Telegram callback data (≤ 64 bytes), Zalo OA
 * `oa.query.hide` payloads and numbered console options, and come back in `Inbound.payload`.
 * Each carries where it was offered, so a stale button can be recognised.
 */
export type Payload =
  | { kind: 'lesson'; lessonId: string }
  | { kind: 'next'; lessonId: string; stepId: string }
  | { kind: 'choice'; lessonId: string; stepId: string; index: number }
  | { kind: 'quiz'; lessonId: string; question: number; option: number }
  | { kind: 'review'; lessonId: string; questionId: string; option: number }
  | { kind: 'pre-start'; lessonId: string }
  | { kind: 'pre'; lessonId: string; question: number; option: number }
  | { kind: 'pre-skip'; lessonId: string }
  | { kind: 'task'; lessonId: string; option: number }
  | { kind: 'command'; name: string; arg?: string };

export const MAX_PAYLOAD_BYTES = 64;

export function encodePayload(p: Payload): string {
  switch (p.kind) {
    case 'lesson':
      return `l:${p.lessonId}`;
    case 'next':
      return `n:${p.lessonId}:${p.stepId}`;
    case 'choice':
      return `c:${p.lessonId}:${p.stepId}:${p.index}`;
    case 'quiz':
      return `q:${p.lessonId}:${p.question}:${p.option}`;
    case 'review':
      return `r:${p.lessonId}:${p.questionId}:${p.option}`;
    case 'pre-start':
      return `ps:${p.lessonId}`;
    case 'pre':
      return `p:${p.lessonId}:${p.question}:${p.option}`;
    case 'pre-skip':
      return `px:${p.lessonId}`;
    case 'task':
      return `t:${p.lessonId}:${p.option}`;
    case 'command':
      return p.arg === undefined ? `k:${p.name}` : `k:${p.name}:${p.arg}`;
  }
}

const ID = '[a-z0-9-]{1,24}';
const PATTERNS: Array<[RegExp, (m: RegExpMatchArray) => Payload]> = [
  [new RegExp(`^l:(${ID})$`), (m) => ({ kind: 'lesson', lessonId: m[1]! })],
  [new RegExp(`^n:(${ID}):(${ID})$`), (m) => ({ kind: 'next', lessonId: m[1]!, stepId: m[2]! })],
  [
    new RegExp(`^c:(${ID}):(${ID}):(\\d)$`),
    (m) => ({ kind: 'choice', lessonId: m[1]!, stepId: m[2]!, index: Number(m[3]) }),
  ],
  [
    new RegExp(`^q:(${ID}):(\\d{1,2}):(\\d)$`),
    (m) => ({ kind: 'quiz', lessonId: m[1]!, question: Number(m[2]), option: Number(m[3]) }),
  ],
  [
    new RegExp(`^r:(${ID}):(${ID}):(\\d)$`),
    (m) => ({ kind: 'review', lessonId: m[1]!, questionId: m[2]!, option: Number(m[3]) }),
  ],
  [new RegExp(`^ps:(${ID})$`), (m) => ({ kind: 'pre-start', lessonId: m[1]! })],
  [
    new RegExp(`^p:(${ID}):(\\d):(\\d)$`),
    (m) => ({ kind: 'pre', lessonId: m[1]!, question: Number(m[2]), option: Number(m[3]) }),
  ],
  [new RegExp(`^px:(${ID})$`), (m) => ({ kind: 'pre-skip', lessonId: m[1]! })],
  [new RegExp(`^t:(${ID}):(\\d)$`), (m) => ({ kind: 'task', lessonId: m[1]!, option: Number(m[2]) })],
  [/^k:([a-z-]{1,20})(?::([\w.-]{1,40}))?$/, (m) => ({ kind: 'command', name: m[1]!, ...(m[2] ? { arg: m[2] } : {}) })],
];

/** Parses a payload; anything malformed or tampered with gives undefined. */
export function decodePayload(raw: string): Payload | undefined {
  if (Buffer.byteLength(raw, 'utf8') > MAX_PAYLOAD_BYTES) return undefined;
  for (const [pattern, build] of PATTERNS) {
    const m = raw.match(pattern);
    if (m) return build(m);
  }
  return undefined;
}

export const command = (name: string, arg?: string): string =>
  encodePayload(arg === undefined ? { kind: 'command', name } : { kind: 'command', name, arg });
