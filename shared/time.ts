/**
 * Time and time zones, for every side (core, dossier PDF, renderer, CLI): the one place
 * that converts between instants and a zone's wall time and calendar days.
 * Invariants: instants are stored in UTC (ISO-8601 with Z); the school's zone is
 * Europe/Amsterdam by default and each item records the zone it was observed in; every
 * conversion goes through Intl with an explicit zone, never the machine's own zone or
 * locale; deadlines are calendar days ("3 days after 28 March" is 31 March whether or not
 * summer time starts in between); a dossier prints every instant twice, in local time with
 * its zone and offset and in UTC, with seconds (police compare these with platform logs,
 * docs/domain.md "What police want").
 */

export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

export type DateLanguage = 'nl' | 'en';

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Unknown or misspelt zones fall back to UTC instead of throwing mid-render. */
function safeZone(tz: string): string {
  return isValidTimeZone(tz) ? tz : 'UTC';
}

/** Normalises an ISO instant to UTC with Z, or null. */
export function toUtc(iso: string | null | undefined): string | null {
  if (!iso) return null;
  return new Date(iso).toISOString();
}

function parse(iso: string): Date | null {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

// ---- wall time in a zone --------------------------------------------------------------

const numeric = new Map<string, Intl.DateTimeFormat>();
function numericFormat(tz: string): Intl.DateTimeFormat {
  let f = numeric.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    numeric.set(tz, f);
  }
  return f;
}

interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock reading of an instant in a zone. */
export function wallParts(at: Date, tz = DEFAULT_TIME_ZONE): WallParts {
  const out: Record<string, number> = {};
  for (const p of numericFormat(tz).formatToParts(at)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return { year: out.year!, month: out.month!, day: out.day!, hour: out.hour!, minute: out.minute!, second: out.second! };
}

/** Offset of the zone from UTC at an instant, in milliseconds. */
function offsetAt(at: Date, tz: string): number {
  const p = wallParts(at, tz);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant at which a zone's clock shows the given wall time (in a DST gap: just after it). */
export function instantOfWallTime(p: WallParts, tz = DEFAULT_TIME_ZONE): Date {
  const guess = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  let instant = guess - offsetAt(new Date(guess), tz);
  instant = guess - offsetAt(new Date(instant), tz);
  return new Date(instant);
}

/** The calendar year of an instant in a zone (a case opened on 31 Dec 23:30 UTC is next year in NL). */
export function yearIn(at: Date, tz = DEFAULT_TIME_ZONE): number {
  return wallParts(at, tz).year;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-03-01T14:30" read in the zone -> an ISO instant with that zone's offset; null when not a wall time. */
export function wallTimeToIso(value: string, tz: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const p = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0) };
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > 31 || p.hour > 23 || p.minute > 59 || p.second > 59) return null;
  const at = instantOfWallTime(p, safeZone(tz));
  const off = Math.round(offsetAt(at, safeZone(tz)) / 60_000);
  const w = wallParts(at, safeZone(tz));
  const sign = off >= 0 ? '+' : '-';
  const abs = Math.abs(off);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** An instant as ISO-8601 on the zone's wall clock with its offset, "2026-11-24T10:05:00+01:00" (web capture records). */
export function isoWithOffset(at: Date, tz = DEFAULT_TIME_ZONE): string {
  const w = wallParts(at, safeZone(tz));
  const off = Math.round(offsetAt(at, safeZone(tz)) / 60_000);
  const sign = off >= 0 ? '+' : '-';
  const abs = Math.abs(off);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** An instant as the zone's wall time "2026-03-01T14:30" (for edit forms); '' when empty or invalid. */
export function isoToWallTime(iso: string | null, tz: string): string {
  const d = iso ? parse(iso) : null;
  if (!d) return '';
  const w = wallParts(d, safeZone(tz));
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

// ---- calendar days ("YYYY-MM-DD") -------------------------------------------------------

function ymd(date: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`not a date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** The local calendar date of an instant. */
export function localDate(at: Date, tz = DEFAULT_TIME_ZONE): string {
  const p = wallParts(at, tz);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = ymd(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Adds calendar months, clamping to the month's last day (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = ymd(date);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}

/** The UTC instant at which the local day begins (00:00 local; never in a DST gap in Europe). */
export function startOfLocalDay(date: string, tz = DEFAULT_TIME_ZONE): Date {
  const [y, m, d] = ymd(date);
  return instantOfWallTime({ year: y, month: m, day: d, hour: 0, minute: 0, second: 0 }, tz);
}

export function daysBetween(from: string, to: string): number {
  const [a, b, c] = ymd(from);
  const [x, y, z] = ymd(to);
  return Math.round((Date.UTC(x, y - 1, z) - Date.UTC(a, b - 1, c)) / 86_400_000);
}

// ---- the dossier's fixed formats (no dependence on the machine's locale) ------------------

const withOffset = new Map<string, Intl.DateTimeFormat>();
function offsetFormat(tz: string): Intl.DateTimeFormat {
  let f = withOffset.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset' });
    withOffset.set(tz, f);
  }
  return f;
}

interface PrintParts {
  year: string;
  month: string;
  day: string;
  time: string;
  offset: string;
}

function printParts(date: Date, tz: string): PrintParts {
  const p: Record<string, string> = {};
  for (const part of offsetFormat(tz).formatToParts(date)) p[part.type] = part.value;
  // longOffset is "GMT+01:00", or just "GMT" at offset zero; print it as UTC+01:00 / UTC+00:00.
  const raw = p.timeZoneName ?? 'GMT';
  const offset = raw === 'GMT' ? 'UTC+00:00' : raw.replace('GMT', 'UTC');
  return { year: p.year ?? '', month: p.month ?? '', day: p.day ?? '', time: `${p.hour}:${p.minute}:${p.second}`, offset };
}

function dateText(p: PrintParts, lang: DateLanguage): string {
  // Dutch readers write day-month-year; the English dossier uses ISO order to avoid US/UK doubt.
  return lang === 'nl' ? `${p.day}-${p.month}-${p.year}` : `${p.year}-${p.month}-${p.day}`;
}

/** "20-11-2026 20:42:10 (Europe/Amsterdam, UTC+01:00)"; a value that is not an instant is printed as given. */
export function formatLocal(iso: string, tz: string, lang: DateLanguage): string {
  const d = parse(iso);
  if (!d) return iso;
  const zone = safeZone(tz);
  const p = printParts(d, zone);
  return `${dateText(p, lang)} ${p.time} (${zone}, ${p.offset})`;
}

/** "20-11-2026 19:42:10 UTC" */
export function formatUtc(iso: string, lang: DateLanguage): string {
  const d = parse(iso);
  if (!d) return iso;
  const p = printParts(d, 'UTC');
  return `${dateText(p, lang)} ${p.time} UTC`;
}

/** Local time on the first line, UTC on the second. */
export function formatBoth(iso: string, tz: string, lang: DateLanguage): string {
  if (!parse(iso)) return iso;
  return `${formatLocal(iso, tz, lang)}\n${formatUtc(iso, lang)}`;
}

/** For narrow table columns: "20-11-2026 20:42:10 (+01:00)" over "20-11-2026 19:42:10 UTC". */
export function formatBothCompact(iso: string, tz: string, lang: DateLanguage): string {
  const d = parse(iso);
  if (!d) return iso;
  const p = printParts(d, safeZone(tz));
  return `${dateText(p, lang)} ${p.time} (${p.offset.replace('UTC', '')})\n${formatUtc(iso, lang)}`;
}

/** A calendar date "YYYY-MM-DD" (deadlines are local dates) in the language's order. */
export function formatCalendarDate(date: string, lang: DateLanguage): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m || lang === 'en') return date;
  return `${m[3]}-${m[2]}-${m[1]}`;
}
