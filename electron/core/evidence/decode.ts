/**
 * Decode an image once and derive everything from that one decode (docs/toolchain.md "Native modules": decoding
 * is the cost): the PDQ hash + quality and a small JPEG thumbnail, both from the same
 * 512 px raw buffer. Invariants: everything happens in memory (see vips-env.ts); the
 * header is checked against the pixel limit before any pixel is decoded (decompression
 * bombs); animated GIFs use their first frame only.
 */
import './vips-env';
import sharp, { type Metadata, type Sharp } from 'sharp';
import { AppError } from '../../../shared/errors';
import { pdqInputFromSharp, type PdqResult } from '../pdq/index';
import { hashHere, type ImageHasher } from '../pdq/pdq-pool';
import { decodeHeic } from '../media/heic';

// libvips' operation cache would keep decoded evidence in memory after we are done with it.
sharp.cache(false);

export const THUMB_SIDE = 320;
/** What blurredThumb gives. A stored thumbnail is a JPEG (an image's) or a WebP (a video's poster, or an image imported before thumbnails were JPEG): see thumbMime. */
export const BLURRED_MIME = 'image/webp';

/** The type of a stored thumbnail, from its first bytes (JPEG starts FF D8 FF; everything else stored as a thumbnail is WebP). */
export function thumbMime(bytes: Uint8Array): 'image/jpeg' | 'image/webp' {
  return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff ? 'image/jpeg' : 'image/webp';
}

export interface Decoded {
  width: number;
  height: number;
  pdq: PdqResult;
  /** PDQ of the picture inside its uniform borders (bars, a flat margin), null without (docs/pdq.md "Border-cut hashes"). */
  cut: PdqResult | null;
  /** The eight dihedral variants of `pdq`, and of `cut` when there is one (docs/pdq.md "Dihedral variants"). */
  variants: string[];
  cutVariants: string[] | null;
  thumb: Buffer;
  /** Frames of an animated GIF or WebP (the first is used), else null. */
  frames: number | null;
}

/** EXIF orientation (1..8) as sharp operations, per docs/pdq.md "Dihedral variants". */
function orient(img: Sharp, o: number): Sharp {
  switch (o) {
    case 2: return img.flop();
    case 3: return img.rotate(180);
    case 4: return img.flip();
    case 5: return img.rotate(90).flip();
    case 6: return img.rotate(90);
    case 7: return img.rotate(90).flop();
    case 8: return img.rotate(270);
    default: return img;
  }
}

/**
 * HEIC/HEIF (docs/media.md "Phone photos"): libheif decodes in memory, the orientation is
 * applied, then the same PDQ and thumbnail steps as any image.
 */
async function decodeHeicImage(bytes: Buffer, maxPixels: number, hasher?: ImageHasher): Promise<Decoded> {
  const raw = await decodeHeic(bytes, maxPixels);
  const oriented = await orient(sharp(raw.data, { raw: { width: raw.width, height: raw.height, channels: raw.channels } }), raw.orientation).raw().toBuffer({ resolveWithObject: true });
  raw.data.fill(0);
  const { info } = oriented;
  const out = await fromPipeline(sharp(oriented.data, { raw: { width: info.width, height: info.height, channels: info.channels as 4 } }), hasher);
  oriented.data.fill(0);
  return { width: info.width, height: info.height, frames: null, ...out };
}

type Hashed = Pick<Decoded, 'pdq' | 'cut' | 'variants' | 'cutVariants' | 'thumb'>;

/**
 * The hashes and the thumbnail from one 512 px buffer. With a pool (pdq-pool.ts) the hashes are
 * made on a worker thread while sharp encodes the thumbnail; without, here.
 */
async function fromPipeline(pipeline: Sharp, hasher?: ImageHasher): Promise<Hashed> {
  const raw = await pdqInputFromSharp(pipeline);
  const thumb = sharp(Buffer.from(raw.data.buffer, raw.data.byteOffset, raw.data.byteLength), {
    raw: { width: raw.width, height: raw.height, channels: raw.channels },
  })
    .resize(THUMB_SIDE, THUMB_SIDE, { fit: 'inside', withoutEnlargement: true })
    // JPEG: the shrink and encode take 2 ms of CPU for a phone screenshot's thumbnail against
    // WebP's 3 at its fastest setting (9 KB against 8; docs/architecture.md "Import speed"). The pixels
    // were flattened on white (no alpha is lost) and the thumbnail is only shown blurred or on request.
    .jpeg({ quality: 75 })
    .toBuffer();
  const hashes = hasher ? hasher(raw) : Promise.resolve(hashHere(raw));
  const [h, t] = await Promise.all([hashes, thumb]);
  raw.data.fill(0);
  return { ...h, thumb: t };
}

export async function decodeImage(bytes: Buffer, maxPixels: number, format?: string, hasher?: ImageHasher): Promise<Decoded> {
  if (format === 'heic') {
    try {
      return await decodeHeicImage(bytes, maxPixels, hasher);
    } catch (err) {
      if (err instanceof AppError && err.code !== 'UNSUPPORTED_FILE') throw err;
      // A HEIF file whose pictures are not HEVC (an AVIF with a 'mif1' brand) is sharp's to read.
    }
  }
  let meta: Metadata;
  try {
    // Header only: sharp's own default pixel limit would fire here; ours is applied below.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new AppError('UNSUPPORTED_FILE', 'The image cannot be read; it may be damaged or incomplete.', { reason: 'damaged' });
  }
  const w = meta.width ?? 0;
  const h = meta.height ?? 0;
  if (!w || !h) throw new AppError('UNSUPPORTED_FILE', 'The image has no size; it may be damaged.', { reason: 'damaged' });
  if (w * h > maxPixels) {
    throw new AppError('FILE_TOO_LARGE', `The image declares ${w} x ${h} pixels, more than allowed.`, { reason: 'too-many-pixels', width: w, height: h });
  }
  const swapped = (meta.orientation ?? 1) >= 5;
  try {
    // failOn 'error' rejects truncated files instead of decoding a half-grey image.
    const hashed = await fromPipeline(sharp(bytes, { limitInputPixels: maxPixels, failOn: 'error', pages: 1 }), hasher);
    const frames = (meta.pages ?? 1) > 1 ? meta.pages! : null;
    return { width: swapped ? h : w, height: swapped ? w : h, ...hashed, frames };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('UNSUPPORTED_FILE', 'The image cannot be read; it may be damaged or incomplete.', { reason: 'damaged' });
  }
}

/** A heavily blurred copy for lists: the renderer never holds the clear pixels until a click. */
export async function blurredThumb(thumb: Buffer): Promise<Buffer> {
  return sharp(thumb).blur(14).webp({ quality: 50 }).toBuffer();
}
