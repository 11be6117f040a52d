/**
 * Decoding for PDQ with sharp (docs/pdq.md "Step 1: decode"): EXIF orientation, flatten alpha on white,
 * sRGB, shrink to fit inside 512x512 (never enlarge), raw 8-bit interleaved pixels.
 * Invariants: every image reaching pdqFromRaw through here went through exactly those
 * steps in that order; the decoder refuses inputs above `limitInputPixels` (decompression
 * bombs, docs/pdq.md "Step 1: decode"); the returned RawImage's buffer length always matches its info.
 */
import '../evidence/vips-env';
import sharp, { type Sharp } from 'sharp';
import { pdqFromRaw } from './pdq';
import type { PdqResult, RawImage } from './types';

/** Largest side PDQ needs (docs/pdq.md "Step 1: decode"); larger images are shrunk first for speed. */
export const PDQ_MAX_SIDE = 512;

/**
 * Default decompression-bomb guard: 120 megapixels covers 48-108 MP phone photos while
 * staying below sharp's 268 MP default, which would cost more memory than a school laptop has.
 */
export const PDQ_DEFAULT_LIMIT_INPUT_PIXELS = 120_000_000;

function asChannels(n: number): RawImage['channels'] {
  if (n === 1 || n === 2 || n === 3 || n === 4) return n;
  throw new RangeError(`PDQ: sharp produced ${n} channels`);
}

/**
 * Applies the PDQ preparation steps to a sharp pipeline and returns the raw pixels. Pass a
 * `.clone()` of the import pipeline's decoder to share one decode with the thumbnail.
 */
export async function pdqInputFromSharp(pipeline: Sharp): Promise<RawImage> {
  const { data, info } = await pipeline
    .rotate() // EXIF orientation (no angle = auto-orient)
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .resize(PDQ_MAX_SIDE, PDQ_MAX_SIDE, { fit: 'inside', withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return {
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    width: info.width,
    height: info.height,
    channels: asChannels(info.channels),
  };
}

export interface PdqFromBytesOptions {
  /** Refuse images with more pixels than this (default PDQ_DEFAULT_LIMIT_INPUT_PIXELS). */
  limitInputPixels?: number;
}

/** Convenience: decode encoded image bytes with sharp and hash them. */
export async function pdqFromBytes(bytes: Buffer, options: PdqFromBytesOptions = {}): Promise<PdqResult> {
  const limitInputPixels = options.limitInputPixels ?? PDQ_DEFAULT_LIMIT_INPUT_PIXELS;
  return pdqFromRaw(await pdqInputFromSharp(sharp(bytes, { limitInputPixels })));
}
