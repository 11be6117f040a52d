import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../electron/core/backup/create-backup';
import { restoreBackup, verifyBackup } from '../../electron/core/backup/restore-backup';
import { manualClock } from '../../electron/core/clock';
import { createCore } from '../../electron/core/create-core';
import { listFiles } from '../helpers/scan';
import { PASS, TEST_KDF, newCore, tempDir } from '../helpers/temp';
import { screenshot } from '../helpers/images';

const ctx = { transport: 'test' } as const;

async function filledVault() {
  const dir = tempDir();
  const core = newCore({ vaultDir: join(dir, 'vault') });
  const h = core.handlers;
  const { recoveryKey } = await h['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
  const c = await h['case:create']({ title: 'Back-up test', category: 'hurtful-meme' }, ctx);
  await h['person:add']({ caseId: c.id, role: 'victim', name: 'Łukasz Nowak', minor: 'yes' }, ctx);
  const imgs = await Promise.all([0, 1, 2].map((i) => screenshot(`Back-up ${i}`, { hue: i * 90 })));
  await h['evidence:import']({ caseId: c.id, meta: { platform: 'X', url: 'https://x.com/a/status/1' }, files: imgs.map((b, i) => ({ name: `b${i}.png`, bytes: new Uint8Array(b) })) }, ctx);
  return { dir, core, h, c, recoveryKey };
}

describe('encrypted backup', () => {
  it('round trip: backup, restore into a new folder, vault check passes and every item, blob and audit entry is identical', async () => {
    const { dir, core, recoveryKey } = await filledVault();
    const s = core.session();
    const out = join(dir, 'kluis.bkbackup');
    const res = await createBackup(s, out);
    expect(res.files).toBe(2 + 6);
    expect(await verifyBackup(out, { passphrase: PASS })).toMatchObject({ ok: true, files: 8 });
    expect(await verifyBackup(out, { recoveryKey })).toMatchObject({ ok: true });
    await expect(verifyBackup(out, { passphrase: 'Een andere lange wachtzin 99' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });

    const target = join(dir, 'hersteld');
    const restored = await restoreBackup(out, target, { passphrase: PASS }, manualClock('2026-11-25T10:00:00Z'));
    expect(restored.check.ok).toBe(true);
    const again = createCore({ vaultDir: target, kdf: TEST_KDF });
    await again.handlers['vault:unlock']({ passphrase: PASS }, ctx);
    const a = s.db.prepare('SELECT * FROM evidence_items ORDER BY id').all();
    const b = again.session().db.prepare('SELECT * FROM evidence_items ORDER BY id').all();
    expect(b).toEqual(a);
    const blobsA = s.db.prepare('SELECT id FROM blobs ORDER BY id').all() as { id: string }[];
    for (const { id } of blobsA) expect((await again.session().blobs.get(id)).equals(await s.blobs.get(id))).toBe(true);
    const auditA = s.db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq').all();
    const auditB = (again.session().db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq').all() as { seq: number }[]).filter((r) => r.seq <= (auditA as unknown[]).length);
    expect(auditB).toEqual(auditA);
    expect(again.session().audit.verify().ok).toBe(true);
    await again.close();
  });

  it('a truncated or altered backup is refused with a clear error and nothing is written', async () => {
    const { dir, core } = await filledVault();
    const out = join(dir, 'kluis.bkbackup');
    await createBackup(core.session(), out);
    const bytes = await fs.readFile(out);
    const cases: [string, Buffer][] = [
      ['truncated', bytes.subarray(0, bytes.length - 100)],
      ['cut at a chunk boundary', bytes.subarray(0, bytes.length - 17)],
      ['flipped', Buffer.from(bytes.map((v, i) => (i === bytes.length - 500 ? v ^ 1 : v)))],
      ['not a backup', Buffer.from('hallo')],
    ];
    for (const [what, data] of cases) {
      const bad = join(dir, `${what}.bkbackup`);
      await fs.writeFile(bad, data);
      await expect(verifyBackup(bad, { passphrase: PASS }), what).rejects.toMatchObject({ code: what === 'not a backup' ? 'UNSUPPORTED_FILE' : 'INTEGRITY' });
      const target = join(dir, `target-${what}`);
      await expect(restoreBackup(bad, target, { passphrase: PASS }, manualClock('2026-11-25T10:00:00Z')), what).rejects.toBeTruthy();
      expect(await fs.stat(target).then(() => true, () => false), what).toBe(false);
    }
    expect((await fs.readdir(dir)).filter((n) => n.includes('restoring'))).toEqual([]);
  });

  it('restore never touches an existing vault folder', async () => {
    const { dir, core } = await filledVault();
    const out = join(dir, 'kluis.bkbackup');
    await createBackup(core.session(), out);
    const before = await listFiles(join(dir, 'vault'));
    const beforeDb = await fs.readFile(join(dir, 'vault', 'vault.db'));
    await expect(restoreBackup(out, join(dir, 'vault'), { passphrase: PASS }, manualClock('2026-11-25T10:00:00Z'))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await listFiles(join(dir, 'vault'))).toEqual(before);
    expect((await fs.readFile(join(dir, 'vault', 'vault.db'))).equals(beforeDb)).toBe(true);
  });

  it('holds no plaintext: names and image bytes of the vault do not appear in the backup file', async () => {
    const { dir, core } = await filledVault();
    const out = join(dir, 'kluis.bkbackup');
    await createBackup(core.session(), out);
    const data = await fs.readFile(out);
    expect(data.includes(Buffer.from('Łukasz Nowak'))).toBe(false);
    expect(data.includes(Buffer.from('https://x.com/a/status/1'))).toBe(false);
    expect(data.includes(Buffer.from('Back-up test'))).toBe(false);
  });
});
