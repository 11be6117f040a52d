/**
 * PDQ hash of an already decoded image (docs/pdq.md "The algorithm as implemented", steps
 * 2-8; ThreatExchange pdqhashing pdqHash256FromFloatLuma). No I/O and no sharp here, so the
 * import pipeline can feed it pixels from its single decode.
 * Invariants: the input is expected oriented, flattened on white and shrunk to fit 512x512
 * (docs/pdq.md "Step 1: decode"), but any size is accepted; images under 5 px on a side give the
 * all-zero hash, quality 0 and an all-zero DCT; the input buffer is never modified;
 * working memory is two float32 planes of width*height plus fixed small buffers.
 * For images up to 512 x 512 the two planes are kept between calls (one pair per thread:
 * hashing is synchronous, so no two calls share them at once): a fresh pair per image was
 * about 2 MB of ArrayBuffers a file in an import, and the full garbage collections they set
 * off took a large part of the main thread (docs/architecture.md "Import speed"). They are wiped after each image, as the
 * import wipes its decoded pixels: no picture's luminance is left behind in memory.
 */
import { dct64To16 } from './dct';
import { hashFromDct } from './hash-bits';
import { decimateTo64, jaroszFilter } from './jarosz';
import { assertRawImage, lumaFromRaw } from './luma';
import { PDQ_ZERO_HASH, type PdqResult, type RawImage } from './types';

/** docs/pdq.md "Step 1: decode": smaller than this on either side -> all-zero hash, quality 0. */
export const PDQ_MIN_DIMENSION = 5;

/**
 * docs/pdq.md "Step 5: quality" (pdqImageDomainQualityMetric): sum over vertical and horizontal neighbour
 * pairs of |trunc((u - v) * 100 / 255)|, then min(100, trunc(sum / 90)).
 */
export function qualityFrom64(a: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < 63; i++) {
    for (let j = 0; j < 64; j++) {
      sum += Math.abs(Math.trunc(((a[i * 64 + j]! - a[(i + 1) * 64 + j]!) * 100) / 255));
    }
  }
  for (let i = 0; i < 64; i++) {
    for (let j = 0; j < 63; j++) {
      sum += Math.abs(Math.trunc(((a[i * 64 + j]! - a[i * 64 + j + 1]!) * 100) / 255));
    }
  }
  return Math.min(100, Math.trunc(sum / 90));
}

/** The largest plane kept between calls: a 512 x 512 image (sharp-input.ts PDQ_MAX_SIDE), 1 MB each. */
const KEPT_PLANE = 512 * 512;
let planes: { luma: Float32Array; tmp: Float32Array } | null = null;

/** Two working planes of `n` samples. Not cleared first: lumaFromRaw fills the one and every box pass writes each sample it reads later (jarosz.ts). */
function workingPlanes(n: number): { luma: Float32Array; tmp: Float32Array } {
  // Only the import's 512 px images are kept for; a larger picture (a caller's own) gets its own pair.
  if (n > KEPT_PLANE) return { luma: new Float32Array(n), tmp: new Float32Array(n) };
  if (!planes) planes = { luma: new Float32Array(KEPT_PLANE), tmp: new Float32Array(KEPT_PLANE) };
  return { luma: planes.luma.subarray(0, n), tmp: planes.tmp.subarray(0, n) };
}

export function pdqFromRaw(img: RawImage): PdqResult {
  assertRawImage(img);
  const { width: cols, height: rows } = img;
  if (cols < PDQ_MIN_DIMENSION || rows < PDQ_MIN_DIMENSION) {
    return { hash: PDQ_ZERO_HASH, quality: 0, dct: new Float64Array(256) };
  }
  const { luma, tmp } = workingPlanes(rows * cols);
  lumaFromRaw(img, luma);
  jaroszFilter(luma, tmp, rows, cols);
  const a64 = new Float64Array(64 * 64);
  decimateTo64(luma, rows, cols, a64);
  const quality = qualityFrom64(a64);
  const dct = new Float64Array(256);
  dct64To16(a64, dct);
  luma.fill(0);
  tmp.fill(0);
  return { hash: hashFromDct(dct), quality, dct };
}
