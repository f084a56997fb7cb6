import path from 'node:path';
import { checkContent } from '../load-content.ts';
import type { Content } from '../../core/content/content.ts';
import type { KnowledgeEntry } from '../../core/content/knowledge-schema.ts';
import type { Lesson } from '../../core/content/lesson-schema.ts';
import type { ContentProblem } from '../../core/errors.ts';
import { daysBetween } from '../../core/time/local-day.ts';

/** A lesson or knowledge entry with how long ago it was reviewed and whether that is too long. */
export interface Reviewed<T> {
  item: T;
  ageDays: number;
  stale: boolean;
}

/** The content being served, checked against the files on disk as they are now. */
export interface ContentStatus {
  lessons: Array<Reviewed<Lesson> & { problems: ContentProblem[] }>;
  knowledge: Array<Reviewed<KnowledgeEntry>>;
  /** Problems found on disk outside the lesson files (knowledge files, prompts, new files). */
  otherProblems: ContentProblem[];
}

export interface ContentStatusInput {
  content: Content;
  dir: string;
  promptsDir: string;
  today: string;
  reviewDays: number;
}

/**
 * Re-runs the same check as `hocvuso flows check`, so an author who edited a file after the
 * server started sees the mistakes before the next restart refuses to load it.
 */
export async function contentStatus(input: ContentStatusInput): Promise<ContentStatus> {
  const { problems } = await checkContent({ dir: input.dir, promptsDir: input.promptsDir });
  const age = (reviewed: string) => daysBetween(reviewed, input.today);
  const lessonFile = (id: string) => path.resolve(input.dir, 'lessons', `${id}.yaml`);
  const used = new Set<ContentProblem>();
  const lessons = input.content.lessons.map((item) => {
    const mine = problems.filter((p) => path.resolve(p.file) === lessonFile(item.id));
    mine.forEach((p) => used.add(p));
    return { item, ageDays: age(item.reviewed), stale: age(item.reviewed) > input.reviewDays, problems: mine };
  });
  const knowledge = input.content.knowledge.map((item) => ({
    item,
    ageDays: age(item.reviewed),
    stale: age(item.reviewed) > input.reviewDays,
  }));
  return { lessons, knowledge, otherProblems: problems.filter((p) => !used.has(p)) };
}
