import { z } from 'zod';

const url = z.url({ message: 'must be a full web address starting with https://' });

export const knowledgeEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and dashes only'),
  questions: z.array(z.string().min(3)).min(1, 'give at least one way people ask this question'),
  keywords: z.array(z.union([z.string(), z.number()]).transform(String)).default([]),
  answer: z.string().min(1).max(900, 'answers are short: keep under 900 characters'),
  source: url,
  sourceTitle: z.string().min(1),
  reviewed: z.iso.date({ message: 'write the review date as YYYY-MM-DD, e.g. 2026-11-25' }),
  lesson: z.string().optional(),
  author: z.string().optional(),
});

export const knowledgeFileSchema = z.strictObject({
  topic: z.string().min(1),
  entries: z.array(knowledgeEntrySchema).min(1),
});

export type KnowledgeEntry = z.infer<typeof knowledgeEntrySchema>;
export type KnowledgeFile = z.infer<typeof knowledgeFileSchema>;
