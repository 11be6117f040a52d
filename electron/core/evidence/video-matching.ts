/**
 * Videos among the vault's items and the list of known material (docs/media.md "Matching"):
 * video against video by vPDQ (media/vpdq.ts), video frames against images by PDQ (a
 * screenshot of a frame is a re-upload too), under any rotation or mirror of the image; and
 * the hashes of any item (stored, offered, known) in the one shape the matchers share.
 * Every image and every frame may carry a second, border-cut hash (docs/pdq.md "Border-cut
 * hashes"): two items match when either of their hashes does.
 * Invariants: the same thresholds as images (distance <= 31, quality >= 50, docs/pdq.md
 * "Tolerances"); stored hashes are read from the database on each call, so a purge, a strip or
 * an insert is seen at once (videos are few next to images; no cache to go stale).
 */
import type { Db } from '../db/open';
import { PDQ_MATCH_THRESHOLD, PDQ_MIN_QUALITY } from '../pdq/index';
import { compareVpdq, frameImageDistance, matchableFrames, parseVpdq, setDistance, vpdqMatches, type VpdqFeature } from '../media/vpdq';
import { hexWords, splitDihedral } from './pdq-index';

/** What an item brings for matching: an image's dihedral hashes, or a video's frames, each with its border-cut counterpart when it had borders. */
export interface OfferedHashes {
  /** An image's eight dihedral hashes, or null. */
  variants: string[] | null;
  quality: number;
  /** An image's border-cut PDQ as eight dihedral hashes, when it had a border. */
  cutVariants?: string[] | null;
  cutQuality?: number;
  /** A video's vPDQ features, or null. */
  vpdq: VpdqFeature[] | null;
  /** The same frames hashed inside their borders, when any frame had one. */
  vpdqCut?: VpdqFeature[] | null;
  /** Per matchable frame of the video the dihedral hashes of its hashes (from the decode), when known. */
  frameVariants?: string[][] | null;
}

/** The border-cut columns a row or a known-material entry may have (migration 014). */
export interface CutColumns {
  pdq_cut_dihedral?: string | null;
  pdq_cut_quality?: number | null;
  vpdq_cut?: string | null;
}

export interface VideoHit {
  itemId: string;
  distance: number;
}

/** An image's hashes to compare, as words: the dihedral variants of each hash of quality >= 50. */
export function imageWords(o: OfferedHashes): Uint32Array[] {
  const out: Uint32Array[] = [];
  if (o.variants && o.quality >= PDQ_MIN_QUALITY) out.push(...o.variants.map(hexWords));
  if (o.cutVariants && (o.cutQuality ?? 0) >= PDQ_MIN_QUALITY) out.push(...o.cutVariants.map(hexWords));
  return out;
}

/** An image's own hashes (the unrotated variant of each), the side a search compares against. */
export function imageIdentity(o: OfferedHashes): Uint32Array[] {
  const out: Uint32Array[] = [];
  if (o.variants && o.quality >= PDQ_MIN_QUALITY) out.push(hexWords(o.variants[0]!));
  if (o.cutVariants && (o.cutQuality ?? 0) >= PDQ_MIN_QUALITY) out.push(hexWords(o.cutVariants[0]!));
  return out;
}

function videoFrames(o: OfferedHashes): Uint32Array[][] {
  return o.vpdq ? matchableFrames(o.vpdq, o.vpdqCut) : [];
}

/**
 * Smallest distance between two items' perceptual hashes when they match, else null: video
 * and video by the vPDQ rule, a video's frames against an image, image against image; any
 * rotation or mirror of an image, either hash of an image or a frame.
 */
