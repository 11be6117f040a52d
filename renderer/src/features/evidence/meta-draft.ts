/**
 * The batch metadata form as strings (what inputs hold) and its conversion to EvidenceMeta.
 * Invariants: empty fields are left out (the core applies its defaults); times typed in
 * `datetime-local` are sent with the user's offset and zone (lib/dates.ts).
 */
import type { Tristate } from '../../../../shared/case-types';
import { WEB_CAPTURE, type CaptureMethod, type EvidenceItem, type EvidenceMeta } from '../../../../shared/evidence-types';
import { isoToLocalInput, localInputToIso, userTimeZone } from '../../lib/dates';

export interface MetaDraft {
  platform: string;
  url: string;
  handle: string;
  seenAt: string;
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
  postedAt: '',
  captureMethod: 'own-screenshot',
  description: '',
  sexual: false,
  violence: false,
  minor: 'unknown',
  capturedByStaffId: '',
};

export function draftToMeta(d: MetaDraft, timeZone = userTimeZone()): EvidenceMeta {
  const meta: EvidenceMeta = { sexual: d.sexual, violence: d.violence, minor: d.minor, timeZone };
  if (d.captureMethod !== WEB_CAPTURE) meta.captureMethod = d.captureMethod;
  if (d.platform.trim()) meta.platform = d.platform.trim();
  if (d.url.trim()) meta.url = d.url.trim();
  if (d.handle.trim()) meta.handle = d.handle.trim();
  if (d.description.trim()) meta.description = d.description.trim();
  const seen = localInputToIso(d.seenAt);
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
    url: d.url.trim(),
    handle: d.handle.trim(),
    description: d.description.trim(),
    ...(d.captureMethod === WEB_CAPTURE ? {} : { captureMethod: d.captureMethod }),
    sexual: d.sexual,
    violence: d.violence,
    minor: d.minor,
    seenAt: localInputToIso(d.seenAt),
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
