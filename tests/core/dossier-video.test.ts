/**
 * Video items in the dossier (docs/media.md "Dossier"), through the real export of a real
 * vault: per video its facts and vPDQ summary in the catalogue, its contact sheet on its own
 * page where the profile and the minors rule allow images, the original video in the bundle
 * and its vPDQ hash in the signed manifest. A hash-only video (minors rule) keeps its facts and
 * hashes, never a frame or a byte. Read with pdftotext, pdfimages and unzip, as a receiver would.
 * Fixtures: FFmpeg's synthetic pattern made with Debian's ffmpeg (tests/helpers/videos.ts).
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { sheetSize } from '../../electron/core/media/sheet-layout';
import { verifyBundle } from '../../electron/core/dossier/verify';
import { PASS, newCore, tempDir } from '../helpers/temp';
import { readZipEntries } from '../helpers/zip';
import { sourceVideo } from '../helpers/videos';

const ctx = { transport: 'test' } as const;
const words = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

async function exported(category: 'violence-video' | 'sexual-video', profile: 'police' | 'coordinator', hashOnly = false) {
  const dir = tempDir();
  const video = await fs.readFile(sourceVideo(dir, { seconds: 6 }));
  const core = newCore();
  const h = core.handlers;
  await h['vault:create']({ passphrase: PASS, ownerName: 'M. de Vries' }, ctx);
  const c = await h['case:create']({ title: 'Vechtpartij bij de fietsenstalling', category }, ctx);
  const rep = await h['evidence:import']({ caseId: c.id, meta: { platform: 'TikTok', url: 'https://www.tiktok.com/@x/video/42', seenAt: '2026-11-20T19:05:00+01:00' }, hashOnly, files: [{ name: 'vechtpartij.mp4', bytes: new Uint8Array(video) }] }, ctx);
  expect(rep.results.map((r) => r.status)).toEqual(['stored']);
  const [item] = await h['evidence:list']({ caseId: c.id }, ctx);
  const out = join(dir, `dossier-${profile}.zip`);
  const r = await h['dossier:export']({ caseId: c.id, profile, lang: 'nl', outPath: out, recipient: 'Wijkagent Utrecht-Oost' }, ctx);
  const entries = await readZipEntries(out);
  const pdf = join(dir, 'dossier.pdf');
  await fs.writeFile(pdf, entries.get('dossier.pdf')!);
  const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as { files: { path: string; sha256: string; item: string }[]; items: { id: string; vpdq?: string | null; media?: { video: { hashedFrames: number } } }[] };
  const vpdq = (core.session().db.prepare('SELECT vpdq FROM evidence_items WHERE id = ?').get(item!.id) as { vpdq: string }).vpdq;
  return { dir, video, item: item!, out, r, entries, pdf, manifest, vpdq, text: words(run('pdftotext', ['-layout', pdf, '-'])) };
}

describe('a video in the dossier', () => {
  it('police: facts and vPDQ summary in the catalogue, the contact sheet on its page, the original in the bundle, the vPDQ in the manifest', async () => {
    const d = await exported('violence-video', 'police');
    expect(d.r.imagesEmbedded).toBe(1);
    // Catalogue and the video's page: the words a receiver reads.
    for (const w of ['Duur 0:06', 'H.264 (AVC)', 'in MP4; 640 × 360 px; 25 beelden per seconde', 'Opgenomen op (volgens', '03-10-2026 16:22:05 (Europe/Amsterdam, UTC+02:00)', '03-10-2026 14:22:05 UTC', 'Geluid geen', 'vPDQ-hash 6 beelden gehasht (één per seconde), 6 met kwaliteit 50 of hoger']) {
      expect(d.text, w).toContain(w);
    }
    expect(d.text).toContain(`Bewijsstuk ${d.item.label}: beelden uit de video`);
    expect(d.text).toContain('Een overzicht van 6 beelden verspreid over de video, op 0:00, 0:01, 0:02, 0:03, 0:04, 0:05.');
    // The only picture in the PDF is the sheet, at the size the page was laid out for.
    const images = run('pdfimages', ['-list', d.pdf]).trim().split('\n').slice(2).filter(Boolean);
    expect(images).toHaveLength(1);
    const [, , , w, h] = images[0]!.trim().split(/\s+/).map(Number);
    const planned = sheetSize(d.item.media!.video!);
    expect(Math.abs(w! / h! - planned.width / planned.height)).toBeLessThan(0.01);
    // The original video, byte for byte, in the bundle and the signed manifest.
    const file = d.manifest.files.find((f) => f.item === d.item.id)!;
    // Named after the item (docs: originals are named by reference, number and platform).
    expect(file.path).toMatch(/^originals\/\d{4}-\d{3}-01_TikTok\.mp4$/);
    expect(createHash('sha256').update(d.entries.get(file.path)!).digest('hex')).toBe(createHash('sha256').update(d.video).digest('hex'));
    const entry = d.manifest.items.find((i) => i.id === d.item.id)!;
    expect(entry.vpdq).toBe(d.vpdq);
    expect(entry.vpdq!.split('\n')).toHaveLength(6);
    expect(entry.media?.video.hashedFrames).toBe(6);
    expect((await verifyBundle(d.out)).ok).toBe(true);
  });

  it('the sheet the import drew has the size the PDF plans for it', async () => {
    const dir = tempDir();
    const core = newCore();
    const h = core.handlers;
    await h['vault:create']({ passphrase: PASS, ownerName: 'M. de Vries' }, ctx);
    const c = await h['case:create']({ title: 'Staand filmpje', category: 'violence-video' }, ctx);
    // An upright phone-shaped video (360 x 640) with 15 s: 12 tiles in 3 rows.
    const video = await fs.readFile(sourceVideo(dir, { seconds: 15, size: '360x640' }));
    await h['evidence:import']({ caseId: c.id, meta: {}, files: [{ name: 'staand.mp4', bytes: new Uint8Array(video) }] }, ctx);
    const [item] = await h['evidence:list']({ caseId: c.id }, ctx);
    const sheet = await h['evidence:reveal']({ itemId: item!.id, size: 'sheet' }, ctx);
    const meta = await sharp(Buffer.from(sheet.bytes)).metadata();
    const planned = sheetSize(item!.media!.video!);
    expect(item!.media!.video!.sheetTimes).toHaveLength(12);
    expect(Math.abs(meta.width - planned.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(meta.height - planned.height)).toBeLessThanOrEqual(3);
  });

  it('coordinator: the facts and hashes, no sheet, no original', async () => {
    const d = await exported('violence-video', 'coordinator');
    expect(d.r.imagesEmbedded).toBe(0);
    expect(d.text).toContain('Duur 0:06');
    expect(d.text).not.toContain('beelden uit de video');
    expect(run('pdfimages', ['-list', d.pdf]).trim().split('\n').slice(2).filter(Boolean)).toHaveLength(0);
    expect([...d.entries.keys()].filter((k) => k.startsWith('originals/'))).toEqual([]);
    expect(d.manifest.items.find((i) => i.id === d.item.id)!.vpdq).toBe(d.vpdq);
  });

  it('a hash-only video (minors rule): its facts and vPDQ, never a frame or a byte', async () => {
    const d = await exported('sexual-video', 'police', true);
    expect(d.item.kind).toBe('hash');
    expect(d.r.imagesEmbedded).toBe(0);
    expect(d.text).toContain('Alleen hashes vastgelegd; het bestand is niet bewaard.');
    expect(d.text).toContain('Duur 0:06');
    expect(d.text).toContain('vPDQ-hash 6 beelden gehasht');
    expect(d.text).not.toContain('beelden uit de video');
    expect(run('pdfimages', ['-list', d.pdf]).trim().split('\n').slice(2).filter(Boolean)).toHaveLength(0);
    expect([...d.entries.keys()].filter((k) => k.startsWith('originals/'))).toEqual([]);
    expect(d.manifest.items.find((i) => i.id === d.item.id)!.vpdq).toBe(d.vpdq);
  });
});
