/**
 * What the Telegram adapter has done about each pressed button while its update is handled:
 * answered the callback query (it may be answered only once) and removed the pressed message's
 * buttons. Kept here, by callback id, so the inbound the core sees stays immutable; the reply
 * sender and the intake share one ledger per channel.
 */
export interface CallbackLedger {
  /** True the first time for this press: answer it now. */
  claimAnswer(callbackId: string): boolean;
  /** True the first time for this press: remove the pressed message's buttons now. */
  claimKeyboard(callbackId: string): boolean;
  /** Forgets the press once its update has been handled. */
  forget(callbackId: string): void;
}

export function createCallbackLedger(): CallbackLedger {
  const answered = new Set<string>();
  const stripped = new Set<string>();
  const claim = (set: Set<string>, id: string) => !set.has(id) && Boolean(set.add(id));
  return {
    claimAnswer: (id) => claim(answered, id),
    claimKeyboard: (id) => claim(stripped, id),
    forget(id) {
      answered.delete(id);
      stripped.delete(id);
    },
  };
}
