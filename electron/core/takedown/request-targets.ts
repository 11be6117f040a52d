/**
 * Which targets a new request covers and on which platform (issue 14 items 4 and 5).
 *
 * Invariants:
 * - A request has at least one target: an evidence item (its URL, or without one its
 *   account), a typed URL, or a typed account, group or chat without a URL.
 * - All targets are on one platform: what each target says of itself (its item's platform,
 *   its URL's host) must agree, and with the platform the user chose; a target without a URL
 *   needs a platform from somewhere, since no host can name it.
 * - Refusals carry a `reason` with words in both languages (shared/error-reasons.ts), never
 *   an English-only message.
 */
import type { CaseCategory, Tristate } from '../../../shared/case-types';
import type { EvidenceItem } from '../../../shared/evidence-types';
import { AppError } from '../../../shared/errors';
import type { UrllessTargetKind } from '../../../shared/takedown-types';
import type { Db } from '../db/open';
import { getItem } from '../evidence/evidence-repo';
import { getPlatform, OTHER_PLATFORM_ID, resolvePlatformId } from '../platform/catalogue-repo';
import type { NewOccurrence } from './takedown-repo';
import { normaliseUrl } from '../evidence/location';

export interface TargetsInput {
  caseId: string;
  itemId?: string;
  itemIds?: string[];
  url?: string;
  urls?: string[];
  targets?: { kind: UrllessTargetKind; identifier: string; inAppRoute?: string }[];
  platform?: string;
  category?: CaseCategory;
  minor?: Tristate;
  description?: string;
}

interface Candidate {
  occurrence: Omit<NewOccurrence, 'platformId'>;
  /** The platform the target names itself (null: it names none, or only an unknown host). */
  own: string | null;
  /** The target comes with a platform name of its own (an item's), even one not in the catalogue. */
  hasName: boolean;
}

/** A catalogue id that identifies a real platform, or null for "unknown / other host". */
function known(db: Db, nameOrId: string | undefined, url: string | undefined): string | null {
  if (!(nameOrId ?? '').trim() && !(url ?? '').trim()) return null;
  const id = resolvePlatformId(db, nameOrId, url);
  return id === OTHER_PLATFORM_ID ? null : id;
}

function fromItem(db: Db, item: EvidenceItem): Candidate {
  const own = known(db, item.platform, item.url || undefined);
  const base = { caseId: item.caseId, itemId: item.id, inAppRoute: '', category: null, minor: 'unknown' as const, platformDescription: '' };
  const hasName = item.platform.trim() !== '';
  if (item.url) return { occurrence: { ...base, kind: 'url', url: item.url, identifier: '' }, own, hasName };
  if (item.handle) return { occurrence: { ...base, kind: 'account', url: '', identifier: item.handle }, own, hasName };
  throw new AppError('VALIDATION', 'This evidence item has no URL and no account to report.', { reason: 'item-has-no-target', item: item.label, issues: [{ path: 'itemIds', code: 'no-target' }] });
}

/** The occurrences to record and the one platform they are on. */
export function resolveTargets(db: Db, input: TargetsInput): { platformId: string; occurrences: NewOccurrence[] } {
  const typed = { caseId: input.caseId, itemId: null, category: input.category ?? null, minor: input.minor ?? 'unknown', platformDescription: input.description ?? '' };
  const candidates: Candidate[] = [];
  for (const itemId of [...new Set([...(input.itemId ? [input.itemId] : []), ...(input.itemIds ?? [])])]) {
    const item = getItem(db, itemId);
    if (item.caseId !== input.caseId) throw new AppError('VALIDATION', 'This evidence item belongs to another case.', { issues: [{ path: 'itemIds', code: 'other-case' }] });
    candidates.push(fromItem(db, item));
  }
  // A typed link goes through the one URL rule (shared/url-rule.ts); an item's was checked when stored.
  const typedUrls = [...(input.url ? [input.url] : []), ...(input.urls ?? [])].map((u, i) => normaliseUrl(u, input.url && i === 0 ? 'url' : `urls.${input.url ? i - 1 : i}`));
  for (const url of typedUrls) {
    candidates.push({ occurrence: { ...typed, kind: 'url', url, identifier: '', inAppRoute: '' }, own: known(db, undefined, url), hasName: false });
  }
  for (const t of input.targets ?? []) {
    candidates.push({ occurrence: { ...typed, kind: t.kind, url: '', identifier: t.identifier, inAppRoute: t.inAppRoute ?? '' }, own: null, hasName: false });
  }
  if (candidates.length === 0) throw new AppError('VALIDATION', 'A takedown request needs a URL, an item or a target.', { reason: 'target-required', issues: [{ path: 'url', code: 'required' }] });

  const chosen = (input.platform ?? '').trim() ? resolvePlatformId(db, input.platform, undefined) : null;
  const named = new Set(candidates.flatMap((c) => (c.own ? [c.own] : [])));
  if (chosen && chosen !== OTHER_PLATFORM_ID) named.add(chosen);
  if (named.size > 1) {
    const platforms = [...named].map((id) => getPlatform(db, id).name).join(', ');
    throw new AppError('VALIDATION', 'The targets of one request must all be on one platform.', { reason: 'several-platforms', platforms, issues: [{ path: 'platform', code: 'several-platforms' }] });
  }
  const platformId = [...named][0] ?? chosen ?? resolvePlatformId(db, undefined, undefined);
  // No host can name the platform of an account, group or chat: the user (or its item) must.
  const unnamed = candidates.some((c) => c.occurrence.kind !== 'url' && !c.own && !c.hasName);
  if (unnamed && !chosen && named.size === 0) {
    throw new AppError('VALIDATION', 'A target without a URL needs its platform.', { reason: 'target-needs-platform', issues: [{ path: 'platform', code: 'required' }] });
  }
  return { platformId, occurrences: candidates.map((c) => ({ ...c.occurrence, platformId })) };
}
