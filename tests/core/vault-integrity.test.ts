/**
 * Nothing lost, nothing weakened (issue 12 items 2, 3, 7, 8): a vault whose database went
 * missing, was rolled back to an older copy, or whose header was put back (with an old
 * passphrase) is refused with a message naming what happened, and not one evidence file is
 * deleted; a damaged page is reported by number; evidence rows edited behind the app's back
 * show up in `vault check`; the vault's files are the owner's only.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setDbEpoch, readDbState } from '../../electron/core/vault/header-state';
import { listFiles } from '../helpers/scan';
import { screenshot } from '../helpers/images';
import { PASS, PASS2, newCore, tempDir } from '../helpers/temp';

const ctx = { transport: 'test' } as const;
const DB_FILES = ['vault.db', 'vault.db-wal', 'vault.db-shm'];

async function vaultWithEvidence(n = 2) {
  const appData = tempDir();
  const core = newCore({ appDataDir: appData, idleCheckMs: 0 });
  const h = core.handlers;
  await h['vault:create']({ passphrase: PASS, ownerName: 'Vertrouwenspersoon' }, ctx);
  const c = await h['case:create']({ title: 'Nepaccount', category: 'expose-account' }, ctx);
  const files = await Promise.all(Array.from({ length: n }, async (_, i) => ({ name: `s${i}.png`, bytes: new Uint8Array(await screenshot(`eerst ${i}`, { hue: i * 40 })) })));
  await h['evidence:import']({ caseId: c.id, meta: {}, files }, ctx);
  return { core, h, c, dir: join(appData, 'vault') };
}

async function snapshot(dir: string, names: string[]): Promise<Map<string, Buffer | null>> {
  const out = new Map<string, Buffer | null>();
  for (const n of names) out.set(n, await fs.readFile(join(dir, n)).catch(() => null));
  return out;
}

async function putBack(dir: string, snap: Map<string, Buffer | null>): Promise<void> {
  for (const [n, b] of snap) {
    if (b) await fs.writeFile(join(dir, n), b);
    else await fs.rm(join(dir, n), { force: true });
  }
}

const blobFiles = async (dir: string) => (await listFiles(join(dir, 'blobs'))).sort();

describe('vault integrity', () => {
  it('a missing database is refused ("the database is missing"), never re-created, and every blob stays', async () => {
    const { core, h, dir } = await vaultWithEvidence();
    await core.lock('manual');
    const before = await blobFiles(dir);
    expect(before.length).toBe(4);
    for (const f of DB_FILES) await fs.rm(join(dir, f), { force: true });
    await expect(h['vault:unlock']({ passphrase: PASS }, ctx)).rejects.toMatchObject({ code: 'INTEGRITY', details: { reason: 'db-missing' } });
    await expect(fs.stat(join(dir, 'vault.db'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await blobFiles(dir)).toEqual(before);
    expect(core.isUnlocked()).toBe(false);
  });

  it('a database rolled back to an older copy is refused, naming the rollback, and the newer evidence files stay', async () => {
    const { core, h, c, dir } = await vaultWithEvidence();
    await core.lock('manual');
    const old = await snapshot(dir, DB_FILES);
    await h['vault:unlock']({ passphrase: PASS }, ctx);
    await h['evidence:import']({ caseId: c.id, meta: {}, files: [{ name: 'later.png', bytes: new Uint8Array(await screenshot('later')) }] }, ctx);
    await core.lock('manual');
    const newer = await blobFiles(dir);
    expect(newer.length).toBe(6);
    await putBack(dir, old);
    await expect(h['vault:unlock']({ passphrase: PASS }, ctx)).rejects.toMatchObject({ code: 'INTEGRITY', details: { reason: 'rollback-database' } });
    expect(await blobFiles(dir)).toEqual(newer);
  });

  it('a header put back to an older copy (an old passphrase) is refused; a header merely behind on commits (a crash before it caught up) is accepted', async () => {
    const { core, h, c, dir } = await vaultWithEvidence(1);
    await core.lock('manual');
    const oldHeader = await snapshot(dir, ['vault.json']);
    await h['vault:unlock']({ passphrase: PASS }, ctx);
    await h['vault:change-passphrase']({ currentPassphrase: PASS, newPassphrase: PASS2 }, ctx);
    await core.lock('manual');
    const newHeader = await snapshot(dir, ['vault.json']);
    await putBack(dir, oldHeader);
    await expect(h['vault:unlock']({ passphrase: PASS }, ctx)).rejects.toMatchObject({ code: 'INTEGRITY', details: { reason: 'rollback-header' } });
    await putBack(dir, newHeader);

    // Behind on commits only: what a crash between a commit and the header's catch-up leaves.
    await h['vault:unlock']({ passphrase: PASS2 }, ctx);
    await core.session().syncHeader();
    const behind = await snapshot(dir, ['vault.json']);
    const behindGeneration = (JSON.parse(behind.get('vault.json')!.toString('utf8')) as { state: { generation: number } }).state.generation;
    await h['note:add']({ caseId: c.id, body: 'nog een notitie' }, ctx);
    await core.lock('manual');
    await putBack(dir, behind);
    await h['vault:unlock']({ passphrase: PASS2 }, ctx);
    expect(core.isUnlocked()).toBe(true);
    // Brought up to date when it opened (before the unlock's own audit entry, which follows shortly).
    const header = JSON.parse(await fs.readFile(join(dir, 'vault.json'), 'utf8')) as { state: { generation: number } };
    expect(header.state.generation).toBeGreaterThan(behindGeneration + 1);
    expect(header.state.generation).toBeLessThanOrEqual(readDbState(core.session().db).generation);
  });

  it('a crash between a rewrap reaching the header and the database is caught up at the next unlock', async () => {
    const { core, h } = await vaultWithEvidence(1);
    await h['vault:change-passphrase']({ currentPassphrase: PASS, newPassphrase: PASS2 }, ctx);
    const s = core.session();
    const epoch = readDbState(s.db).epoch;
    s.db.transaction(() => setDbEpoch(s.db, epoch - 1))();
    await core.lock('manual');
    await h['vault:unlock']({ passphrase: PASS2 }, ctx);
    expect(readDbState(core.session().db).epoch).toBe(epoch);
  });

  it('a damaged database page is reported by its number at unlock, not as an unexpected error', async () => {
    const { core, h, dir } = await vaultWithEvidence(3);
    for (let i = 0; i < 40; i++) await h['note:add']({ caseId: (await h['case:list']({}, ctx))[0]!.id, body: `Werknotitie ${i} `.repeat(40) }, ctx);
    await core.lock('manual');
    const file = join(dir, 'vault.db');
    const bytes = await fs.readFile(file);
    expect(bytes.length).toBeGreaterThan(4096 * 20);
    bytes[4096 * 12 + 700] = bytes[4096 * 12 + 700]! ^ 0xff;
    await fs.writeFile(file, bytes);
    await expect(h['vault:unlock']({ passphrase: PASS }, ctx)).rejects.toMatchObject({ code: 'INTEGRITY', details: { reason: 'db-damaged', pages: '13' } });
  });

  it('vault check finds evidence rows changed or deleted behind the app, and files the database does not know', async () => {
    const { core, h, c } = await vaultWithEvidence(2);
    const s = core.session();
    expect((await h['vault:check']({}, ctx)).ok).toBe(true);
    const [first, second] = s.db.prepare('SELECT id FROM evidence_items WHERE case_id = ? ORDER BY item_no').all(c.id) as { id: string }[];
    s.db.prepare('UPDATE evidence_items SET sha256 = ? WHERE id = ?').run('0'.repeat(64), first!.id);
    s.db.prepare('DELETE FROM evidence_items WHERE id = ?').run(second!.id);
    await fs.mkdir(join(s.blobs.root, 'ab'), { recursive: true });
    await fs.writeFile(join(s.blobs.root, 'ab', 'ab' + '1'.repeat(62)), 'onbekend');
    const report = await h['vault:check']({}, ctx);
    expect(report.ok).toBe(false);
    const problems = report.items.flatMap((i) => i.problems).join('\n');
    expect(problems).toContain(`${c.ref}/1: its SHA-256 differs from the one logged`);
    expect(problems).toContain(`${c.ref}/2 is in the audit log but missing from the database`);
    expect(problems).toContain('an encrypted file the database does not know');
    expect(problems).toContain(`its content no longer has the SHA-256 of evidence item ${c.ref}/1`);
  });

  it("the database and the blob folders are the owner's only (0600 / 0700)", async () => {
    const { dir } = await vaultWithEvidence(1);
    expect((await fs.stat(join(dir, 'vault.db'))).mode & 0o777).toBe(0o600);
    expect((await fs.stat(join(dir, 'vault.db-wal'))).mode & 0o777).toBe(0o600);
    for (const d of await fs.readdir(join(dir, 'blobs'))) expect((await fs.stat(join(dir, 'blobs', d))).mode & 0o777).toBe(0o700);
  });
});
