/**
 * Re-upload detection for one item: exact copies by SHA-256 anywhere in the vault, near
 * copies by PDQ (docs/pdq.md "Tolerances", any rotation or mirror, as-is or border-cut) and
 * vPDQ. Exact matches come first.
 */
import type { DuplicateMatch } from '../../../shared/evidence-types';
import type { Session } from '../vault/session';
import { getItem, itemsWithSha } from './evidence-repo';
import { pdqIndexOf } from './pdq-index';
import { imageWords, videoHits, type OfferedHashes } from './video-matching';

/**
 * The offered item's hashes (an image's dihedral variants, a video's frames, each with its
 * border-cut counterpart): images through the PDQ index, videos and images against videos
 * through their frames (docs/media.md "Matching").
 */
export function resolveMatches(session: Session, sha256: string, offered: OfferedHashes, selfItemId?: string): DuplicateMatch[] {
  const out = new Map<string, DuplicateMatch>();
  for (const i of itemsWithSha(session.db, sha256)) {
    if (i.id === selfItemId) continue;
    out.set(i.id, { itemId: i.id, caseId: i.caseId, caseRef: i.caseRef, label: i.label, distance: 0, exact: true });
  }
  if (!offered.vpdq) {
    for (const hit of pdqIndexOf(session).match(imageWords(offered))) {
      if (hit.itemId === selfItemId || out.has(hit.itemId)) continue;
      const i = getItem(session.db, hit.itemId);
      out.set(i.id, { itemId: i.id, caseId: i.caseId, caseRef: i.caseRef, label: i.label, distance: hit.distance, exact: false });
    }
  }
  for (const hit of videoHits(session.db, offered)) {
    if (hit.itemId === selfItemId || out.has(hit.itemId)) continue;
    const i = getItem(session.db, hit.itemId);
    out.set(i.id, { itemId: i.id, caseId: i.caseId, caseRef: i.caseRef, label: i.label, distance: hit.distance, exact: false });
  }
  return [...out.values()].sort((a, b) => Number(b.exact) - Number(a.exact) || a.distance - b.distance);
}
