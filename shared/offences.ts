/**
 * The offences a dossier's police page can name (issue 15 item 6), the same Wetboek van
 * Strafrecht articles the DSA notices cite (electron/core/takedown/notice-templates-nl.ts),
 * numbered as after the Wet seksuele misdrijven of 1 July 2024 (Stb. 2024, 59), which moved
 * art. 240b to art. 252 and art. 139h (sexual image without consent) to art. 254ba.
 * Invariant: an id is stored in vaults: never rename one.
 */
import { addMonths } from './time';

export const OFFENCES = ['sr-252', 'sr-254ba', 'sr-261', 'sr-262', 'sr-266', 'sr-285d', 'sr-131'] as const;


export type Offence = (typeof OFFENCES)[number];

/**
 * Offences prosecuted only on the victim's complaint (art. 269 Sr: belediging, smaad, laster),
 * to be made within three months of the victim learning of it (art. 66 Sr).
 */
export const COMPLAINT_OFFENCES: readonly Offence[] = ['sr-261', 'sr-262', 'sr-266'];

/** Months after the victim learned of the offence within which a complaint must be made (art. 66 Sr). */
export const COMPLAINT_MONTHS = 3;

/**
 * Whether a complaint is needed (a klachtdelict is named) and its last day: three calendar
 * months after the day the victim learned of it (art. 66 Sr), null while that day is unknown.
 */
export function complaintDeadline(offences: readonly Offence[], victimAwareOn: string | null): { applies: boolean; deadline: string | null } {
  const applies = offences.some((o) => COMPLAINT_OFFENCES.includes(o));
  return { applies, deadline: applies && victimAwareOn ? addMonths(victimAwareOn, COMPLAINT_MONTHS) : null };
}
