/**
 * Locking while work is in flight (issue 12 "Keys live as long as the work that uses them"):
 * an import, an export and a backup are locked at several moments. Afterwards every blob file
 * on disk decrypts with the vault's real key, none with an all-zero key, the stopped work says
 * "cancelled: the vault was locked", and no export or backup file (final or temporary) is left.
 */
import { readdirSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkKey, decryptChunk, HEADER_LEN, parseHeader, TAG_LEN } from '../../electron/core/blobs/blob-format';
import type { Core } from '../../electron/core/create-core';
import { listFiles } from '../helpers/scan';
import { screenshot } from '../helpers/images';
import { PASS, newCore, tempDir } from '../helpers/temp';

const ctx = { transport: 'test' } as const;

async function vaultWithCase(core: Core) {
  await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'Vertrouwenspersoon' }, ctx);
  return core.handlers['case:create']({ title: 'Filmpje in klassenapp', category: 'hurtful-meme' }, ctx);
}

async function files(n: number, tag: string) {
  return Promise.all(Array.from({ length: n }, async (_, i) => ({ name: `${tag}-${i}.png`, bytes: new Uint8Array(await screenshot(`${tag} ${i}`, { hue: (i * 29) % 360 })) })));
}

/** Does the first chunk of a blob file open with this (vault-wide) blob key? */
async function opensWith(file: string, key: Buffer): Promise<boolean> {
  const buf = await fs.readFile(file);
  const header = parseHeader(buf.subarray(0, HEADER_LEN));
  if (!header) return false;
  const id = file.split('/').pop()!;
  const sealedLen = Math.min(header.chunkSize + TAG_LEN, buf.length - header.length);
  const last = buf.length - header.length <= header.chunkSize + TAG_LEN;
  try {
    decryptChunk(chunkKey(key, header, id), header, id, 0, last, buf.subarray(header.length, header.length + sealedLen));
    return true;
  } catch {
    return false;
  }
}

/** After the lock: unlock again; every blob file opens with the real key, none with zeros. */
async function assertBlobsSound(core: Core) {
  await core.handlers['vault:unlock']({ passphrase: PASS }, ctx);
  const s = core.session();
  const blobFiles = (await listFiles(s.blobs.root)).filter((f) => /[0-9a-f]{64}$/.test(f));
  for (const f of blobFiles) {
    expect(await opensWith(f, Buffer.alloc(32)), `${f} sealed with a zero key`).toBe(false);
  }
  const registered = (s.db.prepare('SELECT id FROM blobs').all() as { id: string }[]).map((r) => r.id);
  for (const id of registered) await expect(s.blobs.get(id)).resolves.toBeInstanceOf(Buffer);
  const report = await core.handlers['vault:check']({}, ctx);
  expect(report.ok, JSON.stringify(report.items.filter((i) => !i.ok))).toBe(true);
  return { registered: registered.length };
}

describe('locking while work is in flight', () => {
  for (const after of [0, 1, 4, 9]) {
    it(`an import locked after ${after} file(s): stored items stay, the rest is cancelled, no file sealed with a wiped key`, async () => {
      const core = newCore({ idleCheckMs: 0 });
      const c = await vaultWithCase(core);
      const batch = await files(12, `lock${after}`);
      let done = 0;
      let locking: Promise<void> | null = null;
      const off = core.events.on('evidence:import-progress', () => {
        if (++done === after) locking = core.lock('manual');
      });
      const importing = core.handlers['evidence:import']({ caseId: c.id, meta: {}, files: batch, batchId: `b${after}` }, ctx);
      if (after === 0) locking = core.lock('manual');
      const report = await importing;
      await locking;
      off();
      expect(core.isUnlocked()).toBe(false);
      const stored = report.results.filter((r) => r.status === 'stored').length;
      const cancelled = report.results.filter((r) => r.error?.code === 'CANCELLED');
      expect(stored + cancelled.length).toBe(12);
      expect(stored).toBeGreaterThanOrEqual(after);
      if (cancelled.length) expect(report.cancelled).toBe(true);
      for (const r of cancelled) expect(r.error?.reason).toBe('vault-locked');
      await assertBlobsSound(core);
      expect(await core.handlers['evidence:list']({ caseId: c.id }, ctx)).toHaveLength(stored);
    });
  }

  for (const phase of ['start', 'originals', 'pdf'] as const) {
    it(`an export locked at ${phase}: "cancelled: the vault was locked", nothing at the target`, async () => {
      const core = newCore({ idleCheckMs: 0 });
      const c = await vaultWithCase(core);
      await core.handlers['evidence:import']({ caseId: c.id, meta: {}, files: await files(6, `exp-${phase}`) }, ctx);
      const outDir = tempDir();
      const outPath = join(outDir, 'dossier.zip');
      let locking: Promise<void> | null = null;
      const off = core.events.on('dossier:export-progress', (p) => {
        if (!locking && p.phase === phase) locking = core.lock('manual');
      });
      const exporting = core.handlers['dossier:export']({ caseId: c.id, profile: 'police', lang: 'nl', outPath, exportId: `e-${phase}` }, ctx);
      if (phase === 'start') locking = core.lock('manual');
      await expect(exporting).rejects.toMatchObject({ code: 'CANCELLED', details: { reason: 'vault-locked' } });
      await locking;
      off();
      expect(readdirSync(outDir)).toEqual([]);
      await assertBlobsSound(core);
    });
  }

  it('a backup locked while it copies: cancelled, no file left, the vault intact', async () => {
    const core = newCore({ idleCheckMs: 0 });
    const c = await vaultWithCase(core);
    await core.handlers['evidence:import']({ caseId: c.id, meta: {}, files: await files(8, 'bak') }, ctx);
    const outDir = tempDir();
    const backingUp = core.handlers['backup:create']({ outPath: join(outDir, 'kluis.bkb') }, ctx);
    const locking = core.lock('manual');
    await expect(backingUp).rejects.toMatchObject({ code: 'CANCELLED', details: { reason: 'vault-locked' } });
    await locking;
    expect(readdirSync(outDir)).toEqual([]);
    await assertBlobsSound(core);
  });

  it('a call that arrives while the vault is locking is refused as locked', async () => {
    const core = newCore({ idleCheckMs: 0 });
    const c = await vaultWithCase(core);
    const importing = core.handlers['evidence:import']({ caseId: c.id, meta: {}, files: await files(3, 'late') }, ctx);
    const locking = core.lock('manual');
    await expect(core.handlers['case:list']({}, ctx)).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
    await importing;
    await locking;
  });
});
