import { z } from 'zod';
import { foldedPhrase as phrase, foldedPhrases as phrases } from './folded-phrase.ts';
import { EXAMPLE_CLASSES } from './safety-examples-schema.ts';

/** The safety classes a shape may stand for on its own: the examples' classes and `injection`. */
const SHAPE_KINDS = [...EXAMPLE_CLASSES.filter((c) => c !== 'ordinary'), 'injection'] as const;

const line = z.string().min(10, 'write the sentence shown to the learner');

/** `flows/safety/scam-signals.yaml`: the lexicons of a scam's shape (see the file's header). */
export const scamSignalsFileSchema = z
  .strictObject({
    actors: z.record(
      z.string(),
      z.strictObject({
        words: phrases,
        line,
        /** Police, court, bank…: contacting the learner with a threat is a scam even before a demand. */
        authority: z.boolean().default(false),
        /** Relatives count only when they reach out from afar (Zalo, video call, a new number). */
        remoteOnly: z.boolean().default(false),
        /** Asking for money at all is the scam (a celebrity or doctor in an advert): any demand warns. */
        suspect: z.boolean().default(false),
        /** Anyone at all ("có người", "số lạ"): any other actor the story names says more. */
        generic: z.boolean().default(false),
        /**
         * Met face to face ("bà bạn tới tận nhà xin mật khẩu"): a relative or an acquaintance then is no voice from
         * afar, so the remote-only actors' lines do not fit, whatever app the story names. Session 36.
         */
        inPerson: z.boolean().default(false),
        /** What the story is about ("lương hưu", "hoàn tiền"): its line fits when no one more specific is named. */
        about: z.array(phrase).default([]),
      }),
    ),
    /** The learner's own channels ("ứng dụng ngân hàng"): an actor named inside them reached nobody out. */
    ownChannels: z.array(phrase).default([]),
    /**
     * What the learner has or does of their own ("điện thoại có cài ứng dụng VNeID", "tạm khóa tài khoản"):
     * blanked before demands and pressure are read, so an app one owns is no "cài ứng dụng" asked of one.
     */
    ownActs: z.array(phrase).default([]),
    contact: phrases,
    /**
     * Someone telling the learner to pay ("biểu chuyển", "nhờ tui chuyển trả"): right before a transfer, that
     * is money out to someone who asks, warned unless the payment is the learner's own ordinary one.
     */
    asking: z.array(phrase).default([]),
    /**
     * Met online ("trên mạng", "fanpage"): someone asking the learner to pay counts as a scam's shape only
     * from afar (these words, `remote`), with "có người" or with pressure; in person it is everyday life.
     */
    online: z.array(phrase).default([]),
    remote: phrases,
    demands: z.record(
      z.string(),
      z.strictObject({
        words: phrases,
        line,
        /** Wrong whoever asks (reading out an OTP): warns without any other sign. */
        always: z.boolean().default(false),
        /** Said when the demand is aimed at someone with no other sign of a scam. */
        caution: line.optional(),
        /** Demands whose line this one's already says: not shown beside it. */
        covers: z.array(z.string().min(1)).default([]),
        /** What to do when it is already done ("lỡ quét rồi"): said when the learner asks what now. */
        after: line.optional(),
      }),
    ),
    pressure: z.record(
      z.string(),
      z.strictObject({
        words: phrases,
        /** Said in the warning when this sign is seen (a blurry video: it may be a deepfake). */
        line: line.optional(),
      }),
    ),
    toSomeone: phrases,
    /** Money coming to the learner ("con đã chuyển tiền về"): with no pressure, no one is asking for any. */
    incoming: z.array(phrase).default([]),
    ordinary: phrases,
    /**
     * The learner's own stall or QR code that customers pay into ("mã QR của tui", "sạp trái cây"): the learner
     * receives, so a worry about stickers or other accounts is no demand, unless someone asks to pay out.
     */
    ownStall: z.array(phrase).default([]),
    /**
     * The learner has already paid, read the code or installed the app ("lỡ chuyển rồi", "đã nạp"): with a
     * sign that the money is gone (`loss`: "chặn luôn"; `stuck`: "không rút được", with someone named), that is
     * a scam told afterwards;
     * with any alarm, `line` (call the bank now, keep the evidence, report to the police) comes first.
     * Money the learner lent to someone known (`lent`: "cho mượn", "nó vay tui") who then cut contact is a
     * debt for legal aid, not a scam told afterwards.
     */
    paid: z
      .strictObject({
        words: phrases,
        loss: phrases,
        stuck: z.array(phrase).default([]),
        lent: z.array(phrase).default([]),
        line,
      })
      .optional(),
    /** A question about how things are done ("ngân hàng thật có bao giờ…"), not a report: no alarm when nobody reached out. */
    general: z.array(phrase).default([]),
    /**
     * Whether a caller is who they claimed ("không biết thật hay giả"), asked with nothing demanded and no threat:
     * the entry answers, with the claimed office's line as a caution, not an alarm.
     */
    realAsked: z.array(phrase).default([]),
    /**
     * The call already ended by the learner ("nghi nên cúp máy rồi", "không nói gì, tắt máy luôn"), nothing paid, read
     * or installed: what to do next is asked, so the entry answers with the claimed office's line as a caution.
     */
    hungUp: z.array(phrase).default([]),
    /**
     * The shape of a secret handed over, whatever the words between: a verb of handing, a secret a few
     * words later, then someone to receive it ("gửi mật khẩu app ngân hàng cho anh kỹ thuật"). It counts
     * as the `demand` named (an `always` one), unless the verb follows one of `sentBy` (the bank's app
     * sending the code to the learner).
     */
    handOver: z
      .strictObject({
        demand: z.string().min(1),
        verbs: phrases,
        secrets: phrases,
        to: phrases,
        sentBy: z.array(phrase).default([]),
      })
      .optional(),
    /**
     * Risky acts by their shape: each part is a list of phrases, the parts come in this order with at most
     * `gap` words between two of them ("cho thằng bạn mượn cái căn cước của tui"). A shape counts as its
     * `demand`, unless the message names one of `unless` (a question about the rule: "có bị phạt không").
     */
    shapes: z
      .array(
        z
          .strictObject({
            /** The scam-net demand the shape counts as (`account`)… */
            demand: z.string().min(1).optional(),
            /** …or the safety class it is on its own (`injection`: the tutor's rules attacked). */
            kind: z.enum(SHAPE_KINDS, { message: `use one of: ${SHAPE_KINDS.join(', ')}` }).optional(),
            /** What the shape is, for the people who edit the file. */
            why: z.string().min(1),
            parts: z.array(phrases).min(2, 'a shape needs at least two parts'),
            gap: z.number().int().min(0).max(20).default(4),
            unless: z.array(phrase).default([]),
          })
          .refine((s) => (s.demand === undefined) !== (s.kind === undefined), {
            message: 'give a shape either a demand (counted by the scam net) or a kind (a safety class), not both',
          }),
      )
      .default([]),
  })
  .superRefine((file, ctx) => {
    const known = Object.keys(file.demands);
    const unknown = (name: string, path: Array<string | number>) => {
      if (!known.includes(name))
        ctx.addIssue({ code: 'custom', path, message: `no demand "${name}": use one of ${known.join(', ')}` });
    };
    for (const [name, d] of Object.entries(file.demands))
      d.covers.forEach((c, i) => unknown(c, ['demands', name, 'covers', i]));
    file.shapes.forEach((s, i) => s.demand !== undefined && unknown(s.demand, ['shapes', i, 'demand']));
  });

export type ScamSignals = z.infer<typeof scamSignalsFileSchema>;
