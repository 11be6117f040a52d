/**
 * The complaint deadline of the klachtdelicten (issue 14 item 8). Belediging, smaad and laster
 * (art. 261-266 Sr) are prosecuted only on the victim's complaint (art. 269 Sr), and a complaint
 * can be filed during three months after the day on which the one entitled to it learned of the
 * offence (art. 66(1) Sr; both quoted in HR 9 April 2019, ECLI:NL:HR:2019:564, and the conclusion
 * ECLI:NL:PHR:2023:905). The doxing of art. 285d Sr and the sexual-image offences are not
 * klachtdelicten: only the kinds of material below raise the deadline.
 *
 * Invariant: the app does not know when the victim learned of it; it counts from the earliest
 * day it knows (the case's opening, the first sighting) and says so, because the real
 * deadline can only be earlier.
 */
import type { CaseCategory } from './case-types';
import { addMonths, daysBetween, localDate } from './time';

/** Kinds of material whose notice grounds are belediging, smaad or laster. */
export const COMPLAINT_CATEGORIES: readonly CaseCategory[] = ['hurtful-meme', 'edited-screenshot', 'expose-account'];

/** Art. 66(1) Sr: three months. */
export const COMPLAINT_MONTHS = 3;
/** From how many days before the last day the warning is urgent. */
export const COMPLAINT_WARN_DAYS = 30;

export interface ComplaintDeadline {
  /** The earliest local day the app knows of the material (from which the three months run). */
  knownFrom: string;
  /** The last local day on which a complaint can be filed, if the victim learned of it on `knownFrom`. */
  lastDay: string;
  /** Days from today to the last day (0: today is the last day; negative: passed). */
  daysLeft: number;
  state: 'open' | 'soon' | 'passed';
}

export interface ComplaintFacts {
  category: CaseCategory;
  openedAt: string;
  items: readonly { category?: CaseCategory | null; seenAt: string | null; postedAt?: string | null }[];
}

/** The deadline, or null when no item of the case (nor the case itself) is of a klachtdelict kind. */
export function complaintDeadline(f: ComplaintFacts, today: string): ComplaintDeadline | null {
  const kinds = [f.category, ...f.items.map((i) => i.category ?? f.category)];
  if (!kinds.some((k) => COMPLAINT_CATEGORIES.includes(k))) return null;
  const days = [f.openedAt, ...f.items.flatMap((i) => [i.seenAt, i.postedAt ?? null])].filter((d): d is string => typeof d === 'string' && !Number.isNaN(Date.parse(d))).map((d) => localDate(new Date(d)));
  const knownFrom = days.sort()[0]!;
  const lastDay = addMonths(knownFrom, COMPLAINT_MONTHS);
  const daysLeft = daysBetween(today, lastDay);
  return { knownFrom, lastDay, daysLeft, state: daysLeft < 0 ? 'passed' : daysLeft <= COMPLAINT_WARN_DAYS ? 'soon' : 'open' };
}
