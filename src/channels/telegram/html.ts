/**
 * Escapes text for Telegram's HTML parse mode. Every user, lesson and knowledge text goes
 * through here, so a stray `<`, `>` or `&` can never break a message or inject formatting.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes a value placed inside a double-quoted HTML attribute (link targets). */
export function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;');
}
