/**
 * The files bench/import.ts imports, made without real people: phone screenshots with and
 * without an alpha channel, and camera photos. Run as a script (`import-files.ts DIR KIND N`)
 * by the benchmark, so that making them does not count in the import's memory.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import '../electron/core/evidence/vips-env';
import sharp from 'sharp';

export async function phoneScreenshot(i: number): Promise<Buffer> {
  const w = 1170;
  const h = 2532;
  const rows = Array.from({ length: 38 }, (_, r) => {
    const y = 260 + r * 58;
    const text = `Bericht ${i}-${r}: ${'wie heeft dit gedeeld? '.slice(0, 10 + ((i * 7 + r * 3) % 14))} ${(i * 31 + r * 17) % 1000}`;
    return `<rect x="${r % 2 ? 360 : 40}" y="${y - 38}" width="770" height="50" rx="18" fill="${r % 2 ? '#dcf8c6' : '#ffffff'}"/><text x="${r % 2 ? 380 : 60}" y="${y}" font-size="30" fill="#111">${text}</text>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="100%" height="100%" fill="hsl(${(i * 37) % 360},25%,90%)"/><rect width="100%" height="200" fill="#075e54"/><text x="60" y="130" font-size="56" fill="#fff">Groepsapp ${i}</text>${rows}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** The same screenshot without its alpha channel (an Android phone's PNG). */
async function rgbScreenshot(i: number): Promise<Buffer> {
  return sharp(await phoneScreenshot(i)).removeAlpha().png().toBuffer();
}

/** A 12 MP camera photo: gradients, shapes and sensor-like noise, so the JPEG is photo-sized (about 3 MB). */
export async function cameraPhoto(i: number): Promise<Buffer> {
  const w = 4032;
  const h = 3024;
  const shapes = Array.from({ length: 12 }, (_, k) => `<circle cx="${(i * 577 + k * 331) % w}" cy="${(i * 241 + k * 467) % h}" r="${200 + ((i + k) * 53) % 500}" fill="hsl(${(i * 29 + k * 41) % 360},45%,55%)"/>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${(i * 37) % 360},40%,70%)"/><stop offset="1" stop-color="hsl(${(i * 37 + 120) % 360},40%,30%)"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/>${shapes}</svg>`;
  const noise = await sharp({ create: { width: w, height: h, channels: 3, background: { r: 0, g: 0, b: 0 }, noise: { type: 'gaussian', mean: 128, sigma: 12 } } }).raw().toBuffer();
  return sharp(Buffer.from(svg))
    .composite([{ input: noise, raw: { width: w, height: h, channels: 3 }, blend: 'overlay' }])
    .jpeg({ quality: 88 })
    .toBuffer();
}

export const KINDS = {
  screenshot: { make: phoneScreenshot, ext: 'png', count: 200 },
  'screenshot-rgb': { make: rgbScreenshot, ext: 'png', count: 200 },
  photo: { make: cameraPhoto, ext: 'jpg', count: 40 },
} as const;

export type FileKind = keyof typeof KINDS;

export function fileName(kind: FileKind, i: number): string {
  return `bestand-${String(i).padStart(4, '0')}.${KINDS[kind].ext}`;
}


async function main(): Promise<void> {
  const [dir, kind, count] = process.argv.slice(2);
  if (!dir || !kind || !(kind in KINDS)) throw new Error('usage: import-files.ts DIR KIND N');
  const k = kind as FileKind;
  for (let i = 0; i < Number(count); i++) await fs.writeFile(join(dir, fileName(k, i)), await KINDS[k].make(i));
}

if (require.main === module) void main();
