/** "2026-11-25" → "25/11/2026", the way dates are written in Vietnam. */
export function viDate(isoDay: string): string {
  const m = isoDay.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : isoDay;
}
