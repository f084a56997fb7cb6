import { command } from '../../core/flows/payload.ts';
import { QUESTION_ID } from './question.ts';

/** Command names of the handoff buttons (`k:<name>[:<arg>]`). */
export const HO = {
  /** Learner asks for a person (the answers feature's button, or typed). */
  ask: 'handoff',
  send: 'ho-send',
  retype: 'ho-retype',
  cancel: 'ho-cancel',
  admins: 'ho-admins',
  claim: 'ho-claim',
  pass: 'ho-pass',
  passTo: 'ho-to',
  close: 'ho-close',
  rate: 'ho-rate',
  kb: 'ho-kb',
  list: 'ho-list',
  offDuty: 'ho-off',
  onDuty: 'ho-on',
} as const;

export const hoButton = (name: string, questionId?: string): string => command(name, questionId);

/**
 * Payload arguments cannot hold ':' (see flows/payload.ts), so two-part arguments are joined
 * with '.': `k:ho-rate:A7K2.up`, `k:ho-to:A7K2.phuong-yen-hoa`. ':' is accepted too.
 */
export const pairArg = (questionId: string, value: string): string => `${questionId}.${value}`;

/** The question id of a command argument, if well formed. */
export function questionArg(arg: string | undefined): string | undefined {
  const id = arg?.split(/[.:]/, 1)[0]?.toUpperCase();
  return id !== undefined && QUESTION_ID.test(id) ? id : undefined;
}

/** `A7K2.up` → { id: 'A7K2', value: 'up' }. */
export function pairOf(arg: string | undefined): { id: string; value: string } | undefined {
  const m = arg?.match(/^([A-Za-z0-9]{4})[.:]([a-z0-9-]{1,34})$/);
  const id = m?.[1]?.toUpperCase();
  return id && QUESTION_ID.test(id) ? { id, value: m![2]! } : undefined;
}

/** Typed ways of asking for a person (folded). */
export const ASK_PHRASES = [
  'gap nguoi ho tro',
  'hoi can bo',
  'hoi can bo ho tro',
  'gap can bo',
  'gap can bo ho tro',
  'hoi nguoi ho tro',
  'nguoi ho tro',
  'can bo ho tro',
  'hoi to cong nghe so',
  'gap to cong nghe so',
  'hoi tinh nguyen vien',
  'gap nguoi that',
  'noi chuyen voi nguoi that',
  'hoi nguoi that',
  'gap can bo phuong',
  'gap can bo xa',
  'hoi can bo phuong',
  'hoi can bo xa',
  'noi chuyen voi can bo',
  'lien he can bo',
  'lien he to cong nghe so',
  'nho can bo',
  'nho can bo giup',
  'nho nguoi giup',
  'can nguoi giup',
  'can nguoi that',
];
