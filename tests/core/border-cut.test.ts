/**
 * Border-cut hashes (docs/pdq.md "Border-cut hashes"): letterbox and pillarbox bars added to a
 * re-upload, or cut from it, no longer hide it. The interoperable vPDQ stays exactly the
 * reference's (tests/core/video-vpdq.test.ts); beside it each frame and each image is hashed
 * inside its uniform borders, and two items match when either hash does.
 * Fixtures: FFmpeg's synthetic patterns made with Debian's ffmpeg (tests/helpers/videos.ts) and
 * ThreatExchange's bar pair (tests/fixtures/vpdq: pattern-hd-no-bar, pattern-sd-grey-bar).
 */
import { promises as fs, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/create-core';
import { hashVideo } from '../../electron/core/media/video-hash';
import { compareVpdq, matchableFrames, parseVpdq, vpdqMatches, type VpdqFeature } from '../../electron/core/media/vpdq';
import { contentBox, pdqFromRaw, borderCutPdq, hammingDistance } from '../../electron/core/pdq/index';
import type { RawImage } from '../../electron/core/pdq/index';
import { PASS, newCore, tempDir } from '../helpers/temp';
import { frameAsPng, sourceVideo, variant } from '../helpers/videos';

const ctx = { transport: 'test' } as const;
const FIXTURES = join(__dirname, '../fixtures/vpdq');

/** A synthetic picture: noise-free shapes with detail everywhere, `w` x `h`, RGB. */
function picture(w: number, h: number): RawImage {
  const data = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const p = (y * w + x) * 3;
      data[p] = (x * 7 + y * 3) % 256;
      data[p + 1] = ((x >> 3) ^ (y >> 3)) & 1 ? 220 : 40;
      data[p + 2] = Math.round(128 + 100 * Math.sin((x + y) / 9));
    }
  }
  return { data, width: w, height: h, channels: 3 };
}

/** `img` inside bars of `colour` (grey level), `top`/`bottom` rows and `side` columns, with a little noise on the bars. */
function withBars(img: RawImage, bars: { top?: number; bottom?: number; side?: number }, colour: number): RawImage {
  const top = bars.top ?? 0;
  const bottom = bars.bottom ?? 0;
  const side = bars.side ?? 0;
  const w = img.width + 2 * side;
  const h = img.height + top + bottom;
  const data = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const p = (y * w + x) * 3;
      const inside = x >= side && x < side + img.width && y >= top && y < top + img.height;
      for (let c = 0; c < 3; c++) data[p + c] = inside ? img.data[((y - top) * img.width + (x - side)) * 3 + c]! : Math.max(0, Math.min(255, colour + (((x * 31 + y * 17 + c) % 7) - 3)));
    }
  }
  return { data, width: w, height: h, channels: 3 };
}

describe('the border rule', () => {
  it('finds black letterbox bars, a grey pillarbox and both at once; the picture itself is left alone', () => {
    const pic = picture(320, 180);
    expect(contentBox(pic)).toBeNull();
    expect(contentBox(withBars(pic, { top: 30, bottom: 30 }, 0))).toEqual({ left: 0, top: 30, width: 320, height: 180 });
    expect(contentBox(withBars(pic, { side: 40 }, 128))).toEqual({ left: 40, top: 0, width: 320, height: 180 });
    expect(contentBox(withBars(pic, { top: 12, bottom: 20, side: 25 }, 16))).toEqual({ left: 25, top: 12, width: 320, height: 180 });
  });

  it('cuts nothing for a hairline, nor for a frame that is almost all one colour (a fade to black)', () => {
    const pic = picture(320, 180);
    expect(contentBox(withBars(pic, { top: 1, bottom: 1 }, 0))).toBeNull();
    const fade = withBars(picture(40, 20), { top: 80, bottom: 80, side: 140 }, 0);
    expect(contentBox(fade)).toBeNull();
  });

  it('gives the barred and the bar-less picture the same border-cut PDQ, far apart as they are as-is', () => {
    const pic = picture(320, 180);
    const barred = withBars(pic, { top: 45, bottom: 45 }, 0);
    const plain = pdqFromRaw(pic);
    expect(hammingDistance(pdqFromRaw(barred).hash, plain.hash)).toBeGreaterThan(31);
    expect(borderCutPdq(pic)).toBeNull();
    expect(hammingDistance(borderCutPdq(barred)!.hash, plain.hash)).toBeLessThanOrEqual(4);
  });
});

