/**
 * HEIC/HEIF photos (iPhones) decoded in memory by libheif compiled to WebAssembly
 * (libheif-js, LGPL-3.0; the prebuilt sharp has no HEVC decoder, docs/toolchain.md "Native
 * modules"). Orientation: libheif applies the HEIF transforms (irot/imir) while decoding; a
 * file without them that carries an EXIF orientation (converters write such files) gets that
 * orientation applied here, as the HEIF specification leaves EXIF to the writer and the user
 * expects the photo upright (docs/media.md "Phone photos").
 * Invariants: the size is checked against the pixel limit before any pixel is decoded; the
 * decoder's objects are freed in every case; nothing touches the disk.
 */
import { AppError } from '../../../shared/errors';

interface HeifImage {
  get_width(): number;
  get_height(): number;
  display(target: { data: Uint8ClampedArray; width: number; height: number }, done: (d: { data: Uint8ClampedArray } | null) => void): void;
  free(): void;
}
interface HeifLib {
  HeifDecoder: new () => { decode(bytes: Uint8Array): HeifImage[] };
}

let lib: HeifLib | null = null;
function heif(): HeifLib {
  // The bundle holds the wasm inline: no file is looked up at run time.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  lib ??= require('libheif-js/wasm-bundle') as HeifLib;
  return lib;
}

export interface DecodedRaw {
  data: Buffer;
  width: number;
  height: number;
  channels: 4;
  /** EXIF orientation (1..8) still to apply, 1 when libheif already did or the file has none. */
  orientation: number;
}

const damaged = () => new AppError('UNSUPPORTED_FILE', 'The photo cannot be read; it may be damaged or incomplete.', { reason: 'damaged' });

export async function decodeHeic(bytes: Uint8Array, maxPixels: number): Promise<DecodedRaw> {
  let images: HeifImage[];
  try {
    images = new (heif().HeifDecoder)().decode(bytes);
  } catch {
    throw damaged();
  }
  try {
    const image = images[0];
    if (!image) throw damaged();
    const width = image.get_width();
    const height = image.get_height();
    if (!width || !height) throw damaged();
    if (width * height > maxPixels) throw new AppError('FILE_TOO_LARGE', `The image declares ${width} x ${height} pixels, more than allowed.`, { reason: 'too-many-pixels', width, height });
    const target = new Uint8ClampedArray(width * height * 4);
    const out = await new Promise<Uint8ClampedArray | null>((resolve) => image.display({ data: target, width, height }, (d) => resolve(d ? d.data : null)));
    if (!out) throw damaged();
    const transformed = hasBox(bytes, 'irot') || hasBox(bytes, 'imir');
    return { data: Buffer.from(out.buffer, out.byteOffset, out.byteLength), width, height, channels: 4, orientation: transformed ? 1 : exifOrientation(bytes) };
  } finally {
    for (const i of images) i.free();
  }
}

/** Whether an ISO BMFF box of this type appears in the file's metadata (its size field precedes the type). */
function hasBox(b: Uint8Array, type: string): boolean {
  const buf = Buffer.from(b.buffer, b.byteOffset, Math.min(b.byteLength, 1 << 20));
  for (let i = buf.indexOf(type, 4, 'latin1'); i >= 4; i = buf.indexOf(type, i + 1, 'latin1')) {
    const size = buf.readUInt32BE(i - 4);
    if (size >= 8 && size < 64) return true;
  }
  return false;
}

/** The orientation tag (0x0112) of the EXIF block's IFD0, 1 when there is none (TIFF 6.0, EXIF 2.32). */
export function exifOrientation(b: Uint8Array): number {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  // A HEIF Exif item is a 32-bit offset, then (after an optional "Exif\0\0") a TIFF header
  // (ISO/IEC 23008-12 A.2.1); the first TIFF header preceded by either is taken.
  let t = -1;
  for (const magic of ['II*\0', 'MM\0*']) {
    for (let at = buf.indexOf(magic, 4, 'latin1'); at >= 4; at = buf.indexOf(magic, at + 1, 'latin1')) {
      if (buf.toString('latin1', at - 6, at) === 'Exif\0\0' || buf.readUInt32BE(at - 4) === 0) {
        if (t < 0 || at < t) t = at;
        break;
      }
    }
  }
  if (t < 0 || t + 8 > buf.length) return 1;
  const le = buf.toString('latin1', t, t + 2) === 'II';
  const u16 = (o: number) => (le ? buf.readUInt16LE(o) : buf.readUInt16BE(o));
  const u32 = (o: number) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
  const ifd = t + u32(t + 4);
  if (ifd + 2 > buf.length) return 1;
  const n = u16(ifd);
  for (let k = 0; k < n; k++) {
    const e = ifd + 2 + k * 12;
    if (e + 12 > buf.length) return 1;
    if (u16(e) === 0x0112) {
      const v = u16(e + 8);
      return v >= 1 && v <= 8 ? v : 1;
    }
  }
  return 1;
}
