/**
 * Calendar dates in the school's zone (Europe/Amsterdam). Deadlines are calendar days, not
 * 24-hour multiples: "3 days after 28 March" is 31 March whether or not summer time starts in
 * between. Dates are 'YYYY-MM-DD' strings; instants are stored in UTC. Invariant: every
 * conversion goes through Intl with an explicit zone, never the machine's local zone.
 */
import { DEFAULT_TIME_ZONE } from '../time';

const fmtCache = new Map<string, Intl.DateTimeFormat>();
function fmt(tz: string): Intl.DateTimeFormat {
  let f = fmtCache.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    fmtCache.set(tz, f);
  }
  return f;
}

function parts(at: Date, tz: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of fmt(tz).formatToParts(at)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

/** The local calendar date of an instant. */
export function localDate(at: Date, tz = DEFAULT_TIME_ZONE): string {
  const p = parts(at, tz);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

function ymd(date: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`not a date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
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

/** Offset of the zone from UTC at an instant, in milliseconds. */
function offsetAt(at: Date, tz: string): number {
  const p = parts(at, tz);
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - Math.floor(at.getTime() / 1000) * 1000;
}

/** The UTC instant at which the local day begins (00:00 local; never in a DST gap in Europe). */
export function startOfLocalDay(date: string, tz = DEFAULT_TIME_ZONE): Date {
  const [y, m, d] = ymd(date);
  const guess = Date.UTC(y, m - 1, d);
  let instant = guess - offsetAt(new Date(guess), tz);
  instant = guess - offsetAt(new Date(instant), tz);
  return new Date(instant);
}

export function daysBetween(from: string, to: string): number {
  const [a, b, c] = ymd(from);
  const [x, y, z] = ymd(to);
  return Math.round((Date.UTC(x, y - 1, z) - Date.UTC(a, b - 1, c)) / 86_400_000);
}