export function hashesMatch(a: OfferedHashes, b: OfferedHashes): number | null {
  if (a.vpdq && b.vpdq) {
    const fa = videoFrames(a);
    const fb = videoFrames(b);
    if (!vpdqMatches(compareVpdq(fa, fb))) return null;
    return closestPair(fa, fb);
  }
  if (a.vpdq || b.vpdq) {
    const [video, image] = a.vpdq ? [a, b] : [b, a];
    const words = imageWords(image);
    if (!words.length) return null;
    // The image's variants against the frames' own hashes: the offered video's decode may know
    // each frame's variants too (frameVariants), then those against the image's own hashes as well.
    let d = frameImageDistance(videoFrames(video), words);
    if (video.frameVariants?.length) d = Math.min(d, frameImageDistance(video.frameVariants.map((v) => v.map(hexWords)), imageIdentity(image)));
    return d <= PDQ_MATCH_THRESHOLD ? d : null;
  }
  const wa = imageWords(a);
  const ib = imageIdentity(b);
  if (!wa.length || !ib.length) return null;
  const d = setDistance(wa, ib, PDQ_MATCH_THRESHOLD);
  return d <= PDQ_MATCH_THRESHOLD ? d : null;
}

function closestPair(a: Uint32Array[][], b: Uint32Array[][]): number {
  let best = 257;
  for (const x of a) {
    for (const y of b) {
      const e = setDistance(x, y, best);
      if (e < best) best = e;
    }
  }
  return best;
}

/** The hashes of a stored item or a known-material entry, or null when it has none to match on. */
export function storedHashes(row: { pdq?: string | null; pdq_dihedral: string | null; pdq_quality: number | null; vpdq: string | null } & CutColumns): OfferedHashes | null {
  if (row.vpdq) return { variants: null, quality: 0, vpdq: parseVpdq(row.vpdq), vpdqCut: row.vpdq_cut ? parseVpdq(row.vpdq_cut) : null };
  const o: OfferedHashes = {
    // A row older than its dihedral column has only its own hash: it is still found by the offered variants.
    variants: row.pdq_dihedral ? splitDihedral(row.pdq_dihedral) : row.pdq ? [row.pdq] : null,
    quality: row.pdq_quality ?? 0,
    cutVariants: row.pdq_cut_dihedral ? splitDihedral(row.pdq_cut_dihedral) : null,
    cutQuality: row.pdq_cut_quality ?? 0,
    vpdq: null,
  };
  return imageWords(o).length ? o : null;
}

const STORED = 'id, pdq, pdq_dihedral, pdq_quality, vpdq, pdq_cut_dihedral, pdq_cut_quality, vpdq_cut';
type StoredRow = { id: string; pdq: string | null; pdq_dihedral: string | null; pdq_quality: number | null; vpdq: string | null } & CutColumns;

/**
 * Stored items that match the offered hashes through video, not by SHA-256: stored videos for
 * any offer, and stored images for an offered video (images against images: the PDQ index).
 */
export function videoHits(db: Db, offered: OfferedHashes, where = '1 = 1', params: unknown[] = []): VideoHit[] {
  const hits: VideoHit[] = [];
  const rows = db.prepare(`SELECT ${STORED} FROM evidence_items WHERE vpdq IS NOT NULL AND ${where}`).all(...params) as StoredRow[];
  if (offered.vpdq) rows.push(...(db.prepare(`SELECT ${STORED} FROM evidence_items WHERE vpdq IS NULL AND pdq IS NOT NULL AND ${where}`).all(...params) as StoredRow[]));
  for (const r of rows) {
    const stored = storedHashes(r);
    const d = stored ? hashesMatch(offered, stored) : null;
    if (d !== null) hits.push({ itemId: r.id, distance: d });
  }
  return hits.sort((a, b) => a.distance - b.distance);
}

/** Whether offered hashes match known material through video (a known video, or a known image in a video's frames). */
export function matchKnownThroughVideo(db: Db, offered: OfferedHashes): number | null {
  let best: number | null = null;
  const cols = 'pdq, pdq_dihedral, pdq_quality, vpdq, pdq_cut_dihedral, pdq_cut_quality, vpdq_cut';
  const rows = db.prepare(`SELECT ${cols} FROM known_material WHERE vpdq IS NOT NULL`).all() as StoredRow[];
  if (offered.vpdq) rows.push(...(db.prepare(`SELECT ${cols} FROM known_material WHERE vpdq IS NULL AND pdq IS NOT NULL`).all() as StoredRow[]));
  for (const r of rows) {
    const stored = storedHashes(r);
    const d = stored ? hashesMatch(offered, stored) : null;
    if (d !== null && (best === null || d < best)) best = d;
  }
  return best;
}