async function vault(): Promise<{ core: Core; caseId: string }> {
  const core = newCore();
  await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
  const c = await core.handlers['case:create']({ title: 'Filmpje met balken', category: 'violence-video' }, ctx);
  return { core, caseId: c.id };
}
const file = async (path: string) => ({ name: path.split('/').pop()!, bytes: new Uint8Array(await fs.readFile(path)) });
const asIs = (a: VpdqFeature[], b: VpdqFeature[]) => vpdqMatches(compareVpdq(matchableFrames(a), matchableFrames(b)));
const either = (a: { features: VpdqFeature[]; cutFeatures: VpdqFeature[] | null }, b: { features: VpdqFeature[]; cutFeatures: VpdqFeature[] | null }) =>
  vpdqMatches(compareVpdq(matchableFrames(a.features, a.cutFeatures), matchableFrames(b.features, b.cutFeatures)));

describe('videos with bars added or cut', () => {
  it('a clip, the same with black bars (pad), with a grey bar, and a barred copy cropped back all match; an unrelated clip does not', async () => {
    const dir = tempDir();
    const src = sourceVideo(dir, { seconds: 6 });
    const copies = [
      variant(src, dir, 'zwarte-balken.mp4', 'pad=640:480:0:60:black'),
      variant(src, dir, 'grijze-balk.mp4', 'pad=800:360:80:0:0x808080'),
      variant(join(dir, 'zwarte-balken.mp4'), dir, 'bijgesneden.mp4', 'crop=640:360:0:60'),
    ];
    const other = sourceVideo(dir, { seconds: 6, pattern: 'mandelbrot', name: 'anders.mp4' });
    const { core, caseId } = await vault();
    const first = await core.handlers['evidence:import']({ caseId, meta: {}, files: [await file(src)] }, ctx);
    const original = first.results[0]!.itemId!;
    const rep = await core.handlers['evidence:import']({ caseId, meta: {}, files: [...(await Promise.all(copies.map(file))), await file(other)] }, ctx);
    expect(rep.results.map((r) => ({ file: r.file, status: r.status, matches: r.matches.some((m) => m.itemId === original) }))).toEqual([
      { file: 'zwarte-balken.mp4', status: 'stored', matches: true },
      { file: 'grijze-balk.mp4', status: 'stored', matches: true },
      { file: 'bijgesneden.mp4', status: 'stored', matches: true },
      { file: 'anders.mp4', status: 'stored', matches: false },
    ]);
    // The interoperable vPDQ is untouched: as-is, the barred copies do not match (vPDQ's own limit).
    const db = core.session().db;
    const stored = (id: string) => db.prepare('SELECT vpdq, vpdq_cut FROM evidence_items WHERE id = ?').get(id) as { vpdq: string; vpdq_cut: string | null };
    const o = stored(original);
    const black = stored(rep.results[0]!.itemId!);
    expect(asIs(parseVpdq(o.vpdq), parseVpdq(black.vpdq))).toBe(false);
    expect(black.vpdq_cut).not.toBeNull();
    expect(parseVpdq(black.vpdq_cut!)).toHaveLength(parseVpdq(black.vpdq).length);
    // One group in the spread view, the unrelated clip alone.
    const spread = await core.handlers['evidence:get-spread']({ caseId }, ctx);
    expect(spread.map((g) => g.itemIds.length).sort()).toEqual([1, 4]);
    // A screenshot of a frame of the barred copy (bars and all) meets the bar-less original.
    const shot = await core.handlers['evidence:import']({ caseId, meta: {}, files: [{ name: 'schermafbeelding.png', bytes: new Uint8Array(frameAsPng(copies[0]!, dir, 2)) }] }, ctx);
    expect(shot.results[0]!.matches.some((m) => m.itemId === original)).toBe(true);
  });

  it('ThreatExchange\'s bar pair: as-is no frame in common, border-cut they match; the other vectors still keep apart', async () => {
    const hash = async (name: string) => hashVideo(readFileSync(join(FIXTURES, 'videos', `${name}.mp4`)), { demuxer: 'mov' });
    const [noBar, greyBar, chair, doorknob] = await Promise.all(['pattern-hd-no-bar', 'pattern-sd-grey-bar', 'chair-20-sd-bar', 'doorknob-hd-no-bar'].map(hash));
    expect(noBar!.cutFeatures).toBeNull(); // no border in the bar-less version
    expect(greyBar!.cutFeatures).not.toBeNull();
    expect(asIs(noBar!.features, greyBar!.features)).toBe(false);
    expect(either(noBar!, greyBar!)).toBe(true);
    const c = compareVpdq(matchableFrames(noBar!.features, noBar!.cutFeatures), matchableFrames(greyBar!.features, greyBar!.cutFeatures));
    expect(Math.min(c.queryPercent, c.comparedPercent)).toBe(100);
    for (const [a, b] of [[chair!, greyBar!], [chair!, noBar!], [doorknob!, chair!], [doorknob!, greyBar!]] as const) expect(either(a, b)).toBe(false);
  });
});

