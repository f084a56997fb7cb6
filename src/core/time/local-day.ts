const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

// Formatting is the costly part of a message's date work (several calls a message): the same
// minute in the same zone gives the same answer, so recent ones are kept.
const recent = new Map<string, { day: string; minute: number }>();

/** Local calendar day `YYYY-MM-DD` and minute of day of an instant in a timezone. */
export function localTime(now: Date, timeZone: string): { day: string; minute: number } {
  const key = `${timeZone} ${Math.floor(now.getTime() / 60_000)}`;
  const known = recent.get(key);
  if (known) return { ...known };
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  const local = {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  };
  if (recent.size >= 4096) recent.clear();
  recent.set(key, local);
  return { ...local };
}

export function localDay(now: Date, timeZone: string): string {
  return localTime(now, timeZone).day;
}

/** Adds whole days to a `YYYY-MM-DD` day. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
