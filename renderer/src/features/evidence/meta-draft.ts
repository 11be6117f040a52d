/**
 * The batch metadata form as strings (what inputs hold) and its conversion to EvidenceMeta.
 * Invariants: empty fields are left out (the core applies its defaults); times typed in
 * `datetime-local` are sent with the user's offset and zone (lib/dates.ts).
 */
import type { Tristate } from '../../../../shared/case-types';
import type { CaptureMethod, EvidenceItem, EvidenceMeta } from '../../../../shared/evidence-types';
import { isoToLocalInput, localInputToIso, userTimeZone } from '../../lib/dates';
import { checkUrl, type UrlProblem } from '../../../../shared/url-rule';

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
};

/** What the one URL rule (shared/url-rule.ts) says of the typed URL; null when empty or fine. */
export function urlProblem(d: MetaDraft): UrlProblem | null {
  if (!d.url.trim()) return null;
  const c = checkUrl(d.url);
  return c.ok ? null : c.problem;
}

/** The URL as it will be stored ("instagram.com/p/x" -> "https://instagram.com/p/x"). */
function storedUrl(text: string): string {
  const c = checkUrl(text);
  return c.ok ? c.url : text.trim();
}

export function draftToMeta(d: MetaDraft, timeZone = userTimeZone()): EvidenceMeta {
  const meta: EvidenceMeta = { captureMethod: d.captureMethod, sexual: d.sexual, violence: d.violence, minor: d.minor, timeZone };
  if (d.platform.trim()) meta.platform = d.platform.trim();
  if (d.url.trim()) meta.url = storedUrl(d.url);
  if (d.handle.trim()) meta.handle = d.handle.trim();
  if (d.description.trim()) meta.description = d.description.trim();
  const seen = localInputToIso(d.seenAt);
  const posted = localInputToIso(d.postedAt);
  if (seen) meta.seenAt = seen;
  if (posted) meta.postedAt = posted;
  return meta;
}

/** For the edit form: every field is sent, so clearing a field clears it in the core. */
export function draftToPatch(d: MetaDraft, timeZone = userTimeZone()): EvidenceMeta {
  return {
    platform: d.platform.trim(),
    url: d.url.trim() ? storedUrl(d.url) : '',
    handle: d.handle.trim(),
    description: d.description.trim(),
    captureMethod: d.captureMethod,
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
  };
}
