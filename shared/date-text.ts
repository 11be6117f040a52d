/**
 * Dates and times as people type and read them in the app's own fields (issue 16 item 9):
 * day before month, 24-hour clock, in Dutch and in English alike, never the browser's
 * mm/dd/yyyy or AM/PM (a `type="date"` input follows the operating system's locale, not the
 * app's language). Pure text <-> "YYYY-MM-DD" / "YYYY-MM-DDTHH:mm" (wall time); which zone a
 * wall time is read in is shared/time.ts's business.
 * Invariants: a calendar date that does not exist (31-02-2026) is refused, not rolled over;
 * a field value that could not be read keeps its text behind INVALID_PREFIX, so a form can
 * refuse to save it and still show (and keep as a draft) what was typed.
 */
import type { DateLanguage } from './time';

/** A field value that holds text which is not a date: `?` + the text as typed. */
export const INVALID_PREFIX = '?';

export function isInvalidDateValue(value: string): boolean {
  return value.startsWith(INVALID_PREFIX);
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const TIME = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/;

/** "20-11-2026", "20/11/2026", "20.11.2026" or "2026-11-20" -> "2026-11-20"; null otherwise. */
export function parseDateText(text: string): string | null {
  const s = text.trim();
  let y: number, m: number, d: number;
  const a = DMY.exec(s);
  const b = a ? null : YMD.exec(s);
  if (a) [d, m, y] = [Number(a[1]), Number(a[2]), Number(a[3])];
  else if (b) [y, m, d] = [Number(b[1]), Number(b[2]), Number(b[3])];
  else return null;
  return validDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** A date and a 24-hour time, separated by a space, a comma or 'T' -> "2026-11-20T15:30"; null otherwise. */
export function parseDateTimeText(text: string): string | null {
  const parts = text.trim().split(/\s*,\s*|\s+|T/).filter(Boolean);
  if (parts.length !== 2) return null;
  const date = parseDateText(parts[0]!);
  const t = TIME.exec(parts[1]!);
  if (!date || !t) return null;
  const h = Number(t[1]);
  const min = Number(t[2]);
  if (h > 23 || min > 59 || (t[3] !== undefined && Number(t[3]) > 59)) return null;
  return `${date}T${pad(h)}:${pad(min)}`;
}

function separator(lang: DateLanguage): string {
  return lang === 'nl' ? '-' : '/';
}

/** "2026-11-20" -> "20-11-2026" (nl) or "20/11/2026" (en); other text is returned as is. */
export function formatDateText(ymd: string, lang: DateLanguage): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) return ymd;
  const sep = separator(lang);
  return `${m[3]}${sep}${m[2]}${sep}${m[1]}`;
}

/** "2026-11-20T15:30" -> "20-11-2026 15:30" (nl) or "20/11/2026 15:30" (en). */
export function formatDateTimeText(wall: string, lang: DateLanguage): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(wall);
  if (!m) return wall;
  return `${formatDateText(m[1]!, lang)} ${m[2]}:${m[3]}`;
}

/** What a field shows for a value: the formatted date, or the text an invalid value kept. */
export function fieldText(value: string, mode: 'date' | 'datetime', lang: DateLanguage): string {
  if (!value) return '';
  if (isInvalidDateValue(value)) return value.slice(INVALID_PREFIX.length);
  return mode === 'date' ? formatDateText(value, lang) : formatDateTimeText(value, lang);
}

/** What a field's text is worth as a value: '' when empty, the machine form when readable, else INVALID_PREFIX + text. */
export function fieldValue(text: string, mode: 'date' | 'datetime'): string {
  if (!text.trim()) return '';
  const parsed = mode === 'date' ? parseDateText(text) : parseDateTimeText(text);
  return parsed ?? `${INVALID_PREFIX}${text}`;
}
