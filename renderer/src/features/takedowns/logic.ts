/**
 * Pure helpers for the takedown screens. Invariant: NEXT_STEPS is the core's own status
 * machine table (shared/takedown-types.ts), so the UI offers only steps the core accepts.
 */
import type { Platform } from '../../../../shared/platform-types';
import type { TakedownRequest, TakedownStatus } from '../../../../shared/takedown-types';
import { TAKEDOWN_STATUSES, TRANSITIONS, targetLabel } from '../../../../shared/takedown-types';
import { isOneOf } from '../../../../shared/one-of';

export const NEXT_STEPS = TRANSITIONS;

/** Board columns: the work still to do first, finished ones last. */
export const BOARD_ORDER: readonly TakedownStatus[] = ['to-send', 'sent', 'acknowledged', 'appealed', 'escalated', 'refused', 'removed'];

export function isStatus(v: string): v is TakedownStatus {
  return isOneOf(TAKEDOWN_STATUSES, v);
}

/** Catalogue entries whose English seed names are translated in the UI catalogue. */
export const TRANSLATED_PLATFORM_IDS = ['other-host', 'adult-sites', 'hosting-provider'] as const;
export type TranslatedPlatformId = (typeof TRANSLATED_PLATFORM_IDS)[number];

export function translatedId(id: string): TranslatedPlatformId | null {
  return (TRANSLATED_PLATFORM_IDS as readonly string[]).includes(id) ? (id as TranslatedPlatformId) : null;
}

/** The catalogue entry a request is addressed to (its name is what the core reports). */
export function targetPlatform(r: TakedownRequest, platforms: readonly Platform[]): Platform | null {
  return platforms.find((p) => p.id === r.targetPlatformId) ?? null;
}

/** A request's first location for a card or a row, and how many more it has. */
export function requestWhere(r: TakedownRequest): { label: string; title: string; more: number } {
  const all = r.occurrences.length ? r.occurrences : [r.occurrence];
  return { label: targetLabel(all[0]!), title: all.map(targetLabel).join('\n'), more: all.length - 1 };
}

/** Host and a short path for cards; the full URL always goes in a title and the detail page. */
export function shortUrl(url: string, max = 42): string {
  let text = url;
  try {
    const u = new URL(url);
    text = u.hostname.replace(/^www\./, '') + (u.pathname === '/' ? '' : u.pathname) + u.search;
  } catch {
    // not a full URL: show it as typed
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Requests grouped by a key, groups in first-seen order. */
export function groupBy<T>(list: readonly T[], key: (x: T) => string): { key: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const x of list) {
    const k = key(x);
    groups.set(k, [...(groups.get(k) ?? []), x]);
  }
  return [...groups.entries()].map(([k, items]) => ({ key: k, items }));
}

/** "2026-03-01" as a date in the UI language, read as a calendar day (no time-zone shift). */
export function formatLocalDate(date: string | null, locale: string): string {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (!m) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** Today's calendar day on this computer, as "YYYY-MM-DD". */
export function todayLocal(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
