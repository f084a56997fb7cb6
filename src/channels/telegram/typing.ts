/** Telegram shows "typing…" for about five seconds; repeat a little sooner. */
const REPEAT_MS = 4500;
/** Give up after this many repeats even if no reply came (about half a minute). */
const MAX_REPEATS = 6;

export interface TypingIndicator {
  start(chatId: number): Promise<void>;
  /** Called when the reply is sent. */
  stop(chatId: number): void;
  stopAll(): void;
}

/** Keeps "typing…" visible while a slow answer (LLM, transcription) is prepared. */
export function createTypingIndicator(sendAction: (chatId: number) => Promise<void>): TypingIndicator {
  const timers = new Map<number, NodeJS.Timeout>();
  const stop = (chatId: number) => {
    clearInterval(timers.get(chatId));
    timers.delete(chatId);
  };
  return {
    async start(chatId) {
      stop(chatId);
      let repeats = 0;
      const timer = setInterval(() => {
        repeats += 1;
        if (repeats > MAX_REPEATS) stop(chatId);
        else void sendAction(chatId).catch(() => stop(chatId));
      }, REPEAT_MS);
      timer.unref();
      timers.set(chatId, timer);
      await sendAction(chatId);
    },
    stop,
    stopAll() {
      for (const chatId of [...timers.keys()]) stop(chatId);
    },
  };
}
