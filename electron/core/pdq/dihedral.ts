/**
 * The eight dihedral variants of a PDQ hash, derived from the kept DCT matrix B without
 * touching pixels (docs/pdq.md "Dihedral variants"; ThreatExchange pdqhashing
 * dct16OriginalToRotate90 etc.). Every DCT basis row/column with odd index (i+1 even) is
 * symmetric and every one with even index antisymmetric, so a mirror only flips signs
 * and a diagonal mirror only transposes.
 * Invariants: the variant order is fixed (DIHEDRAL_VARIANTS) and the i-th hash always
 * belongs to the i-th name; each variant is re-thresholded at the median of its own
 * transformed matrix (negation moves the median); B itself is never modified.
 *
 * Pixel meaning, verified against sharp in tests/core/pdq-dihedral.test.ts (names follow
 * the reference, whose rotations are counter-clockwise and whose flipX mirrors about the
 * x axis):
 *   rotate90      = image rotated 90 deg counter-clockwise  (sharp .rotate(270))
 *   rotate180     = image rotated 180 deg                   (sharp .rotate(180))
 *   rotate270     = image rotated 90 deg clockwise          (sharp .rotate(90))
 *   flipX         = top-bottom mirror                       (sharp .flip())
 *   flipY         = left-right mirror                       (sharp .flop())
 *   transpose     = mirror on the main diagonal             (sharp .rotate(90).flip())
 *   antiTranspose = mirror on the anti-diagonal             (sharp .rotate(90).flop())
 */
import { hammingDistance } from './hamming';
import { hashFromDct } from './hash-bits';
import type { PdqResult } from './types';

export const DIHEDRAL_VARIANTS = [
  'original',
  'rotate90',
  'rotate180',
  'rotate270',
  'flipX',
  'flipY',
  'transpose',
  'antiTranspose',
] as const;

export type DihedralVariant = (typeof DIHEDRAL_VARIANTS)[number];

/**
 * For source entry B[i][j]: whether it moves to [j][i], and whether it changes sign.
 * As listed in docs/pdq.md "Dihedral variants": rotate180 negates i+j odd; flipX negates
 * i even; flipY negates j even; transpose swaps; rotate90 swaps and negates source j even; rotate270 swaps and
 * negates source i even; antiTranspose swaps and negates i+j odd.
 */
const RULES: Record<DihedralVariant, { swap: boolean; negate: (i: number, j: number) => boolean }> = {
  original: { swap: false, negate: () => false },
  rotate90: { swap: true, negate: (_i, j) => (j & 1) === 0 },
  rotate180: { swap: false, negate: (i, j) => ((i + j) & 1) === 1 },
  rotate270: { swap: true, negate: (i) => (i & 1) === 0 },
  flipX: { swap: false, negate: (i) => (i & 1) === 0 },
  flipY: { swap: false, negate: (_i, j) => (j & 1) === 0 },
  transpose: { swap: true, negate: () => false },
  antiTranspose: { swap: true, negate: (i, j) => ((i + j) & 1) === 1 },
};

/** The DCT matrix the transformed image would have; `out` may be reused across calls. */
export function dihedralDct(b: Float64Array, variant: DihedralVariant, out: Float64Array = new Float64Array(256)): Float64Array {
  const rule = RULES[variant];
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) {
      const v = b[i * 16 + j]!;
      out[rule.swap ? j * 16 + i : i * 16 + j] = rule.negate(i, j) ? -v : v;
    }
  }
  return out;
}

/** The 8 hashes in DIHEDRAL_VARIANTS order; index 0 equals result.hash. */
export function dihedralHashes(result: Pick<PdqResult, 'dct'>): string[] {
  const scratch = new Float64Array(256);
  return DIHEDRAL_VARIANTS.map((v) => hashFromDct(dihedralDct(result.dct, v, scratch)));
}

export interface DihedralMatch {
  distance: number;
  variant: DihedralVariant;
}

/**
 * Smallest distance between any dihedral variant of `a` and the hash `bHex`, and which
 * variant achieved it (ties go to the earlier variant, so 'original' wins a tie). Use with
 * PDQ_MATCH_THRESHOLD to find rotated or mirrored reposts.
 */
export function minDihedralDistance(a: Pick<PdqResult, 'dct'>, bHex: string): DihedralMatch {
  const hashes = dihedralHashes(a);
  let best: DihedralMatch = { distance: Infinity, variant: 'original' };
  hashes.forEach((h, idx) => {
    const distance = hammingDistance(h, bHex);
    if (distance < best.distance) best = { distance, variant: DIHEDRAL_VARIANTS[idx]! };
  });
  return best;
}
