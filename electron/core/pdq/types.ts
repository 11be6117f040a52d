/**
 * Shared PDQ types and constants.
 * Invariants: a `PdqResult.hash` is always 64 lowercase hex characters (256 bits, layout of
 * docs/pdq.md "Step 8: bit layout and hex"); `PdqResult.dct` is always a 256-entry row-major
 * 16x16 matrix B (docs/pdq.md "Step 6: DCT"), or all zeros for images too small to hash;
 * `quality` is an integer in 0..100.
 */

/** Interleaved 8-bit pixels: grey, grey+alpha, RGB or RGBA (alpha assumed already flattened). */
export interface RawImage {
  data: Uint8Array;
  width: number;
  height: number;
  channels: 1 | 2 | 3 | 4;
}

export interface PdqResult {
  /** 64 lowercase hex characters; word 15 printed first (docs/pdq.md "Step 8: bit layout and hex"). */
  hash: string;
  /** 0..100; below PDQ_MIN_QUALITY the image is too featureless to match on (docs/pdq.md "Step 5: quality"). */
  quality: number;
  /** The 16x16 DCT matrix B, row-major (B[i][j] at i*16+j), kept so dihedral variants need no recompute. */
  dct: Float64Array;
}

/** Recommended match threshold from the PDQ maintainers: distance <= 31 is a match (docs/pdq.md "Tolerances"). */
export const PDQ_MATCH_THRESHOLD = 31;

/** Hashes with quality below this are too featureless to match on (docs/pdq.md "Tolerances": ignore <= 49). */
export const PDQ_MIN_QUALITY = 50;

/** Number of hex characters in a PDQ hash (256 bits). */
export const PDQ_HEX_LENGTH = 64;

/** The all-zero hash for images smaller than 5 px on a side (docs/pdq.md "Step 1: decode"). */
export const PDQ_ZERO_HASH = '0'.repeat(PDQ_HEX_LENGTH);
