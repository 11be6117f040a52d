/**
 * File type detection from magic bytes, never from the name (issue: import pipeline).
 * Invariant: PNG, JPEG, WebP, GIF, HEIC/HEIF and AVIF are decodable images; MP4/MOV, WebM/MKV
 * and AVI go to the video decoder (docs/media.md); SVG is recognised so it can be refused.
 */
export type Sniffed =
  | 'png'
  | 'jpeg'
  | 'webp'
  | 'gif'
  | 'heic'
  | 'avif'
  | 'svg'
  | 'pdf'
  | 'mp4'
  | 'mov'
  | 'webm'
  | 'avi'
  | 'zip'
  | 'text'
  | 'unknown';

export const IMAGE_TYPES: ReadonlySet<Sniffed> = new Set(['png', 'jpeg', 'webp', 'gif', 'heic', 'avif']);

/** Containers handed to the video decoder, with the demuxer it must use (docs/media.md "Bad videos"). */
export const VIDEO_DEMUXERS: Partial<Record<Sniffed, string>> = { mp4: 'mov', mov: 'mov', webm: 'matroska', avi: 'avi' };

export const MIME: Record<Sniffed, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  heic: 'image/heic',
  avif: 'image/avif',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
  avi: 'video/x-msvideo',
  zip: 'application/zip',
  text: 'text/plain',
  unknown: 'application/octet-stream',
};

const IMAGE_EXTENSIONS = /\.(png|jpe?g|webp|gif|heic|heif|avif|bmp|tiff?)$/i;
const VIDEO_EXTENSIONS = /\.(mp4|m4v|mov|qt|webm|mkv|avi|3gp|3g2)$/i;

export function claimsToBeImage(fileName: string): boolean {
  return IMAGE_EXTENSIONS.test(fileName);
}

export function claimsToBeVideo(fileName: string): boolean {
  return VIDEO_EXTENSIONS.test(fileName);
}

function ascii(b: Uint8Array, start: number, end: number): string {
  return Buffer.from(b.subarray(start, end)).toString('latin1');
}

function looksLikeText(b: Uint8Array): boolean {
  const n = Math.min(b.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) return false;
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return control / Math.max(n, 1) < 0.02;
}

export function sniff(b: Uint8Array): Sniffed {
  if (b.length >= 8 && ascii(b, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'webp';
  if (b.length >= 6 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) return 'gif';
  if (b.length >= 12 && ascii(b, 4, 8) === 'ftyp') {
    // ISO BMFF brands: HEIF family vs. video containers.
    const brand = ascii(b, 8, 12);
    if (['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return 'heic';
    if (brand === 'avif' || brand === 'avis') return 'avif';
    if (brand === 'qt  ') return 'mov';
    return 'mp4';
  }
  if (b.length >= 4 && b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3) return 'webm';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'AVI ') return 'avi';
  if (b.length >= 5 && ascii(b, 0, 5) === '%PDF-') return 'pdf';
  if (b.length >= 4 && ascii(b, 0, 4) === 'PK\x03\x04') return 'zip';
  if (looksLikeText(b)) {
    const head = Buffer.from(b.subarray(0, 2048)).toString('utf8').trimStart().toLowerCase();
    if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'))) return 'svg';
    return 'text';
  }
  return 'unknown';
}
