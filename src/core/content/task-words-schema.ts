import { z } from 'zod';

const foldedPhrase = z
  .string()
  .regex(
    /^[a-z0-9]+(?: [a-z0-9]+)*$/,
    'write the phrase folded and read: lower case, no diacritics (e.g. "thu xin phep")',
  );

const task = z.strictObject({
  /** What the task is, for people reading the file ("đơn, thư xin phép"). */
  task: z.string().min(1),
  /** How people name it, folded and read ("tui" already "toi"): whole words or phrases. */
  say: z.array(foldedPhrase).min(1, 'give at least one way people name the task'),
  /** The words the entry for this task uses, added after what was said ("soan don thu"). */
  as: foldedPhrase,
});

/**
 * `flows/language/tasks.yaml`: the jobs people ask an AI assistant to do, in their own words
 * ("thư xin phép nghỉ ốm", "mấy dòng đăng kèm hình"), read as the words of the entry for that job;
 * and `asking`, the frames around such a request that name no job ("chỉ tôi cách nhờ", "thì gõ
 * sao"): they stay in the text but are no topic words, like `filler` in `words.yaml`.
 */
export const taskWordsFileSchema = z.strictObject({
  asking: z.array(foldedPhrase).default([]),
  tasks: z.array(task).default([]),
});

export type TaskWords = z.infer<typeof taskWordsFileSchema>;
