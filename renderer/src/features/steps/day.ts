/**
 * Calendar days ("2026-03-01") as the core stores step due dates and purge dates: a local
 * date without a time or zone. Invariant: never parsed through `new Date("YYYY-MM-DD")`
 * (that is UTC midnight and can show the previous day); built from its parts instead.
 */
import type { Language } from '../../../../shared/app-types';
import { localeOf } from '../../lib/dates';

export function formatDay(day: string | null, language: Language): string {
  const m = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  if (!m) return day ?? '';
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium' }).format(date);
}

/** Steps done out of all steps, for "5 van 12 stappen gedaan". */
export function stepProgress(steps: readonly { doneAt: string | null }[]): { done: number; total: number } {
  return { done: steps.filter((s) => s.doneAt !== null).length, total: steps.length };
}
