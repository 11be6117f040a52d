import { execFileSync, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { recordPending } from '../../electron/core/vault/pending-files';
import { describe, expect, it } from 'vitest';
import { verifyBundle } from '../../electron/core/dossier/verify';
import { PASS, newCore, tempDir } from '../helpers/temp';
import { screenshot } from '../helpers/images';
import { readZipEntries, rewriteZip } from '../helpers/zip';

const ctx = { transport: 'test' } as const;
const NAMES = ['Şükrü Yılmaz', 'Zoë de Vries'];

async function caseWithEvidence() {
  const core = newCore();
  const h = core.handlers;
  await h['vault:create']({ passphrase: PASS, ownerName: 'M. de Vries' }, ctx);
  const c = await h['case:create']({ title: 'Meme in groepsapp', category: 'hurtful-meme' }, ctx);
  await h['person:add']({ caseId: c.id, role: 'victim', name: NAMES[0]!, minor: 'yes' }, ctx);
  await h['person:add']({ caseId: c.id, role: 'spreader', name: NAMES[1]!, minor: 'yes' }, ctx);
  const imgs = [await screenshot('Eerste', { hue: 10 }), await screenshot('Tweede', { hue: 200 })];
  await h['evidence:import']({ caseId: c.id, meta: { platform: 'Instagram', url: 'https://www.instagram.com/p/AbC_123/?igsh=x%20y', handle: '@memes.demo', seenAt: '2026-11-20T19:05:00+01:00' }, files: imgs.map((b, i) => ({ name: `s${i}.png`, bytes: new Uint8Array(b) })) }, ctx);
  const sighting = await h['evidence:add-url']({ caseId: c.id, meta: { platform: 'TikTok', url: 'https://www.tiktok.com/@x/video/1', handle: '@x' } }, ctx);
  const r = await h['takedown:create']({ caseId: c.id, itemId: sighting.id, channel: 'in-app' }, ctx);
  await h['takedown:set-status']({ requestId: r.id, status: 'sent' }, ctx);
  return { core, h, c, imgs };
}

async function exportTo(h: Awaited<ReturnType<typeof caseWithEvidence>>['h'], caseId: string, profile: 'police' | 'officer' | 'coordinator') {
  const out = join(tempDir(), `dossier-${profile}.zip`);
  const r = await h['dossier:export']({ caseId, profile, lang: 'nl', outPath: out, recipient: 'Wijkagent Utrecht-Oost' }, ctx);
  return { out, r };
}

describe('dossier bundle', () => {
  it('a fresh export verifies, with standard tools too (sha256sum -c, openssl pkeyutl -verify -rawin)', async () => {
    const { h, c, core } = await caseWithEvidence();
    const { out, r } = await exportTo(h, c.id, 'police');
    expect(r.imagesEmbedded).toBe(2);
    const report = await verifyBundle(out);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, contentChecked: true, manifestSignature: 'valid', sumsSignature: 'valid', manifestSha256: r.manifestSha256, publicKeyFingerprint: r.publicKeyFingerprint });
    expect(report.signer).toEqual({ pinned: false, expected: null, matches: null });
    expect((await h['dossier:get-signing-key']({}, ctx)).fingerprint).toBe(r.publicKeyFingerprint);

    const dir = tempDir();
    execFileSync('unzip', ['-q', out, '-d', dir]);
    expect((await fs.readdir(join(dir, 'originals'))).length).toBe(2);
    expect(spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir }).status).toBe(0);
    for (const [data, sig] of [['manifest.json', 'manifest.sig'], ['SHA256SUMS', 'SHA256SUMS.sig']]) {
      const v = spawnSync('openssl', ['pkeyutl', '-verify', '-pubin', '-inkey', 'public-key.pem', '-rawin', '-in', data!, '-sigfile', sig!], { cwd: dir, encoding: 'utf8' });
      expect(v.stdout + v.stderr).toContain('Signature Verified Successfully');
    }
    const der = execFileSync('openssl', ['pkey', '-pubin', '-in', 'public-key.pem', '-outform', 'DER'], { cwd: dir });
    expect((await import('node:crypto')).createHash('sha256').update(der).digest('hex')).toBe(r.publicKeyFingerprint);
    const kinds = core.session().audit.list({ subject: c.id }).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['dossier.export_started', 'dossier.exported']));
    expect(core.session().audit.list({ subject: c.id }).find((e) => e.kind === 'dossier.exported')!.details).toMatchObject({ manifestSha256: r.manifestSha256, profile: 'police' });
  });

  it('names the file when one byte is flipped anywhere, a file is removed or added, or the manifest is edited', async () => {
    const { h, c } = await caseWithEvidence();
    const { out } = await exportTo(h, c.id, 'police');
    const names = [...(await readZipEntries(out)).keys()];
    const dir = tempDir();
    for (const target of names.filter((n) => n !== 'SHA256SUMS.sig')) {
      const bad = join(dir, `flip-${target.replace(/\//g, '_')}.zip`);
      await rewriteZip(out, bad, (n, d) => {
        if (n !== target) return d;
        const copy = Buffer.from(d);
        copy[Math.floor(copy.length / 2)]! ^= 0x01;
        return copy;
      });
      const rep = await verifyBundle(bad);
      expect(rep.ok, target).toBe(false);
      expect(rep.problems.map((p) => p.file), target).toContain(target);
    }
    const original = names.find((n) => n.startsWith('originals/'))!;
    const removed = join(dir, 'removed.zip');
    await rewriteZip(out, removed, (n, d) => (n === original ? null : d));
    expect((await verifyBundle(removed)).files.find((f) => f.name === original)?.status).toBe('missing');
    const added = join(dir, 'added.zip');
    await rewriteZip(out, added, (_n, d) => d, { 'originals/extra.png': Buffer.from('not evidence') });
    const addedRep = await verifyBundle(added);
    expect(addedRep.ok).toBe(false);
    expect(addedRep.files.find((f) => f.name === 'originals/extra.png')?.status).toBe('extra');
    const edited = join(dir, 'edited.zip');
    await rewriteZip(out, edited, (n, d) => (n === 'manifest.json' ? Buffer.from(d.toString('utf8').replace('Wijkagent Utrecht-Oost', 'Iemand anders')) : d));
    const editedRep = await verifyBundle(edited);
    expect(editedRep.manifestSignature).toBe('invalid');
    expect(editedRep.files.find((f) => f.name === 'manifest.json')?.status).toBe('altered');
    await fs.writeFile(join(dir, 'garbage.zip'), 'not a zip');
    await expect(verifyBundle(join(dir, 'garbage.zip'))).rejects.toMatchObject({ code: 'UNSUPPORTED_FILE' });
  });

  it('coordinator profile: no originals, no images, no person names anywhere; officer profile adds working notes', async () => {
    const { h, c } = await caseWithEvidence();
    await h['note:add']({ caseId: c.id, body: 'Werknotitie: gesprek met ouders gepland' }, ctx);
    const { out, r } = await exportTo(h, c.id, 'coordinator');
    expect(r.imagesEmbedded).toBe(0);
    const entries = await readZipEntries(out);
    expect([...entries.keys()].some((n) => n.startsWith('originals/'))).toBe(false);
    const dir = tempDir();
    execFileSync('unzip', ['-q', out, '-d', dir]);
    const text = execFileSync('pdftotext', [join(dir, 'dossier.pdf'), '-']).toString('utf8') + entries.get('manifest.json')!.toString('utf8');
    for (const n of NAMES) expect(text).not.toContain(n);
    expect(text).not.toContain('Werknotitie');
    // Only the website of a location: its path may hold an account or a name (issue 15 item 3).
    expect(text).toContain('www.tiktok.com/…');
    expect(text).not.toContain('@x/video/1');

    const police = await exportTo(h, c.id, 'police');
    const policeText = execFileSync('sh', ['-c', `unzip -p "${police.out}" dossier.pdf | pdftotext - -`]).toString('utf8');
    expect(policeText).toContain(NAMES[0]!);
    expect(policeText).not.toContain('Werknotitie');
    const officer = await exportTo(h, c.id, 'officer');
    expect(execFileSync('sh', ['-c', `unzip -p "${officer.out}" dossier.pdf | pdftotext - -`]).toString('utf8')).toContain('Werknotitie');
  });

  it('the minors rule holds in the export: no bytes of a forbidden item anywhere in the bundle', async () => {
    const core = newCore();
    const h = core.handlers;
    await h['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    const c = await h['case:create']({ title: 'Foto', category: 'hurtful-meme' }, ctx);
    const png = await screenshot('Later als minderjarig seksueel gemarkeerd', { hue: 300 });
    const rep = await h['evidence:import']({ caseId: c.id, meta: {}, files: [{ name: 'x.png', bytes: new Uint8Array(png) }] }, ctx);
    await h['evidence:update']({ itemId: rep.results[0]!.itemId!, patch: { sexual: true, minor: 'yes' } }, ctx);
    const nude = await h['case:create']({ title: 'Naaktfoto', category: 'nude-photo' }, ctx);
    const png2 = await screenshot('Alleen hash', { hue: 120 });
    await h['evidence:import']({ caseId: nude.id, meta: {}, hashOnly: true, files: [{ name: 'y.png', bytes: new Uint8Array(png2) }] }, ctx);
    for (const [caseId, bytes] of [[c.id, png], [nude.id, png2]] as const) {
      const { out } = await exportTo(h, caseId, 'police');
      const zipBytes = await fs.readFile(out);
      const entries = await readZipEntries(out);
      expect([...entries.keys()].some((n) => n.startsWith('originals/'))).toBe(false);
      const probe = bytes.subarray(100, 164);
      expect(zipBytes.includes(probe)).toBe(false);
      for (const [, data] of entries) expect(data.includes(probe)).toBe(false);
      expect((await verifyBundle(out)).ok).toBe(true);
    }
  });

  it('cancel leaves no file at the chosen path, and an existing file is not overwritten unless asked', async () => {
    const { h, c, core } = await caseWithEvidence();
    const dir = tempDir();
    const out = join(dir, 'geannuleerd.zip');
    core.events.onAny((name, payload) => {
      if (name === 'dossier:export-progress') void h['dossier:cancel-export']({ exportId: (payload as { exportId: string }).exportId }, ctx);
    });
    await expect(h['dossier:export']({ caseId: c.id, profile: 'police', lang: 'nl', outPath: out, exportId: 'x1' }, ctx)).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(await fs.readdir(dir)).toEqual([]);
    await fs.writeFile(out, 'bestaand');
    await expect(h['dossier:export']({ caseId: c.id, profile: 'police', lang: 'nl', outPath: out }, ctx)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await fs.readFile(out, 'utf8')).toBe('bestaand');
  });

  it('a damaged original ends the export with an error naming the item, and leaves no file at all (no crash)', async () => {
    const { h, c, core } = await caseWithEvidence();
    const s = core.session();
    const row = s.db.prepare('SELECT blob_id FROM evidence_items WHERE case_id = ? AND blob_id IS NOT NULL ORDER BY item_no LIMIT 1').get(c.id) as { blob_id: string };
    const file = s.blobs.pathFor(row.blob_id);
    const bytes = await fs.readFile(file);
    bytes[bytes.length - 20] = bytes[bytes.length - 20]! ^ 0xff;
    await fs.writeFile(file, bytes);
    const dir = tempDir();
    await expect(h['dossier:export']({ caseId: c.id, profile: 'police', lang: 'nl', outPath: join(dir, 'dossier.zip') }, ctx)).rejects.toMatchObject({
      code: 'INTEGRITY',
      details: { reason: 'original-damaged', item: `${c.ref}/1` },
    });
    expect(await fs.readdir(dir)).toEqual([]);
    expect(s.db.prepare('SELECT count(*) AS n FROM pending_files').get()).toEqual({ n: 0 });
  });

  it('a half-written export a crash left behind is removed at the next unlock, whatever its name, and nothing else is', async () => {
    const { h, c, core } = await caseWithEvidence();
    const dir = tempDir();
    // What a killed export leaves: its journalled temporary file (the real kill: tests/core/crash-trials.test.ts).
    const leftover = join(dir, 'willekeurige-naam.tmp');
    recordPending(core.session().db, 'export', [leftover], new Date());
    await fs.writeFile(leftover, 'PK half a dossier with names in it');
    await fs.writeFile(join(dir, '.dossier.zip.0123456789ab.part'), 'not in the journal: never ours to remove');
    await fs.writeFile(join(dir, 'notities.part'), "the user's own file");
    await h['dossier:export']({ caseId: c.id, profile: 'police', lang: 'nl', outPath: join(dir, 'dossier.zip') }, ctx);
    await core.lock('manual');
    await h['vault:unlock']({ passphrase: PASS }, ctx);
    expect((await fs.readdir(dir)).sort()).toEqual(['.dossier.zip.0123456789ab.part', 'dossier.zip', 'notities.part']);
  });
});
