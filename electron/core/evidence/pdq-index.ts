/**
 * In-memory PDQ index over the vault's items for re-upload detection (docs/pdq.md "Tolerances": distance
 * <= 31, both qualities >= 50, any of the eight dihedral variants). An image with a uniform
 * border is in it twice, as it is and border-cut (docs/pdq.md "Border-cut hashes"); a hit
 * names the item once, at its closest. Hashes are kept as 8 x 32-bit words so a scan of
 * 100k items costs a few milliseconds. Invariant: built lazily from the database per session
 * and updated on every insert; never persisted.
 */
import type { Db } from '../db/open';
import type { Session } from '../vault/session';
import { PDQ_MATCH_THRESHOLD, PDQ_MIN_QUALITY } from '../pdq/index';

export function hexWords(hex: string): Uint32Array {
  const w = new Uint32Array(8);
  for (let i = 0; i < 8; i++) w[i] = parseInt(hex.slice(i * 8, i * 8 + 8), 16) >>> 0;
  return w;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Smallest Hamming distance between any variant and `target` (stops early past `limit`). */
export function minDistance(variants: Uint32Array[], target: Uint32Array, offset = 0, limit = 256): number {
  let best = 257;
  for (const v of variants) {
    let d = 0;
    for (let k = 0; k < 8 && d <= limit; k++) d += popcount((v[k]! ^ target[offset + k]!) >>> 0);
    if (d < best) best = d;
  }
  return best;
}

/** Splits the stored 512-hex dihedral column into its eight hashes. */
export function splitDihedral(joined: string): string[] {
  return Array.from({ length: 8 }, (_, i) => joined.slice(i * 64, i * 64 + 64));
}

export interface PdqHit {
  itemId: string;
  distance: number;
}

export class PdqIndex {
  private ids: string[] = [];
  private hashes = new Uint32Array(0);
  private count = 0;

  static load(db: Db): PdqIndex {
    const idx = new PdqIndex();
    const rows = db.prepare('SELECT id, pdq, pdq_quality, pdq_cut_dihedral, pdq_cut_quality FROM evidence_items WHERE pdq IS NOT NULL').all() as { id: string; pdq: string; pdq_quality: number | null; pdq_cut_dihedral: string | null; pdq_cut_quality: number | null }[];
    for (const r of rows) {
      if ((r.pdq_quality ?? 0) >= PDQ_MIN_QUALITY) idx.add(r.id, r.pdq);
      if (r.pdq_cut_dihedral && (r.pdq_cut_quality ?? 0) >= PDQ_MIN_QUALITY) idx.add(r.id, r.pdq_cut_dihedral.slice(0, 64));
    }
    return idx;
  }

  get size(): number {
    return this.count;
  }

  add(itemId: string, hex: string): void {
    if (this.count * 8 >= this.hashes.length) {
      const grown = new Uint32Array(Math.max(64, this.hashes.length * 2));
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes.set(hexWords(hex), this.count * 8);
    this.ids.push(itemId);
    this.count++;
  }

  remove(itemIds: Set<string>): void {
    const keep = this.ids.map((id, i) => [id, i] as const).filter(([id]) => !itemIds.has(id));
    const next = new Uint32Array(Math.max(64, keep.length * 8));
    keep.forEach(([, i], j) => next.set(this.hashes.subarray(i * 8, i * 8 + 8), j * 8));
    this.ids = keep.map(([id]) => id);
    this.hashes = next;
    this.count = keep.length;
  }

  /** Items within the threshold of any of the given hashes (an offer's dihedral variants, as words), closest first, each once. */
  match(words: Uint32Array[], threshold = PDQ_MATCH_THRESHOLD): PdqHit[] {
    if (words.length === 0) return [];
    const best = new Map<string, number>();
    for (let i = 0; i < this.count; i++) {
      const d = minDistance(words, this.hashes, i * 8, threshold);
      if (d > threshold) continue;
      const id = this.ids[i]!;
      if (!best.has(id) || d < best.get(id)!) best.set(id, d);
    }
    return [...best].map(([itemId, distance]) => ({ itemId, distance })).sort((a, b) => a.distance - b.distance);
  }
}

/** The session's index, loaded from the database on first use. */
export function pdqIndexOf(session: Session): PdqIndex {
  return session.memo('pdq-index', () => PdqIndex.load(session.db));
}
