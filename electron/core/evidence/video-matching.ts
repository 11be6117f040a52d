/**
 * Videos among the vault's items and the list of known material (docs/media.md "Matching"):
 * video against video by vPDQ (media/vpdq.ts), video frames against images by PDQ (a
 * screenshot of a frame is a re-upload too), under any rotation or mirror of the image.
 * Invariants: the same thresholds as images (distance <= 31, quality >= 50, docs/pdq.md
 * "Tolerances"); stored hashes are read from the database on each call, so a purge, a strip or
 * an insert is seen at once (videos are few next to images; no cache to go stale).
 */
import type { Db } from '../db/open';
import { PDQ_MATCH_THRESHOLD, PDQ_MIN_QUALITY } from '../pdq/index';
import { compareVpdq, frameImageDistance, matchableFrames, parseVpdq, vpdqMatches, type VpdqFeature } from '../media/vpdq';
import { hexWords, minDistance, splitDihedral } from './pdq-index';

/** What an offered file brings for matching: an image's dihedral hashes, or a video's frames. */
export interface OfferedHashes {
  /** An image's eight dihedral hashes (quality >= 50), or null. */
  variants: string[] | null;
  quality: number;
  /** A video's vPDQ features, or null. */
  vpdq: VpdqFeature[] | null;
  /** Per matchable frame of the video its dihedral hashes (from the decode), when known. */
  frameVariants?: string[][] | null;
}

export interface VideoHit {
  itemId: string;
  distance: number;
}

/** Smallest distance between the offered hashes and a stored video's frames, or null when they do not match. */
export function distanceToVideo(offered: OfferedHashes, storedVpdq: string): number | null {
  const stored = matchableFrames(parseVpdq(storedVpdq));
  if (stored.length === 0) return null;
  if (offered.vpdq) {
    const mine = matchableFrames(offered.vpdq);
    if (!vpdqMatches(compareVpdq(mine, stored))) return null;
    return closestPair(mine, stored);
  }
  if (offered.variants && offered.quality >= PDQ_MIN_QUALITY) {
    const d = frameImageDistance(stored, offered.variants.map(hexWords));
    return d <= PDQ_MATCH_THRESHOLD ? d : null;
  }
  return null;
}

/** Smallest distance between an offered video's frames and a stored image (its dihedral hashes), or null. */
export function distanceToImage(offered: OfferedHashes, imageDihedral: string[]): number | null {
  if (!offered.vpdq) return null;
  const image = imageDihedral.map(hexWords);
  const frames = offered.frameVariants?.length ? offered.frameVariants.map((v) => v.map(hexWords)) : matchableFrames(offered.vpdq).map((f) => [f]);
  let best = 257;
  for (const variants of frames) {
    for (const v of variants) {
      const d = minDistance(image, v, 0, PDQ_MATCH_THRESHOLD);
      if (d < best) best = d;
    }
  }
  return best <= PDQ_MATCH_THRESHOLD ? best : null;
}

function closestPair(a: Uint32Array[], b: Uint32Array[]): number {
  let best = 257;
  for (const x of a) {
    for (const y of b) {
      const e = minDistance([x], y, 0, best);
      if (e < best) best = e;
    }
  }
  return best;
}

/** Stored items that hold a video or an image matching the offered hashes through video (not by SHA-256). */
export function videoHits(db: Db, offered: OfferedHashes, where = '1 = 1', params: unknown[] = []): VideoHit[] {
  const hits: VideoHit[] = [];
  for (const r of db.prepare(`SELECT id, vpdq FROM evidence_items WHERE vpdq IS NOT NULL AND ${where}`).all(...params) as { id: string; vpdq: string }[]) {
    const d = distanceToVideo(offered, r.vpdq);
    if (d !== null) hits.push({ itemId: r.id, distance: d });
  }
  if (offered.vpdq) {
    const rows = db.prepare(`SELECT id, pdq_dihedral FROM evidence_items WHERE pdq_dihedral IS NOT NULL AND pdq_quality >= ? AND ${where}`).all(PDQ_MIN_QUALITY, ...params) as { id: string; pdq_dihedral: string }[];
    for (const r of rows) {
      const d = distanceToImage(offered, splitDihedral(r.pdq_dihedral));
      if (d !== null) hits.push({ itemId: r.id, distance: d });
    }
  }
  return hits.sort((a, b) => a.distance - b.distance);
}

/** The offered hashes of a stored item (for the spread view and the minors rule), or null. */
export function storedHashes(row: { pdq_dihedral: string | null; pdq_quality: number | null; vpdq: string | null }): OfferedHashes | null {
  if (row.vpdq) return { variants: null, quality: 0, vpdq: parseVpdq(row.vpdq) };
  if (row.pdq_dihedral && (row.pdq_quality ?? 0) >= PDQ_MIN_QUALITY) return { variants: splitDihedral(row.pdq_dihedral), quality: row.pdq_quality ?? 0, vpdq: null };
  return null;
}

/** Whether offered hashes match known material through video (a known video, or a known image in a video's frames). */
export function matchKnownThroughVideo(db: Db, offered: OfferedHashes): number | null {
  let best: number | null = null;
  for (const r of db.prepare('SELECT vpdq FROM known_material WHERE vpdq IS NOT NULL').all() as { vpdq: string }[]) {
    const d = distanceToVideo(offered, r.vpdq);
    if (d !== null && (best === null || d < best)) best = d;
  }
  if (offered.vpdq) {
    for (const r of db.prepare('SELECT pdq_dihedral FROM known_material WHERE pdq_dihedral IS NOT NULL AND pdq_quality >= ?').all(PDQ_MIN_QUALITY) as { pdq_dihedral: string }[]) {
      const d = distanceToImage(offered, splitDihedral(r.pdq_dihedral));
      if (d !== null && (best === null || d < best)) best = d;
    }
  }
  return best;
}