describe('images and the list of known material', () => {
  it('a screenshot with black bars matches the same picture without them', async () => {
    const dir = tempDir();
    const src = sourceVideo(dir, { seconds: 3 });
    const frame = frameAsPng(src, dir, 1);
    const barred = await sharp(frame).extend({ top: 120, bottom: 120, background: '#000000' }).png().toBuffer();
    const { core, caseId } = await vault();
    const a = await core.handlers['evidence:import']({ caseId, meta: {}, files: [{ name: 'beeld.png', bytes: new Uint8Array(frame) }] }, ctx);
    const b = await core.handlers['evidence:import']({ caseId, meta: {}, files: [{ name: 'beeld-balken.png', bytes: new Uint8Array(barred) }] }, ctx);
    expect(b.results[0]!.matches.map((m) => m.itemId)).toEqual([a.results[0]!.itemId]);
    const row = core.session().db.prepare('SELECT pdq_cut_dihedral, pdq_cut_quality FROM evidence_items WHERE id = ?').get(b.results[0]!.itemId) as { pdq_cut_dihedral: string | null; pdq_cut_quality: number };
    expect(row.pdq_cut_dihedral).toHaveLength(8 * 64);
    expect(row.pdq_cut_quality).toBeGreaterThanOrEqual(50);
  });

  it('known material keeps its border-cut hashes: a hash-only video with bars refuses the bar-less copy, a hash-only image with bars the bar-less picture', async () => {
    const dir = tempDir();
    const src = sourceVideo(dir, { seconds: 4 });
    const barred = variant(src, dir, 'balken.mp4', 'pad=640:480:0:60:black');
    const frame = frameAsPng(src, dir, 2);
    const barredFrame = await sharp(frame).extend({ left: 100, right: 100, background: '#202020' }).png().toBuffer();
    const core = newCore();
    const h = core.handlers;
    await h['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    const sexual = await h['case:create']({ title: 'Rondgestuurd', category: 'sexual-video' }, ctx);
    await h['evidence:import']({ caseId: sexual.id, meta: {}, hashOnly: true, files: [await file(barred), { name: 'beeld.png', bytes: new Uint8Array(barredFrame) }] }, ctx);
    const known = core.session().db.prepare('SELECT vpdq_cut, pdq_cut_dihedral FROM known_material ORDER BY vpdq_cut IS NULL').all() as { vpdq_cut: string | null; pdq_cut_dihedral: string | null }[];
    expect(known).toHaveLength(2);
    expect(known[0]!.vpdq_cut).not.toBeNull();
    expect(known[1]!.pdq_cut_dihedral).toHaveLength(8 * 64);
    const other = await h['case:create']({ title: 'Elders', category: 'violence-video' }, ctx);
    const rep = await h['evidence:import']({ caseId: other.id, meta: {}, files: [await file(src), { name: 'zonder-rand.png', bytes: new Uint8Array(frame) }] }, ctx);
    expect(rep.results.map((r) => r.error?.reason)).toEqual(['known-material', 'known-material']);
  });
});
