/**
 * Luma extraction (docs/pdq.md "Step 2: luma"): Y = 0.299 R + 0.587 G + 0.114 B per pixel, as float.
 * Invariants: output has exactly width*height entries, row-major; grey inputs (1 or 2
 * channels) pass the grey value through unchanged (the three coefficients sum to 1); any
 * alpha channel is ignored because callers flatten on white first (docs/pdq.md "Step 1: decode").
 */
import type { RawImage } from './types';

// Rec. 601 luma coefficients, as in ThreatExchange pdqhashing (fillFloatLumaFromBufferImage).
export const LUMA_R = 0.299;
export const LUMA_G = 0.587;
export const LUMA_B = 0.114;

/** Throws RangeError when the buffer does not match width*height*channels. */
export function assertRawImage(img: RawImage): void {
  const { width, height, channels, data } = img;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 0 || height < 0) {
    throw new RangeError(`PDQ: invalid image size ${width}x${height}`);
  }
  if (channels !== 1 && channels !== 2 && channels !== 3 && channels !== 4) {
    throw new RangeError(`PDQ: unsupported channel count ${String(channels)}`);
  }
  if (data.length !== width * height * channels) {
    throw new RangeError(`PDQ: buffer length ${data.length} != ${width}x${height}x${channels}`);
  }
}

/** Fills `out` (length width*height) with the luma of every pixel. */
export function lumaFromRaw(img: RawImage, out: Float32Array): void {
  const { data, channels } = img;
  const n = img.width * img.height;
  if (channels >= 3) {
    for (let p = 0, s = 0; p < n; p++, s += channels) {
      out[p] = LUMA_R * data[s]! + LUMA_G * data[s + 1]! + LUMA_B * data[s + 2]!;
    }
  } else {
    for (let p = 0, s = 0; p < n; p++, s += channels) {
      out[p] = data[s]!;
    }
  }
}
