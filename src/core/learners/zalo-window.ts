/**
 * Zalo Official Account billing rules, as data (config) so a change in Zalo's policy is a
 * setting: after a person writes to the OA, it may answer with `replyBudget` free messages for
 * `windowMs`; every other message is proactive and spends the OA's monthly quota.
 */
export interface ZaloOaRules {
  /** How long after a person's message replies are free (Zalo: 48 hours). */
  windowMs: number;
  /** Free replies per message from the person (Zalo: 8); each new message starts again. */
  replyBudget: number;
  /** Proactive messages the OA may send in a calendar month (Zalo: 1,000 for a verified OA). */
  monthlyQuota: number;
}

export const DEFAULT_ZALO_OA_RULES: ZaloOaRules = { windowMs: 48 * 3_600_000, replyBudget: 8, monthlyQuota: 1000 };

/**
 * Replies stop counting as free this long before the window closes, so a message that leaves
 * just before the end is never billed because Zalo saw it a moment later.
 */
export const WINDOW_MARGIN_MS = 5 * 60_000;

/** The window in hours, for people ("48 giờ"). */
export const windowHours = (rules: Pick<ZaloOaRules, 'windowMs'>): number => Math.round(rules.windowMs / 3_600_000);
