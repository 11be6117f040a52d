/**
 * The vault-wide list of known material (docs/domain.md "The minors rule"): the SHA-256 and
 * PDQ hashes of every item known to be a sexual image of a minor, or of someone whose age is
 * unknown. Every import checks it, in every case and on every path, so the same picture
 * offered again, or a resized, recompressed, rotated or mirrored copy of it, is refused.
 * Invariants: only hashes are kept, never bytes or names; an entry is never removed (not by a
 * purge either: the list holds no personal data and must keep refusing the material); a PDQ
 * match counts only at distance <= 31 with both qualities >= 50 (docs/pdq.md "Tolerances").
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/open';
import { PDQ_MATCH_THRESHOLD } from '../pdq/index';
import { splitDihedral } from './pdq-index';
import { setDistance } from '../media/vpdq';
import { imageIdentity, imageWords, matchKnownThroughVideo, storedHashes, type CutColumns, type OfferedHashes } from './video-matching';

export type KnownReason = 'hash-only' | 'item-marked' | 'case-category' | 'person-minor' | 'refused-import' | 'officer-decision';

export interface KnownEntry {
  sha256: string;
  pdq: string | null;
  quality: number | null;
  /** The eight dihedral variants of the PDQ hash (docs/pdq.md "Dihedral variants"). */
  dihedral: string[] | null;
  /** A video's vPDQ hash in the reference line format (docs/media.md), or null. */
  vpdq?: string | null;
  /** Border-cut hashes (docs/pdq.md "Border-cut hashes"): an image's eight variants and quality, a video's frames; null without borders. */
  cutDihedral?: string[] | null;
  cutQuality?: number | null;
  vpdqCut?: string | null;
}

/** Adds material to the list; false when its SHA-256 was already there. Inside the caller's transaction. */
export function recordKnown(db: Db, e: KnownEntry, reason: KnownReason, at: Date): boolean {
  const r = db
    .prepare('INSERT OR IGNORE INTO known_material(id, sha256, pdq, pdq_quality, pdq_dihedral, added_at, reason, vpdq, pdq_cut_dihedral, pdq_cut_quality, vpdq_cut) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(randomUUID(), e.sha256, e.pdq, e.quality, e.dihedral ? e.dihedral.join('') : null, at.toISOString(), reason, e.vpdq ?? null, e.cutDihedral ? e.cutDihedral.join('') : null, e.cutDihedral ? (e.cutQuality ?? null) : null, e.vpdqCut ?? null);
  return r.changes > 0;
}

export interface KnownMatch {
  exact: boolean;
  distance: number;
}

/**
 * Whether offered material is known: the same bytes, or a PDQ near copy under any rotation or
 * mirror, by either hash (as-is or border-cut); for a video (or an image against known videos)
 * through its frames (docs/media.md "Matching").
 */
export function matchKnown(db: Db, sha256: string, offered: OfferedHashes): KnownMatch | null {
  if (db.prepare('SELECT 1 FROM known_material WHERE sha256 = ?').get(sha256)) return { exact: true, distance: 0 };
  const viaVideo = matchKnownThroughVideo(db, offered);
  if (viaVideo !== null) return { exact: false, distance: viaVideo };
  if (offered.vpdq) return null;
  const words = imageWords(offered);
  if (!words.length) return null;
  let best: number | null = null;
  const rows = db.prepare('SELECT pdq, pdq_dihedral, pdq_quality, vpdq, pdq_cut_dihedral, pdq_cut_quality, vpdq_cut FROM known_material WHERE vpdq IS NULL AND pdq IS NOT NULL').iterate() as IterableIterator<{ pdq: string; pdq_dihedral: string | null; pdq_quality: number | null; vpdq: null } & CutColumns>;
  for (const r of rows) {
    const known = storedHashes(r);
    if (!known) continue;
    // The offered variants against the known item's own hashes (the unrotated variant of each).
    const d = setDistance(words, imageIdentity(known), PDQ_MATCH_THRESHOLD);
    if (d <= PDQ_MATCH_THRESHOLD && (best === null || d < best)) best = d;
  }
  return best === null ? null : { exact: false, distance: best };
}

/** The known-material entry for a stored item (its hashes), or null when it has none. */
export function knownEntryOfItem(db: Db, itemId: string): KnownEntry | null {
  const r = db.prepare('SELECT sha256, pdq, pdq_quality, pdq_dihedral, vpdq, pdq_cut_dihedral, pdq_cut_quality, vpdq_cut FROM evidence_items WHERE id = ?').get(itemId) as
    | ({ sha256: string | null; pdq: string | null; pdq_quality: number | null; pdq_dihedral: string | null; vpdq: string | null } & CutColumns)
    | undefined;
  if (!r?.sha256) return null;
  return {
    sha256: r.sha256,
    pdq: r.pdq,
    quality: r.pdq_quality,
    dihedral: r.pdq_dihedral ? splitDihedral(r.pdq_dihedral) : null,
    vpdq: r.vpdq,
    cutDihedral: r.pdq_cut_dihedral ? splitDihedral(r.pdq_cut_dihedral) : null,
    cutQuality: r.pdq_cut_quality ?? null,
    vpdqCut: r.vpdq_cut ?? null,
  };
}

/** A known entry's hashes in the shape the matchers take. */
export function offeredOfEntry(e: KnownEntry): OfferedHashes {
  return storedHashes({ pdq: e.pdq, pdq_dihedral: e.dihedral ? e.dihedral.join('') : null, pdq_quality: e.quality, vpdq: e.vpdq ?? null, pdq_cut_dihedral: e.cutDihedral ? e.cutDihedral.join('') : null, pdq_cut_quality: e.cutQuality ?? null, vpdq_cut: e.vpdqCut ?? null }) ?? { variants: null, quality: 0, vpdq: null };
}
