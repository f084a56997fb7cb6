/**
 * Shortens a button label to at most `max` characters (code points) at a word boundary,
 * ending with "…": "Zalo an toàn: … chặn người lạ" never becomes "… chặn ng". A first word
 * longer than `max` is cut inside the word, as nothing better exists. Every channel and every
 * feature that shortens labels uses this one function.
 */
export function shortLabel(text: string, max: number): string {
  const clean = text.trim();
  const points = [...clean];
  if (points.length <= max) return clean;
  const room = points.slice(0, Math.max(1, max - 1)).join('');
  const next = points[max - 1];
  const atBoundary = next === undefined || /\s/.test(next);
  const cut = atBoundary ? room : room.replace(/\s+\S*$/, '');
  const kept = (cut === '' ? room : cut).replace(/[\s,.;:–-]+$/u, '');
  return `${kept}…`;
}
