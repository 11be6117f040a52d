/**
 * Local-time helpers. Times are stored in UTC (ISO-8601 with Z); the school's zone is
 * Europe/Amsterdam by default and every item also records the zone it was observed in.
 */
export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The calendar year of an instant in a zone (a case opened on 31 Dec 23:30 UTC is next year in NL). */
export function yearIn(at: Date, tz = DEFAULT_TIME_ZONE): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: tz, year: 'numeric' }).format(at));
}

/** Normalises an ISO instant to UTC with Z, or null. */
export function toUtc(iso: string | null | undefined): string | null {
  if (!iso) return null;
  return new Date(iso).toISOString();
}
