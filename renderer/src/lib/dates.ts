/**
 * Times as the user types and reads them, in the UI's language. The zone arithmetic is
 * shared/time.ts (the one time-zone module); this file adds the user's zone and the UI's
 * locale. Invariants: a wall time from the app's date field (components/ui/DateTimeField.tsx,
 * "YYYY-MM-DDTHH:mm") is read in the user's own time zone and sent
 * as ISO-8601 with that zone's offset (never as a bare local time); stored instants are
 * shown both in UTC and in the item's own zone, because a dossier for the police names both.
 */
import type { Language } from '../../../shared/app-types';
import { DEFAULT_TIME_ZONE, isoToWallTime, wallTimeToIso } from '../../../shared/time';

export function localeOf(language: Language): string {
  return language === 'nl' ? 'nl-NL' : 'en-GB';
}

/** The zone this computer is set to, e.g. "Europe/Amsterdam". */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || DEFAULT_TIME_ZONE;
}

/** "2026-03-01T14:30" (wall time on this computer) -> "2026-03-01T14:30:00+01:00"; null when empty or invalid. */
export function localInputToIso(value: string): string | null {
  return wallTimeToIso(value, userTimeZone());
}

/** An instant as a wall time "YYYY-MM-DDTHH:mm" in the user's zone (for the date fields of edit forms). */
export function isoToLocalInput(iso: string | null): string {
  return isoToWallTime(iso, userTimeZone());
}

/** "2026-03-01" (a date input) -> start or end of that day in the user's zone, as ISO. */
export function dateInputToIso(value: string, end: boolean): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  return localInputToIso(`${value}T${end ? '23:59:59' : '00:00:00'}`);
}

export function formatDate(iso: string | null, language: Language): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium' }).format(new Date(iso));
}

export function formatDateTime(iso: string | null, language: Language, timeZone?: string): string {
  if (!iso) return '';
  const opts: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
  if (timeZone) opts.timeZone = timeZone;
  try {
    return new Intl.DateTimeFormat(localeOf(language), opts).format(new Date(iso));
  } catch {
    return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  }
}

/** Bytes as "1,2 MB" in the UI language. */
export function formatBytes(size: number | null, language: Language): string {
  if (size === null) return '';
  const units = ['B', 'kB', 'MB', 'GB'];
  let n = size;
  let u = 0;
  while (n >= 1024 && u < units.length - 1) {
    n /= 1024;
    u++;
  }
  return `${new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: u === 0 ? 0 : 1 }).format(n)} ${units[u]}`;
}
