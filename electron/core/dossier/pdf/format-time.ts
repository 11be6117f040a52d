/**
 * Time formatting for the dossier. Invariants: every instant is printed twice, in local time
 * with its IANA zone and UTC offset, and in UTC, with seconds (police compare these with
 * platform logs: DOMAIN.md "What police want in a dossier"); a value that is not a valid
 * instant is printed as given rather than hidden or thrown on; the same input always gives
 * the same text (no dependence on the machine's own zone or locale).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-GB with explicit 2-digit parts and h23: stable digits whatever the host locale.
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface Parts {
  year: string;
  month: string;
  day: string;
  time: string;
  offset: string;
}

function parts(date: Date, timeZone: string): Parts {
  const p: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(date)) p[part.type] = part.value;
  // longOffset is "GMT+01:00", or just "GMT" at offset zero; print it as UTC+01:00 / UTC+00:00.
  const raw = p.timeZoneName ?? 'GMT';
  const offset = raw === 'GMT' ? 'UTC+00:00' : raw.replace('GMT', 'UTC');
  return { year: p.year ?? '', month: p.month ?? '', day: p.day ?? '', time: `${p.hour}:${p.minute}:${p.second}`, offset };
}

function parse(iso: string): Date | null {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

function dateText(p: Parts, lang: 'nl' | 'en'): string {
  // Dutch readers write day-month-year; the English dossier uses ISO order to avoid US/UK doubt.
  return lang === 'nl' ? `${p.day}-${p.month}-${p.year}` : `${p.year}-${p.month}-${p.day}`;
}

/** "20-11-2026 20:42:10 (Europe/Amsterdam, UTC+01:00)" */
export function formatLocal(iso: string, timeZone: string, lang: 'nl' | 'en'): string {
  const d = parse(iso);
  if (!d) return iso;
  const p = parts(d, safeZone(timeZone));
  return `${dateText(p, lang)} ${p.time} (${safeZone(timeZone)}, ${p.offset})`;
}

/** "20-11-2026 19:42:10 UTC" */
export function formatUtc(iso: string, lang: 'nl' | 'en'): string {
  const d = parse(iso);
  if (!d) return iso;
  const p = parts(d, 'UTC');
  return `${dateText(p, lang)} ${p.time} UTC`;
}

/** Local time on the first line, UTC on the second. */
export function formatBoth(iso: string, timeZone: string, lang: 'nl' | 'en'): string {
  if (!parse(iso)) return iso;
  return `${formatLocal(iso, timeZone, lang)}\n${formatUtc(iso, lang)}`;
}

/** A calendar date "YYYY-MM-DD" (deadlines are local dates) in the language's order. */
export function formatDate(date: string, lang: 'nl' | 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m || lang === 'en') return date;
  return `${m[3]}-${m[2]}-${m[1]}`;
}

/** Unknown or misspelt zones fall back to UTC instead of throwing mid-render. */
function safeZone(timeZone: string): string {
  try {
    formatter(timeZone);
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/** For narrow table columns: "20-11-2026 20:42:10 (+01:00)" over "20-11-2026 19:42:10 UTC". */
export function formatBothCompact(iso: string, timeZone: string, lang: 'nl' | 'en'): string {
  const d = parse(iso);
  if (!d) return iso;
  const p = parts(d, safeZone(timeZone));
  return `${dateText(p, lang)} ${p.time} (${p.offset.replace('UTC', '')})\n${formatUtc(iso, lang)}`;
}
