import type { Learner } from '../../core/learners/learner.ts';

/** One lesson as printed on an award. */
export interface AwardedLesson {
  id: string;
  title: string;
  score: number;
  total: number;
}

/**
 * What the store keeps of an award: exactly what is printed on it (plus the ward's slug, so a
 * ward's team sees its own), never the conversation id or anything else about the learner.
 */
export interface CertificateRecord {
  code: string;
  imageToken: string;
  /** `course`: every lesson finished; `badge`: one lesson. */
  kind: 'course' | 'badge';
  /** The name the learner chose for it; badges earned before choosing carry none. */
  name?: string;
  ward?: string;
  wardCode?: string;
  /** Local day of completion, YYYY-MM-DD. */
  day: string;
  issuedAt: string;
  lessons: AwardedLesson[];
}

/** The learner's certificate state, kept in `learner.ext.certificate`. */
export interface CertificateState {
  /** The name to print, as the learner confirmed it. */
  name?: string;
  /** Waiting for the learner to type a name, or to confirm `pendingName`. */
  asking?: 'name' | 'confirm';
  pendingName?: string;
  /** Code of the course certificate, once earned. */
  course?: string;
  /** Code of the latest badge per lesson id. */
  badges?: Record<string, string>;
}

export const CERTIFICATE_EXT = 'certificate';

export function certificateState(learner: Learner): CertificateState {
  const value = learner.ext?.[CERTIFICATE_EXT];
  return typeof value === 'object' && value !== null ? (value as CertificateState) : {};
}

export function withCertificateState(learner: Learner, state: CertificateState): Learner {
  return { ...learner, ext: { ...learner.ext, [CERTIFICATE_EXT]: state } };
}
