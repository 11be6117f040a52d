/**
 * Generated test images (no real people): screenshot-like pictures with text and shapes,
 * rendered by sharp in memory, plus hand-made malformed files for the import's bad inputs.
 */
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';

export async function screenshot(label: string, opts: { width?: number; height?: number; hue?: number } = {}): Promise<Buffer> {
  const w = opts.width ?? 600;
  const h = opts.height ?? 900;
  const hue = opts.hue ?? 210;
  const lines = Array.from({ length: 14 }, (_, i) => `<text x="30" y="${140 + i * 48}" font-size="26" fill="#222">${label} regel ${i + 1} — reactie ${(i * 37) % 97}</text>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">
    <rect width="100%" height="100%" fill="hsl(${hue},40%,94%)"/>
    <rect x="0" y="0" width="${w}" height="90" fill="hsl(${hue},60%,40%)"/>
    <circle cx="60" cy="45" r="28" fill="hsl(${(hue + 120) % 360},70%,60%)"/>
    <text x="110" y="58" font-size="32" fill="#fff">${label}</text>
    ${lines}
    <rect x="${w - 220}" y="${h - 260}" width="180" height="200" rx="20" fill="hsl(${(hue + 200) % 360},55%,55%)"/>
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

export async function variants(png: Buffer) {
  return {
    resized: await sharp(png).resize({ width: 420 }).png().toBuffer(),
    recompressed: await sharp(png).jpeg({ quality: 55 }).toBuffer(),
    mirrored: await sharp(png).flop().png().toBuffer(),
  };
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** A valid-looking PNG whose header declares width x height (a decompression bomb's shape). */
export function pngDeclaring(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const idat = deflateSync(Buffer.alloc(1024));
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

/** The start of an ISO-BMFF HEIC file (ftyp box with the heic brand), as iPhones write. */
export function heicFile(): Buffer {
  const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic', 'ascii'), Buffer.from([0, 0, 0, 0]), Buffer.from('mif1heic', 'ascii')]);
  return Buffer.concat([ftyp, Buffer.alloc(2000, 0x11)]);
}

export const svgWithScript = Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>');
