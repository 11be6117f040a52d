import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { listFiles } from '../helpers/scan';
import { PASS, newCore, tempDir } from '../helpers/temp';
import { heicFile, pngDeclaring, screenshot, svgWithScript, variants } from '../helpers/images';
import { DEFAULT_MAX_IN_FLIGHT } from '../../electron/core/evidence/import-batch';
import { DEFAULT_COMMIT_GROUP } from '../../electron/core/evidence/commit-group';

const ctx = { transport: 'test' } as const;

async function setup(category: 'hurtful-meme' | 'nude-photo' = 'hurtful-meme') {
  const core = newCore();
  await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'Vertrouwenspersoon' }, ctx);
  const c = await core.handlers['case:create']({ title: 'Meme in klassenapp', category }, ctx);
  return { core, h: core.handlers, c };
}

const file = (name: string, bytes: Buffer) => ({ name, bytes: new Uint8Array(bytes) });

describe('evidence import', () => {
  it('stores an image encrypted with SHA-256, PDQ, size and a thumbnail, and logs it', async () => {
    const { core, h, c } = await setup();
    const png = await screenshot('Expose account', { width: 640, height: 1000 });
    const report = await h['evidence:import']({ caseId: c.id, meta: { platform: 'Instagram', url: 'https://www.instagram.com/p/Cx1', handle: '@expose.mbo', seenAt: '2026-11-20T19:05:00+01:00' }, files: [file('scherm.png', png)] }, ctx);
    const r = report.results[0]!;
    expect(r).toMatchObject({ file: 'scherm.png', status: 'stored', error: null });
    expect(r.sha256).toBe((await import('node:crypto')).createHash('sha256').update(png).digest('hex'));
    expect(r.pdq).toMatch(/^[0-9a-f]{64}$/);
    expect(r.quality).toBeGreaterThanOrEqual(50);
    const item = (await h['evidence:list']({ caseId: c.id }, ctx))[0]!;
    expect(item).toMatchObject({ kind: 'image', label: `${c.ref}/1`, width: 640, height: 1000, mime: 'image/png', hasOriginal: true, hasThumbnail: true, seenAt: '2026-11-20T18:05:00.000Z', capturedBy: 'Vertrouwenspersoon' });
    const original = await h['evidence:reveal']({ itemId: item.id, size: 'full' }, ctx);
    expect(Buffer.from(original.bytes).equals(png)).toBe(true);
    const thumb = await h['evidence:get-thumbnail']({ itemId: item.id }, ctx);
    expect(thumb).toMatchObject({ mime: 'image/webp', blurred: true });
    expect((await sharp(Buffer.from(thumb.bytes)).metadata()).width).toBeLessThanOrEqual(320);
    // The clear thumbnail says what it is (a JPEG since the import-speed work; a WebP in older vaults).
    const clear = await h['evidence:reveal']({ itemId: item.id, size: 'thumb' }, ctx);
    expect(clear.mime).toBe('image/jpeg');
    expect((await sharp(Buffer.from(clear.bytes)).metadata()).format).toBe('jpeg');
    const kinds = (await h['evidence:get']({ itemId: item.id }, ctx)).audit.map((a) => a.kind);
    expect(kinds).toEqual(['evidence.viewed', 'evidence.viewed', 'evidence.added']);
    expect(core.session().audit.verify().ok).toBe(true);
  });

  it('applies EXIF orientation and keeps only the first frame of a GIF', async () => {
    const { h, c } = await setup();
    const rotated = await sharp(await screenshot('EXIF', { width: 300, height: 500 })).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const gif = await sharp(await screenshot('GIF', { width: 200, height: 200 })).gif().toBuffer();
    const webp = await sharp(await screenshot('WebP', { width: 200, height: 260 })).webp().toBuffer();
    const rep = await h['evidence:import']({ caseId: c.id, meta: {}, files: [file('foto.jpg', rotated), file('anim.gif', gif), file('sticker.webp', webp)] }, ctx);
    expect(rep.results.map((r) => r.status)).toEqual(['stored', 'stored', 'stored']);
    const items = await h['evidence:list']({ caseId: c.id }, ctx);
    expect(items.map((i) => [i.width, i.height, i.mime])).toEqual([
      [500, 300, 'image/jpeg'],
      [200, 200, 'image/gif'],
      [200, 260, 'image/webp'],
    ]);
  });

  it('rejects each bad input with its own code and reason and still stores the rest of the batch', async () => {
    const { h, c, core } = await setup();
    await h['settings:set']({ maxImportMb: 1 }, ctx);
    const good1 = await screenshot('Goed een');
    const good2 = await screenshot('Goed twee', { hue: 20 });
    const jpeg = await sharp(good1).jpeg().toBuffer();
    const files = [
      file('leeg.png', Buffer.alloc(0)),
      file('goed1.png', good1),
      file('afgebroken.png', good1.subarray(0, Math.floor(good1.length / 2))),
      file('afgebroken.jpg', jpeg.subarray(0, Math.floor(jpeg.length / 2))),
      file('tekst.png', Buffer.from('Dit is gewoon tekst, geen afbeelding.\n')),
      file('plaatje.svg', svgWithScript),
      file('IMG_0001.HEIC', heicFile()),
      file('te-groot.png', Buffer.concat([good1, Buffer.alloc(1024 * 1024 + 10)])),
      file('bom.png', pngDeclaring(30000, 30000)),
      file('goed2.png', good2),
    ];
    const rep = await h['evidence:import']({ caseId: c.id, meta: {}, files }, ctx);
    const byName = Object.fromEntries(rep.results.map((r) => [r.file, r]));
    expect(rep.results.map((r) => r.file)).toEqual(files.map((f) => f.name));
    expect(byName['goed1.png']!.status).toBe('stored');
    expect(byName['goed2.png']!.status).toBe('stored');
    const expected: Record<string, [string, string]> = {
      'leeg.png': ['UNSUPPORTED_FILE', 'empty'],
      'afgebroken.png': ['UNSUPPORTED_FILE', 'damaged'],
      'afgebroken.jpg': ['UNSUPPORTED_FILE', 'damaged'],
      'tekst.png': ['UNSUPPORTED_FILE', 'not-an-image'],
      'plaatje.svg': ['UNSUPPORTED_FILE', 'svg'],
      // HEIC is decoded now (docs/media.md "Phone photos"): a file that is only the ftyp box is damaged.
      'IMG_0001.HEIC': ['UNSUPPORTED_FILE', 'damaged'],
      'te-groot.png': ['FILE_TOO_LARGE', 'too-large'],
      'bom.png': ['FILE_TOO_LARGE', 'too-many-pixels'],
    };
    for (const [name, [code, reason]] of Object.entries(expected)) {
      expect(byName[name]!.status, name).toBe('rejected');
      expect(byName[name]!.error, name).toMatchObject({ code, reason });
    }
    // Rejected files leave nothing behind: two originals + two thumbnails.
    expect((core.session().db.prepare('SELECT count(*) AS n FROM blobs').get() as { n: number }).n).toBe(4);
    expect((await listFiles(core.session().blobs.root)).length).toBe(4);
  });

  // Videos are items of their own (tests/core/video-import.test.ts); an MP4 with sound only is a file.
  it('stores other files (PDF, an MP4 without pictures) encrypted without preview', async () => {
    const { h, c } = await setup();
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const audio = join(tempDir(), 'spraak.mp4');
    execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=1', '-c:a', 'aac', audio], { stdio: 'ignore' });
    const mp4 = readFileSync(audio);
    const rep = await h['evidence:import']({ caseId: c.id, meta: {}, files: [file('chat.pdf', pdf), file('video.mp4', mp4)] }, ctx);
    expect(rep.results.map((r) => [r.status, r.pdq])).toEqual([
      ['stored', null],
      ['stored', null],
    ]);
    const items = await h['evidence:list']({ caseId: c.id }, ctx);
    expect(items.map((i) => [i.kind, i.mime, i.hasOriginal, i.hasThumbnail])).toEqual([
      ['file', 'application/pdf', true, false],
      ['file', 'video/mp4', true, false],
    ]);
  });

  it('cancelling a batch stops before the next file and reports the rest as cancelled', async () => {
    const { h, c, core } = await setup();
    // More files than the batch ever has started at once (DEFAULT_MAX_IN_FLIGHT decoding plus
    // one commit group waiting), so some have not started when the cancel comes.
    const total = DEFAULT_MAX_IN_FLIGHT + DEFAULT_COMMIT_GROUP.maxItems + 12;
    const imgs = await Promise.all(Array.from({ length: total }, (_, i) => screenshot(`${i} Bestand`, { hue: (i * 11) % 360, width: 240, height: 360 })));
    let cancelled = false;
    core.events.onAny((name, payload) => {
      if (name === 'evidence:import-progress' && !cancelled && (payload as { done: number }).done >= 3) {
        cancelled = true;
        void h['evidence:cancel-import']({ batchId: 'batch-1' }, ctx);
      }
    });
    const rep = await h['evidence:import']({ caseId: c.id, meta: {}, batchId: 'batch-1', files: imgs.map((b, i) => file(`f${i}.png`, b)) }, ctx);
    expect(rep.cancelled).toBe(true);
    const stored = rep.results.filter((r) => r.status === 'stored').length;
    expect(stored).toBeGreaterThanOrEqual(3);
    expect(stored).toBeLessThan(total);
    // Files finish in input order: every stored file comes before every cancelled one.
    const statuses = rep.results.map((r) => r.status);
    expect(statuses.slice(0, stored).every((s) => s === 'stored')).toBe(true);
    expect(rep.results.slice(stored).every((r) => r.error?.code === 'CANCELLED')).toBe(true);
    expect((await h['evidence:list']({ caseId: c.id }, ctx)).length).toBe(stored);
  });
});

