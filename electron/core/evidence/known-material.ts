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
import { PDQ_MATCH_THRESHOLD, PDQ_MIN_QUALITY } from '../pdq/index';
import { hexWords, minDistance, splitDihedral } from './pdq-index';
import type { VpdqFeature } from '../media/vpdq';
import { matchKnownThroughVideo } from './video-matching';

export type KnownReason = 'hash-only' | 'item-marked' | 'case-category' | 'person-minor' | 'refused-import' | 'officer-decision';

export interface KnownEntry {
  sha256: string;
  pdq: string | null;
  quality: number | null;
  /** The eight dihedral variants of the PDQ hash (docs/pdq.md "Dihedral variants"). */
  dihedral: string[] | null;
  /** A video's vPDQ hash in the reference line format (docs/media.md), or null. */
  vpdq?: string | null;
}

/** Adds material to the list; false when its SHA-256 was already there. Inside the caller's transaction. */
export function recordKnown(db: Db, e: KnownEntry, reason: KnownReason, at: Date): boolean {
  const r = db
    .prepare('INSERT OR IGNORE INTO known_material(id, sha256, pdq, pdq_quality, pdq_dihedral, added_at, reason, vpdq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(randomUUID(), e.sha256, e.pdq, e.quality, e.dihedral ? e.dihedral.join('') : null, at.toISOString(), reason, e.vpdq ?? null);
  return r.changes > 0;
}

export interface KnownMatch {
  exact: boolean;
  distance: number;
}

/**
 * Whether offered material is known: the same bytes, or a PDQ near copy under any rotation or
 * mirror; for a video (or an image against known videos) through its frames (docs/media.md "Matching").
 */
export function matchKnown(db: Db, sha256: string, variants: string[] | null, quality: number, video?: { vpdq: VpdqFeature[]; frameVariants: string[][] } | null): KnownMatch | null {
  if (db.prepare('SELECT 1 FROM known_material WHERE sha256 = ?').get(sha256)) return { exact: true, distance: 0 };
  const viaVideo = matchKnownThroughVideo(db, { variants, quality, vpdq: video?.vpdq ?? null, frameVariants: video?.frameVariants ?? null });
  if (viaVideo !== null) return { exact: false, distance: viaVideo };
  if (!variants || quality < PDQ_MIN_QUALITY) return null;
  const offered = variants.map(hexWords);
  let best: number | null = null;
  for (const r of db.prepare('SELECT pdq FROM known_material WHERE pdq IS NOT NULL AND pdq_quality >= ?').iterate(PDQ_MIN_QUALITY) as IterableIterator<{ pdq: string }>) {
    const d = minDistance(offered, hexWords(r.pdq), 0, PDQ_MATCH_THRESHOLD);
    if (d <= PDQ_MATCH_THRESHOLD && (best === null || d < best)) best = d;
  }
  return best === null ? null : { exact: false, distance: best };
}

/** The known-material entry for a stored item (its hashes), or null when it has none. */
export function knownEntryOfItem(db: Db, itemId: string): KnownEntry | null {
  const r = db.prepare('SELECT sha256, pdq, pdq_quality, pdq_dihedral, vpdq FROM evidence_items WHERE id = ?').get(itemId) as
    | { sha256: string | null; pdq: string | null; pdq_quality: number | null; pdq_dihedral: string | null; vpdq: string | null }
    | undefined;
  if (!r?.sha256) return null;
  return { sha256: r.sha256, pdq: r.pdq, quality: r.pdq_quality, dihedral: r.pdq_dihedral ? splitDihedral(r.pdq_dihedral) : null, vpdq: r.vpdq };
}
