/**
 * Exporting a dossier or a backup onto a destination that fills up (a full USB stick): a
 * real 2 MB tmpfs. Mounting needs root; where that is not possible the test is skipped and
 * says why. The SQLite side of a full disk is covered portably in disk-full.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { createBridgeHostHandlers } from '../../electron/bridge/host-handlers';
import { PathGrants } from '../../electron/core/files/path-grants';
import { createDispatcher } from '../../electron/core/dispatch';
import { silentLogger } from '../../electron/core/logger';
import { PASS, newCore, tempDir } from '../helpers/temp';

const ctx = { transport: 'test' } as const;
// Not tempDir(): its cleanup would run while the tmpfs is still mounted.
const mountPoint = mkdtempSync(join(tmpdir(), 'bk-small-disk-'));

function tryMount(): string | null {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountPoint], { stdio: 'pipe' });
    return null;
  } catch (err) {
    return `cannot mount a small tmpfs here (needs root): ${(err as Error).message.split('\n')[0]}`;
  }
}
/** Files of the vault this process still has open (Linux: /proc/self/fd); a failed export must close what it read. */
function openVaultFiles(vaultDir: string): string[] {
  if (!existsSync('/proc/self/fd')) return [];
  const open: string[] = [];
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      if (target.startsWith(join(vaultDir, 'blobs'))) open.push(target);
    } catch {
      // Closed while we looked (the listing's own descriptor among them).
    }
  }
  return open;
}

const skipReason = tryMount();
if (skipReason) console.warn(`[skipped] full destination disk: ${skipReason}`);
afterAll(() => {
  if (!skipReason) execFileSync('umount', [mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

describe.skipIf(skipReason !== null)('a destination that is full', () => {
  it('dossier export and backup say DISK_FULL, leave no partial file, and the app carries on', async () => {
    const core = newCore();
    const dispatch = createDispatcher({ ...core.handlers, ...createBridgeHostHandlers(new PathGrants()) }, silentLogger);
    await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'Vertrouwenspersoon' }, ctx);
    const c = await core.handlers['case:create']({ title: 'Filmpje gedeeld', category: 'violence-video' }, ctx);
    // Noise does not compress: three photos of about 1.4 MB, well over the 2 MB of the "stick".
    const noise = (seed: number) => sharp({ create: { width: 700, height: 700, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 120 + seed, sigma: 40 } } }).png().toBuffer();
    const files = await Promise.all([0, 1, 2].map(async (i) => ({ name: `foto-${i}.png`, bytes: new Uint8Array(await noise(i)) })));
    const stored = await core.handlers['evidence:import']({ caseId: c.id, meta: {}, files }, ctx);
    expect(stored.results.every((r) => r.status === 'stored')).toBe(true);

    const exported = await dispatch('dossier:export', { caseId: c.id, profile: 'police', lang: 'nl', outPath: join(mountPoint, 'dossier.zip') }, ctx);
    expect(exported).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect(readdirSync(mountPoint)).toEqual([]);
    // The original that was being copied when the disk filled up is closed, not left to the
    // garbage collector (Node's DEP0137 warning, seen in CI on 2026-12-01).
    await new Promise((r) => setImmediate(r));
    expect(openVaultFiles(core.session().vaultDir)).toEqual([]);

    const backup = await dispatch('backup:create', { outPath: join(mountPoint, 'kluis.bkbackup') }, ctx);
    expect(backup).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect(readdirSync(mountPoint)).toEqual([]);

    // Still unlocked and whole; the same export to a disk with room works.
    const again = await dispatch('dossier:export', { caseId: c.id, profile: 'police', lang: 'nl', outPath: join(tempDir(), 'dossier.zip') }, ctx);
    expect(again).toMatchObject({ ok: true });
    expect((await core.handlers['vault:check']({}, ctx)).ok).toBe(true);
    await core.close();
  });
});
