import { z } from 'zod';

const foldedName = z
  .string()
  .regex(
    /^[a-z0-9]+(?: [a-z0-9]+)*$/,
    'write the name folded: lower case, no diacritics, words between single spaces (e.g. "dich vu cong")',
  );
const casedName = z
  .string()
  .regex(/^[\p{L}\p{N}.]+$/u, 'write one word as people type it, with its capitals (e.g. "AI"); no spaces');

const member = z.strictObject({
  /** What the subject is called in answers and searches (folded), e.g. "vneid". */
  name: foldedName,
  /** Folded whole words or phrases that name it ("vneid", "dinh danh dien tu"). */
  names: z.array(foldedName).min(1, 'give at least one way people write the name'),
  /**
   * Words matched as typed, capitals included, where the folded word means something else too
   * ("AI" is artificial intelligence, "ai" is "who").
   */
  cased: z.array(casedName).default([]),
});

const group = z
  .strictObject({
    /** What the members have in common ("app", "phone"), for people reading the file. */
    group: foldedName,
    /**
     * A question naming one member is answered for sure only by an entry naming that member:
     * true for apps and services (VNeID's "quên mật khẩu" is not Zalo's), false where a general
     * entry holds for every member (bank biometrics are the same rule at every bank).
     */
    mustBeNamed: z.boolean(),
    /**
     * Like `mustBeNamed`, for what a question asks done rather than which app ("lost": "mất hộ
     * chiếu" is not answered by the steps for a first passport): an entry must name the member the
     * question names, but the members are no apps or services (no "which app?" reading).
     */
    mustMatch: z.boolean().default(false),
    /**
     * Members exclude each other as in any group, but an entry naming only another member stays
     * among the hits, offered as probable ("Có phải bác muốn hỏi…?") rather than left out: school
     * fees are not hospital fees, yet the hospital entry's steps are the closest there are.
     */
    keepOthers: z.boolean().default(false),
    /** The member's name is searched too when a question names it ("máy Samsung" → "android"). */
    searchAs: z.boolean().default(false),
    /**
     * Members have steps of their own (a phone's menus): when a question names one, an entry naming
     * it goes before general steps naming no member, and passing them is no guess ("chữ trên máy
     * Oppo nhỏ quá" gets the Android steps, not the steps for both phones).
     */
    ownSteps: z.boolean().default(false),
    /**
     * An entry whose answer names no member is for every member, whatever its phrasings name: a
     * phrasing asking with one tool as the example ("viết đơn bằng ChatGPT") does not make the
     * steps ChatGPT's (the same hold in Gemini). An entry about one tool's buttons or prices names
     * it in its answer, and is about the members its phrasings and keywords name.
     */
    namedByAnswer: z.boolean().default(false),
    /**
     * The members are places ("Hà Nội"), not things to ask about: a reply naming one at the ward
     * question ("Phường Yên Hòa, quận Cầu Giấy, Hà Nội") is an address, not a question.
     */
    place: z.boolean().default(false),
    members: z.array(member).min(1, 'list at least one member'),
  })
  .superRefine((g, ctx) => {
    const members = new Set<string>();
    const owner = new Map<string, string>();
    g.members.forEach((m, i) => {
      if (members.has(m.name))
        ctx.addIssue({
          code: 'custom',
          path: ['members', i, 'name'],
          message: `"${m.name}" is listed twice; keep one`,
        });
      members.add(m.name);
      m.names.forEach((n, j) => {
        const other = owner.get(n);
        if (other !== undefined && other !== m.name)
          ctx.addIssue({
            code: 'custom',
            path: ['members', i, 'names', j],
            message: `"${n}" already names ${other}; a name can stand for one member of a group only`,
          });
        owner.set(n, m.name);
      });
    });
  });

/**
 * What a question asks of its subject ("bao nhiêu tiền", "mất bao lâu") and what an answer giving
 * it says: an entry on the right subject whose answer gives no fee is no sure answer to "how much".
 */
const aspect = z
  .strictObject({
    /** What is asked ("fee", "duration"), for people reading the file. */
    aspect: foldedName,
    /** Folded whole phrases that ask it ("bao nhieu tien", "mat bao lau"). */
    asks: z.array(foldedName).min(1, 'give at least one way people ask it'),
    /** Folded whole phrases an answer giving it says ("mien phi", "trong ngay"). */
    says: z.array(foldedName).default([]),
    /** Words that give it right after a number ("dong" in "70.000 đồng", "ngay" in "8 ngày"). */
    units: z.array(foldedName).default([]),
  })
  .refine((a) => a.says.length + a.units.length > 0, {
    message: 'give at least one phrase (`says`) or unit (`units`) an answer giving it contains',
  });

/**
 * `flows/language/subjects.yaml`: the apps, services, banks, AI tools and phones a question can
 * name, in groups whose members exclude each other. A question naming one member never gets a
 * sure answer from an entry about another member of its group. `aspects`: what a question asks
 * of its subject, which a sure answer must give.
 */
export const subjectsFileSchema = z.strictObject({
  groups: z.array(group).min(1, 'list at least one group'),
  aspects: z.array(aspect).optional(),
});

export type SubjectsTable = z.infer<typeof subjectsFileSchema>;
