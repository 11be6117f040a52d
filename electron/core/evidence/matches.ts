/**
 * Re-upload detection for one item: exact copies by SHA-256 anywhere in the vault, near
 * copies by PDQ (docs/pdq.md "Tolerances", any rotation or mirror). Exact matches come first.
 */
import type { DuplicateMatch } from '../../../shared/evidence-types';
import type { Session } from '../vault/session';
import { getItem, itemsWithSha } from './evidence-repo';
import { pdqIndexOf } from './pdq-index';
import type { VpdqFeature } from '../media/vpdq';
import { videoHits } from './video-matching';

/**
 * `video`: the item is a video (its vPDQ and, from the decode, each frame's dihedral hashes);
 * then images and videos are matched through its frames (docs/media.md "Matching").
 */
export function resolveMatches(session: Session, sha256: string, variants: string[] | null, quality: number, selfItemId?: string, video?: { vpdq: VpdqFeature[]; frameVariants?: string[][] } | null): DuplicateMatch[] {
  const out = new Map<string, DuplicateMatch>();
  for (const i of itemsWithSha(session.db, sha256)) {
    if (i.id === selfItemId) continue;
    out.set(i.id, { itemId: i.id, caseId: i.caseId, caseRef: i.caseRef, label: i.label, distance: 0, exact: true });
  }
  if (variants) {
    for (const hit of pdqIndexOf(session).match(variants, quality)) {
      if (hit.itemId === selfItemId || out.has(hit.itemId)) continue;
      const i = getItem(session.db, hit.itemId);
      out.set(i.id, { itemId: i.id, caseId: i.caseId, caseRef: i.caseRef, label: i.label, distance: hit.distance, exact: false });
    }
  }
  for (const hit of videoHits(session.db, { variants, quality, vpdq: video?.vpdq ?? null, frameVariants: video?.frameVariants ?? null })) {
    if (hit.itemId === selfItemId || out.has(hit.itemId)) continue;
    const i = getItem(session.db, hit.itemId);
    out.set(i.id, { itemId: i.id, caseId: i.caseId, caseRef: i.caseRef, label: i.label, distance: hit.distance, exact: false });
  }
  return [...out.values()].sort((a, b) => Number(b.exact) - Number(a.exact) || a.distance - b.distance);
}
