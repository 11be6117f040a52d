/**
 * Video evidence through the real import (docs/media.md): the decoder's own process, vPDQ,
 * thumbnails, matching of re-uploads, the minors rule and bad files. Fixtures are made with
 * Debian's ffmpeg in the test's temp folder (tests/helpers/videos.ts).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/create-core';
import { PASS, newCore, tempDir } from '../helpers/temp';
import { filesContaining, watchTempFolders } from '../helpers/scan';
import { frameAsPng, inflateDeclaredDuration, sourceVideo, variant } from '../helpers/videos';

const ctx = { transport: 'test' } as const;

async function vault(): Promise<{ core: Core; caseId: string }> {
  const core = newCore();
  await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
  const c = await core.handlers['case:create']({ title: 'Filmpje', category: 'violence-video' }, ctx);
  return { core, caseId: c.id };
}

const file = async (path: string, name = path.split('/').pop()!) => ({ name, bytes: new Uint8Array(await fs.readFile(path)) });

describe('a video item', () => {
  it('has its container facts, a vPDQ of one frame per second, a poster and a contact sheet', async () => {
    const dir = tempDir();
    const src = sourceVideo(dir);
    const { core, caseId } = await vault();
    const rep = await core.handlers['evidence:import']({ caseId, meta: { platform: 'TikTok' }, files: [await file(src, 'vechtpartij.mp4')] }, ctx);
    expect(rep.results[0]!.status).toBe('stored');
    const [item] = await core.handlers['evidence:list']({ caseId }, ctx);
    expect(item!.kind).toBe('video');
    expect(item!.mime).toBe('video/mp4');
    expect([item!.width, item!.height]).toEqual([640, 360]);
    const v = item!.media!.video!;
    expect(v.codec).toBe('h264');
    expect(v.container).toContain('mp4');
    expect(v.frameRate).toBe(25);
    expect(v.duration).toBeCloseTo(8, 0);
    expect(v.declaredDuration).toBeCloseTo(8, 0);
    expect(v.creationTime).toBe('2026-10-03T14:22:05.000Z');
    expect(v.hashedFrames).toBe(8);
    expect(v.qualityFrames).toBe(8);
    expect(v.sheetTimes).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(item!.vpdqFrames).toBe(8);
    expect(item!.hasThumbnail && item!.hasSheet && item!.hasOriginal).toBe(true);
    const thumb = await core.handlers['evidence:get-thumbnail']({ itemId: item!.id }, ctx);
    expect(thumb.blurred).toBe(true);
    const sheet = await core.handlers['evidence:get-thumbnail']({ itemId: item!.id, which: 'sheet' }, ctx);
    expect(sheet.blurred).toBe(true);
    const clear = await core.handlers['evidence:reveal']({ itemId: item!.id, size: 'sheet' }, ctx);
    expect(clear.blurred).toBe(false);
  });

  // Bars added or cut: tests/core/border-cut.test.ts; a crop into the picture itself moves every
  // PDQ bit and is not claimed (docs/media.md "Matching").
  it('re-encoded, resized and logo-stamped copies and a screenshot of a frame match it; an unrelated video does not', async () => {
    const dir = tempDir();
    const src = sourceVideo(dir);
    const copies = [
      variant(src, dir, 'kleiner.mp4', 'scale=320:180'),
      variant(src, dir, 'opnieuw.webm', null, 'vp9'),
      variant(src, dir, 'logo.mp4', 'drawbox=x=iw-74:y=10:w=64:h=24:color=white@0.6:t=fill'),
    ];
    const other = sourceVideo(dir, { pattern: 'mandelbrot', name: 'anders.mp4' });
    const { core, caseId } = await vault();
    const first = await core.handlers['evidence:import']({ caseId, meta: {}, files: [await file(src)] }, ctx);
    const original = first.results[0]!.itemId!;
    const rep = await core.handlers['evidence:import']({ caseId, meta: {}, files: [...(await Promise.all(copies.map((c) => file(c)))), await file(other), { name: 'schermafbeelding.png', bytes: new Uint8Array(frameAsPng(src, dir, 3)) }] }, ctx);
    const matched = rep.results.map((r) => ({ file: r.file, status: r.status, original: r.matches.some((m) => m.itemId === original && !m.exact) }));
    expect(matched).toEqual([
      { file: 'kleiner.mp4', status: 'stored', original: true },
      { file: 'opnieuw.webm', status: 'stored', original: true },
      { file: 'logo.mp4', status: 'stored', original: true },
      { file: 'anders.mp4', status: 'stored', original: false },
      { file: 'schermafbeelding.png', status: 'stored', original: true },
    ]);
    // The spread view groups the copies and the screenshot with the original, not the other video.
    const spread = await core.handlers['evidence:get-spread']({ caseId }, ctx);
    const group = spread.find((g) => g.itemIds.includes(original))!;
    expect(group.itemIds).toHaveLength(5);
    expect(spread).toHaveLength(2);
    // The item page ("Lijkt op") of the original lists its copies and the screenshot, and a copy's page the original.
    const page = await core.handlers['evidence:get']({ itemId: original }, ctx);
    const byFile = new Map(rep.results.map((r) => [r.itemId, r.file]));
    expect(page.matches.map((m) => byFile.get(m.itemId)).sort()).toEqual(['kleiner.mp4', 'logo.mp4', 'opnieuw.webm', 'schermafbeelding.png']);
    const copy = await core.handlers['evidence:get']({ itemId: rep.results[0]!.itemId! }, ctx);
    expect(copy.matches.some((m) => m.itemId === original)).toBe(true);
  });
});

describe('bad videos', () => {
  it('each gets its own reason and the batch goes on', async () => {
    const dir = tempDir();
    const good = await fs.readFile(sourceVideo(dir, { seconds: 8 }));
    const { core, caseId } = await vault();
    const rep = await core.handlers['evidence:import']({ caseId, meta: {}, files: [
      { name: 'afgebroken.mp4', bytes: new Uint8Array(good.subarray(0, Math.floor(good.length / 2))) },
      { name: 'nep.mp4', bytes: new Uint8Array(Buffer.from('dit is geen video, alleen tekst die zich als mp4 voordoet '.repeat(20))) },
      { name: 'leeg.mp4', bytes: new Uint8Array(0) },
      { name: 'liegt.mp4', bytes: new Uint8Array(inflateDeclaredDuration(good, 50)) },
      { name: 'kapot.mp4', bytes: new Uint8Array(Buffer.concat([good.subarray(0, 32), Buffer.alloc(4096, 0x55)])) },
      { name: 'goed.mp4', bytes: new Uint8Array(good) },
    ] }, ctx);
    expect(rep.results.map((r) => [r.file, r.status, r.error?.reason ?? null])).toEqual([
      ['afgebroken.mp4', 'rejected', 'video-truncated'],
      ['nep.mp4', 'rejected', 'not-a-video'],
      ['leeg.mp4', 'rejected', 'empty'],
      ['liegt.mp4', 'rejected', 'video-duration-mismatch'],
      ['kapot.mp4', 'rejected', 'video-damaged'],
      ['goed.mp4', 'stored', null],
    ]);
  });

  it('a 4 GB file is refused by its size before a byte is read', async () => {
    const dir = tempDir();
    const big = join(dir, 'groot.mp4');
    const fh = await fs.open(big, 'w');
    await fh.truncate(4 * 1024 ** 3); // sparse: no disk used
    await fh.close();
    const { core, caseId } = await vault();
    const rep = await core.handlers['evidence:import-paths']({ caseId, meta: {}, paths: [big] }, ctx);
    expect(rep.results[0]!.error).toMatchObject({ code: 'FILE_TOO_LARGE', reason: 'too-large' });
  });

  it('a decoder that runs past its time is stopped with its own reason', async () => {
    const dir = tempDir();
    const good = await fs.readFile(sourceVideo(dir, { seconds: 4 }));
    const core = newCore({ video: { limits: { timeoutMs: 50 } } });
    await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    const c = await core.handlers['case:create']({ title: 'x', category: 'violence-video' }, ctx);
    const rep = await core.handlers['evidence:import']({ caseId: c.id, meta: {}, files: [{ name: 'traag.mp4', bytes: new Uint8Array(good) }] }, ctx);
    expect(rep.results[0]!.error?.reason).toBe('video-timeout');
  });
});

describe('the minors rule covers video', () => {
  it('a hash-only video keeps its vPDQ and SHA-256, no bytes; a re-encoded copy or a frame of it is refused anywhere in the vault', async () => {
    const dir = tempDir();
    const src = sourceVideo(dir);
    const copy = variant(src, dir, 'kopie.mp4', 'scale=480:270');
    const core = newCore();
    await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    const nude = await core.handlers['case:create']({ title: 'Sexting', category: 'nude-photo' }, ctx);
    const rep = await core.handlers['evidence:import']({ caseId: nude.id, meta: { minor: 'yes' }, hashOnly: true, files: [await file(src)] }, ctx);
    expect(rep.results[0]!.status).toBe('stored');
    const [hashOnly] = await core.handlers['evidence:list']({ caseId: nude.id }, ctx);
    expect(hashOnly).toMatchObject({ kind: 'hash', hasOriginal: false, hasThumbnail: false, hasSheet: false, vpdqFrames: 8 });
    expect(hashOnly!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((core.session().db.prepare('SELECT count(*) AS n FROM blobs').get() as { n: number }).n).toBe(0);
    expect((core.session().db.prepare('SELECT count(*) AS n FROM known_material WHERE vpdq IS NOT NULL').get() as { n: number }).n).toBe(1);

    const ordinary = await core.handlers['case:create']({ title: 'Gedoe', category: 'violence-video' }, ctx);
    const again = await core.handlers['evidence:import']({ caseId: ordinary.id, meta: {}, files: [await file(copy), { name: 'still.png', bytes: new Uint8Array(frameAsPng(src, dir, 5)) }] }, ctx);
    expect(again.results.map((r) => [r.status, r.error?.reason])).toEqual([
      ['rejected', 'known-material'],
      ['rejected', 'known-material'],
    ]);
    const kept = await core.handlers['evidence:list']({ caseId: ordinary.id }, ctx);
    expect(kept.map((i) => [i.kind, i.hasOriginal])).toEqual([['hash', false], ['hash', false]]);
    expect((core.session().db.prepare('SELECT count(*) AS n FROM blobs').get() as { n: number }).n).toBe(0);
  });

  it('a stored video holding a frame of known material is held back when the image becomes known', async () => {
    const dir = tempDir();
    const src = sourceVideo(dir);
    const core = newCore();
    await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    const ordinary = await core.handlers['case:create']({ title: 'Gedoe', category: 'violence-video' }, ctx);
    const stored = await core.handlers['evidence:import']({ caseId: ordinary.id, meta: {}, files: [await file(src)] }, ctx);
    const nude = await core.handlers['case:create']({ title: 'Sexting', category: 'nude-photo' }, ctx);
    await core.handlers['evidence:import']({ caseId: nude.id, meta: { minor: 'yes' }, hashOnly: true, files: [{ name: 'still.png', bytes: new Uint8Array(frameAsPng(src, dir, 2)) }] }, ctx);
    const held = await core.handlers['evidence:list-held-back']({}, ctx);
    expect(held.map((h) => [h.itemId, h.reason])).toEqual([[stored.results[0]!.itemId, 'near-known']]);
  });
});

describe('a video import leaves no plaintext', () => {
  it('no byte run of the video, of a decoded frame or of the marker text is in the vault or the temp folders', async () => {
    const temps = watchTempFolders();
    const dir = tempDir();
    const src = sourceVideo(dir, { seconds: 4 });
    const bytes = await fs.readFile(src);
    // A decoded frame as the decoder hands it on (raw RGB): a run from its middle.
    const frame = execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-i', src, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'], { maxBuffer: 64 << 20 });
    const marker = `MARK${randomBytes(6).toString('hex')}`;
    const appData = tempDir();
    const core = newCore({ appDataDir: appData });
    await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    const c = await core.handlers['case:create']({ title: `${marker} zaak`, category: 'violence-video' }, ctx);
    const rep = await core.handlers['evidence:import']({ caseId: c.id, meta: { description: `${marker} filmpje` }, files: [{ name: `${marker}.mp4`, bytes: new Uint8Array(bytes) }] }, ctx);
    expect(rep.results[0]!.status).toBe('stored');
    const needles = [marker, bytes.subarray(4000, 4064).toString('latin1'), frame.subarray(frame.length >> 1, (frame.length >> 1) + 64).toString('latin1')];
    const hits = async () => (await filesContaining([appData, ...temps.folders()], needles)).filter((f) => !f.startsWith(dir));
    expect(await hits()).toEqual([]);
    await core.lock('manual');
    expect(await hits()).toEqual([]);
  });
});
