import { z } from 'zod';

/** Zalo ids arrive as strings (or, defensively, numbers); they are always kept as strings. */
export const zaloId = z.union([z.string().min(1), z.number()]).transform((v) => String(v));
