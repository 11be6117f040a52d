/**
 * PDQ hash of an already decoded image (docs/pdq.md "The algorithm as implemented", steps
 * 2-8; ThreatExchange pdqhashing pdqHash256FromFloatLuma). No I/O and no sharp here, so the
 * import pipeline can feed it pixels from its single decode.
 * Invariants: the input is expected oriented, flattened on white and shrunk to fit 512x512
 * (docs/pdq.md "Step 1: decode"), but any size is accepted; images under 5 px on a side give the
 * all-zero hash, quality 0 and an all-zero DCT; the input buffer is never modified;
 * working memory is two float32 planes of width*height plus fixed small buffers.
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

export function pdqFromRaw(img: RawImage): PdqResult {
  assertRawImage(img);
  const { width: cols, height: rows } = img;
  if (cols < PDQ_MIN_DIMENSION || rows < PDQ_MIN_DIMENSION) {
    return { hash: PDQ_ZERO_HASH, quality: 0, dct: new Float64Array(256) };
  }
  const luma = new Float32Array(rows * cols);
  const tmp = new Float32Array(rows * cols);
  lumaFromRaw(img, luma);
  jaroszFilter(luma, tmp, rows, cols);
  const a64 = new Float64Array(64 * 64);
  decimateTo64(luma, rows, cols, a64);
  const quality = qualityFrom64(a64);
  const dct = new Float64Array(256);
  dct64To16(a64, dct);
  return { hash: hashFromDct(dct), quality, dct };
}
