/**
 * Decoding for PDQ with sharp (docs/pdq.md "Step 1: decode"): EXIF orientation, sRGB, shrink to
 * fit inside 512x512 (never enlarge), alpha flattened on white, raw 8-bit interleaved pixels.
 * Invariants: every image reaching pdqFromRaw through here went through exactly those
 * steps in that order; the decoder refuses inputs above `limitInputPixels` (decompression
 * bombs, docs/pdq.md "Step 1: decode"); the returned RawImage's buffer length always matches its
 * info and it has no alpha channel.
 *
 * Why the flatten comes after the shrink (docs/architecture.md "Import speed"): on a full-size
 * phone screenshot libvips' flatten costs nearly as much as the PNG decode (float arithmetic on
 * every pixel), and sharp resizes an image with alpha premultiplied, so flattening the 512 px
 * result gives the same pixels (flatten and resize are both linear: exact for opaque images,
 * within rounding for transparent ones) for a twentieth of the pixels. Most screenshots carry an alpha
 * channel that is opaque everywhere: then the channel is only dropped.
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
    .toColourspace('srgb')
    .resize(PDQ_MAX_SIDE, PDQ_MAX_SIDE, { fit: 'inside', withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const channels = asChannels(info.channels);
  const pixels = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (channels === 2 || channels === 4) return onWhite(pixels, info.width, info.height, channels);
  return { data: pixels, width: info.width, height: info.height, channels };
}

/**
 * Alpha flattened on white; an alpha that is opaque everywhere is only dropped, in place (the
 * colour bytes moved to the front of the same buffer: no second buffer for the collector, and
 * the bytes left behind wiped). Otherwise the input buffer is wiped once flattened.
 */
async function onWhite(data: Uint8Array, width: number, height: number, channels: 2 | 4): Promise<RawImage> {
  const colour = channels - 1;
  let opaque = true;
  for (let i = colour; i < data.length; i += channels) {
    if (data[i] !== 255) {
      opaque = false;
      break;
    }
  }
  if (opaque) {
    // Writing never overtakes reading: byte o is written after byte i >= o was read.
    let o = 0;
    for (let i = 0; i < data.length; i += channels) {
      for (let c = 0; c < colour; c++) data[o++] = data[i + c]!;
    }
    data.fill(0, o);
    return { data: data.subarray(0, o), width, height, channels: asChannels(colour) };
  }
  const flat = await sharp(Buffer.from(data.buffer, data.byteOffset, data.byteLength), { raw: { width, height, channels } })
    .flatten({ background: '#ffffff' })
    .raw()
    .toBuffer();
  data.fill(0);
  return { data: new Uint8Array(flat.buffer, flat.byteOffset, flat.byteLength), width, height, channels: asChannels(colour) };
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