describe('re-upload detection', () => {
  it('reports exact duplicates (same case: not stored again; other case: stored with a warning) and near duplicates', async () => {
    const { h, c } = await setup();
    const png = await screenshot('Doorgestuurde meme');
    const v = await variants(png);
    const other = await screenshot('Iets heel anders', { hue: 90, width: 700, height: 500 });
    const first = await h['evidence:import']({ caseId: c.id, meta: { platform: 'TikTok' }, files: [file('origineel.png', png)] }, ctx);
    const originalId = first.results[0]!.itemId!;
    const rep = await h['evidence:import']({
      caseId: c.id,
      meta: { platform: 'Snapchat' },
      files: [file('nogmaals.png', png), file('kleiner.png', v.resized), file('gecomprimeerd.jpg', v.recompressed), file('gespiegeld.png', v.mirrored), file('anders.png', other)],
    }, ctx);
    const [again, resized, recompressed, mirrored, different] = rep.results;
    expect(again).toMatchObject({ status: 'duplicate', itemId: originalId, matches: [{ itemId: originalId, exact: true, distance: 0 }] });
    for (const r of [resized, recompressed, mirrored]) {
      expect(r!.status, r!.file).toBe('stored');
      expect(r!.matches.map((m) => m.itemId), r!.file).toContain(originalId);
      expect(r!.matches.find((m) => m.itemId === originalId)!.distance, r!.file).toBeLessThanOrEqual(31);
    }
    expect(different!.matches.find((m) => m.itemId === originalId)).toBeUndefined();

    const c2 = await h['case:create']({ title: 'Zelfde beeld, andere klas', category: 'hurtful-meme' }, ctx);
    const cross = await h['evidence:import']({ caseId: c2.id, meta: {}, files: [file('kopie.png', png)] }, ctx);
    expect(cross.results[0]).toMatchObject({ status: 'stored', matches: expect.arrayContaining([expect.objectContaining({ itemId: originalId, caseRef: c.ref, exact: true })]) });

    const spread = await h['evidence:get-spread']({ caseId: c.id }, ctx);
    const group = spread.find((g) => g.itemIds.includes(originalId))!;
    expect(group.itemIds.length).toBe(4);
    expect(group.platforms.map((p) => p.platform).sort()).toEqual(['Snapchat', 'TikTok']);
    expect(group.elsewhere.map((e) => e.caseRef)).toEqual([c2.ref]);
    expect(spread.find((g) => g.itemIds.includes(different!.itemId!))!.itemIds.length).toBe(1);
  });
});

describe('stored thumbnails', () => {
  it('are told apart by their bytes: a JPEG (images now) or a WebP (video posters, older vaults)', async () => {
    const { thumbMime } = await import('../../electron/core/evidence/decode');
    const pixels = { create: { width: 40, height: 30, channels: 3 as const, background: '#336699' } };
    expect(thumbMime(await sharp(pixels).jpeg().toBuffer())).toBe('image/jpeg');
    expect(thumbMime(await sharp(pixels).webp().toBuffer())).toBe('image/webp');
  });
});
