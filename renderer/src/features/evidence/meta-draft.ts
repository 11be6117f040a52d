/**
 * The batch metadata form as strings (what inputs hold) and its conversion to EvidenceMeta.
 * Invariants: empty fields are left out (the core applies its defaults); times typed in the
 * app's date field (components/ui/DateTimeField.tsx, a wall time) are sent with the user's
 * offset and zone (lib/dates.ts); "seen at" is asked truthfully (issue 16 item 5): a time, or
 * the explicit answer "unknown" — never silently left out.
 */
import type { Tristate } from '../../../../shared/case-types';
import { WEB_CAPTURE, type CaptureMethod, type EvidenceItem, type EvidenceMeta } from '../../../../shared/evidence-types';
import { isoToLocalInput, localInputToIso, userTimeZone } from '../../lib/dates';
import { checkUrl, type UrlProblem } from '../../../../shared/url-rule';
import { isInvalidDateValue } from '../../../../shared/date-text';

export interface MetaDraft {
  platform: string;
  url: string;
  handle: string;
  /** A wall time ("YYYY-MM-DDTHH:mm"), '' before an answer, or an unreadable text (shared/date-text.ts). */
  seenAt: string;
  /** The user answered "Onbekend": no time is known. */
  seenAtUnknown: boolean;
  postedAt: string;
  captureMethod: CaptureMethod;
  description: string;
  sexual: boolean;
  violence: boolean;
  minor: Tristate;
  /** Who captured it (issue 15 item 1); '' lets the core use the vault's default staff member. */
  capturedByStaffId: string;
}

export const EMPTY_DRAFT: MetaDraft = {
  platform: '',
  url: '',
  handle: '',
  seenAt: '',
  seenAtUnknown: false,
  postedAt: '',
  captureMethod: 'own-screenshot',
  description: '',
  sexual: false,
  violence: false,
  minor: 'unknown',
  capturedByStaffId: '',
};

/** What the one URL rule (shared/url-rule.ts) says of the typed URL; null when empty or fine. */
export function urlProblem(d: MetaDraft): UrlProblem | null {
  if (!d.url.trim()) return null;
  const c = checkUrl(d.url);
  return c.ok ? null : c.problem;
}

/** 'required' until a time or "unknown" is given; 'invalid' for a text that is no date and time. */
export function seenAtProblem(d: MetaDraft): 'required' | 'invalid' | null {
  if (d.seenAtUnknown) return null;
  if (!d.seenAt) return 'required';
  return isInvalidDateValue(d.seenAt) || localInputToIso(d.seenAt) === null ? 'invalid' : null;
}

/** Whether the form may be saved as it stands (the URL rule, the seen-at answer, a readable posted-at). */
export function metaReady(d: MetaDraft): boolean {
  return urlProblem(d) === null && seenAtProblem(d) === null && !isInvalidDateValue(d.postedAt);
}

/** The URL as it will be stored ("instagram.com/p/x" -> "https://instagram.com/p/x"). */
function storedUrl(text: string): string {
  const c = checkUrl(text);
  return c.ok ? c.url : text.trim();
}

export function draftToMeta(d: MetaDraft, timeZone = userTimeZone()): EvidenceMeta {
  const meta: EvidenceMeta = { sexual: d.sexual, violence: d.violence, minor: d.minor, timeZone };
  if (d.captureMethod !== WEB_CAPTURE) meta.captureMethod = d.captureMethod;
  if (d.platform.trim()) meta.platform = d.platform.trim();
  if (d.url.trim()) meta.url = storedUrl(d.url);
  if (d.handle.trim()) meta.handle = d.handle.trim();
  if (d.description.trim()) meta.description = d.description.trim();
  const seen = d.seenAtUnknown ? null : localInputToIso(d.seenAt);
  const posted = localInputToIso(d.postedAt);
  if (seen) meta.seenAt = seen;
  if (posted) meta.postedAt = posted;
  if (d.capturedByStaffId) meta.capturedByStaffId = d.capturedByStaffId;
  return meta;
}

/**
 * For the edit form: every field is sent, so clearing a field clears it in the core. A web
 * capture's method is the app's own record (issue 18): the form never sends it.
 */
export function draftToPatch(d: MetaDraft, timeZone = userTimeZone()): EvidenceMeta {
  return {
    platform: d.platform.trim(),
    url: d.url.trim() ? storedUrl(d.url) : '',
    handle: d.handle.trim(),
    description: d.description.trim(),
    ...(d.captureMethod === WEB_CAPTURE ? {} : { captureMethod: d.captureMethod }),
    sexual: d.sexual,
    violence: d.violence,
    minor: d.minor,
    seenAt: d.seenAtUnknown ? null : localInputToIso(d.seenAt),
    postedAt: localInputToIso(d.postedAt),
    timeZone,
  };
}

export function itemToDraft(item: EvidenceItem): MetaDraft {
  return {
    platform: item.platform,
    url: item.url,
    handle: item.handle,
    seenAt: isoToLocalInput(item.seenAt),
    // An item without a seen-at says so; the edit form shows "Onbekend" chosen.
    seenAtUnknown: item.seenAt === null,
    postedAt: isoToLocalInput(item.postedAt),
    captureMethod: item.captureMethod,
    description: item.description,
    sexual: item.sexual,
    violence: item.violence,
    minor: item.minor,
    // Changed on the item page's "Wie" card, not in this form.
    capturedByStaffId: item.capturedByStaffId ?? '',
  };
}
