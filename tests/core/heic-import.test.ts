/**
 * Phone photos import like any image (docs/media.md "Phone photos"): HEIC decoded in memory by
 * libheif (WebAssembly) with its orientation applied, AVIF by sharp, an animated GIF by its
 * first frame with the frame count kept; the original is stored byte for byte. The HEIC
 * fixture is made with Debian's heif-enc from a JPEG that carries EXIF orientation 6.
 */
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { PASS, newCore, tempDir } from '../helpers/temp';
import { pdqFromBytes, hammingDistance } from '../../electron/core/pdq/index';
import { screenshot } from '../helpers/images';

const ctx = { transport: 'test' } as const;

async function heicWithOrientation6(dir: string, png: Buffer): Promise<Buffer> {
  // Stored sideways (rotated 90 degrees counter-clockwise) with orientation 6: shown upright.
  const jpg = join(dir, 'foto.jpg');
  await fs.writeFile(jpg, await sharp(png).rotate(270).jpeg({ quality: 92 }).withMetadata({ orientation: 6 }).toBuffer());
  const heic = join(dir, 'IMG_0001.HEIC');
  execFileSync('heif-enc', ['-q', '90', '-o', heic, jpg], { stdio: 'ignore' });
  return fs.readFile(heic);
}

describe('phone photos', () => {
  it('a HEIC photo is decoded upright, hashed like the upright picture, thumbnailed, and kept as it was', async () => {
    const dir = tempDir();
    const png = await screenshot('iphone', { width: 600, height: 400 });
    const heic = await heicWithOrientation6(dir, png);
    const core = newCore();
    await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    const c = await core.handlers['case:create']({ title: 'Foto', category: 'hurtful-meme' }, ctx);
    const rep = await core.handlers['evidence:import']({ caseId: c.id, meta: {}, files: [{ name: 'IMG_0001.HEIC', bytes: new Uint8Array(heic) }] }, ctx);
    expect(rep.results[0]).toMatchObject({ status: 'stored', error: null });
    const [item] = await core.handlers['evidence:list']({ caseId: c.id }, ctx);
    expect(item).toMatchObject({ kind: 'image', mime: 'image/heic', width: 600, height: 400, hasThumbnail: true });
    expect(item!.media).toEqual({ format: 'heic', video: null, frames: null });
    // Upright: the hash is the upright picture's, not the sideways one's.
    const upright = await pdqFromBytes(png);
    expect(hammingDistance(item!.pdq!, upright.hash)).toBeLessThanOrEqual(31);
    const sideways = await pdqFromBytes(await sharp(png).rotate(270).png().toBuffer());
    expect(hammingDistance(item!.pdq!, sideways.hash)).toBeGreaterThan(31);
    const thumb = await core.handlers['evidence:reveal']({ itemId: item!.id, size: 'thumb' }, ctx);
    const meta = await sharp(Buffer.from(thumb.bytes)).metadata();
    expect(meta.width! > meta.height!).toBe(true);
    const original = await core.handlers['evidence:reveal']({ itemId: item!.id, size: 'full' }, ctx);
    expect(Buffer.from(original.bytes).equals(heic)).toBe(true);
  });

  it('AVIF imports; an animated GIF keeps its first frame and its frame count', async () => {
    const png = await screenshot('avif', { width: 400, height: 300 });
    const avif = await sharp(png).avif({ quality: 60 }).toBuffer();
    const frames = await Promise.all([0, 1, 2].map((i) => sharp({ create: { width: 120, height: 90, channels: 3, background: ['#c00', '#0c0', '#00c'][i]! } }).raw().toBuffer()));
    const gif = await sharp(Buffer.concat(frames), { raw: { width: 120, height: 270, channels: 3 } }).gif({ loop: 0 }).toBuffer();
    const animated = await sharp(gif, { pages: -1 }).metadata();
    const gifAnimated = animated.pages === 3 ? gif : await sharp(Buffer.concat(frames), { raw: { width: 120, height: 90 * 3, channels: 3, pageHeight: 90 } } as never).gif().toBuffer();
    const core = newCore();
    await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    const c = await core.handlers['case:create']({ title: 'Foto', category: 'hurtful-meme' }, ctx);
    const rep = await core.handlers['evidence:import']({ caseId: c.id, meta: {}, files: [{ name: 'a.avif', bytes: new Uint8Array(avif) }, { name: 'b.gif', bytes: new Uint8Array(gifAnimated) }] }, ctx);
    expect(rep.results.map((r) => r.status)).toEqual(['stored', 'stored']);
    const items = await core.handlers['evidence:list']({ caseId: c.id }, ctx);
    expect(items[0]).toMatchObject({ kind: 'image', mime: 'image/avif', width: 400, height: 300, media: { format: 'avif', video: null, frames: null } });
    expect(items[1]).toMatchObject({ kind: 'image', mime: 'image/gif', media: { format: 'gif', video: null, frames: 3 } });
  });
});
