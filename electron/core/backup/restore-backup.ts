/**
 * Verifies or restores a backup. Invariants: restore writes only into a new folder (or an
 * empty one) and never over an existing vault; it writes into a temporary sibling folder
 * and renames it into place only after every chunk authenticated and the end record matched;
 * after the rename the restored vault is opened and fully checked before success is reported.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CheckReport } from '../../../shared/vault-types';
import { AppError } from '../../../shared/errors';
import type { Clock } from '../clock';
import { fsyncDir } from '../files/fs-atomic';
import { checkVault } from '../vault/check';
import { wipe } from '../vault/kdf';
import { openWithMaster } from '../vault/vault';
import type { BackupHeader } from './backup-format';
import { readBackup, type BackupSecret } from './read-backup';

export interface BackupVerification {
  ok: true;
  backupId: string;
  createdAt: string;
  createdBy: string;
  files: number;
}

export async function verifyBackup(path: string, secret: BackupSecret): Promise<BackupVerification> {
  const { header, meta, master, files } = await readBackup(path, secret, null);
  wipe(master);
  return { ok: true, backupId: header.backupId, createdAt: header.createdAt, createdBy: meta.createdBy, files };
}

async function assertFreeTarget(dir: string): Promise<void> {
  let entries: string[];
  try {
    entries = await fs.readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  if (entries.length > 0) {
    throw new AppError('CONFLICT', 'The chosen folder is not empty. Restore into a new folder; an existing vault is never overwritten.', { reason: 'target-not-empty' });
  }
}

export async function restoreBackup(path: string, targetDir: string, secret: BackupSecret, clock: Clock): Promise<{ header: BackupHeader; vaultDir: string; check: CheckReport }> {
  await assertFreeTarget(targetDir);
  await fs.mkdir(dirname(targetDir), { recursive: true });
  const tmp = join(dirname(targetDir), `.${basename(targetDir)}.restoring-${randomBytes(6).toString('hex')}`);
  await fs.mkdir(tmp, { mode: 0o700 });
  let current: fs.FileHandle | null = null;
  try {
    const { header, master } = await readBackup(path, secret, {
      begin: async (name) => {
        await fs.mkdir(dirname(join(tmp, name)), { recursive: true });
        current = await fs.open(join(tmp, name), 'wx', 0o600);
      },
      data: async (piece) => {
        await current!.write(piece);
      },
      end: async () => {
        await current!.sync();
        await current!.close();
        current = null;
      },
    });
    await assertFreeTarget(targetDir);
    await fs.rm(targetDir, { recursive: true, force: true }); // only an empty folder can be here
    await fs.rename(tmp, targetDir);
    await fsyncDir(dirname(targetDir));
    const session = await openWithMaster(targetDir, master, { clock });
    try {
      const check = await checkVault(session);
      session.tx(() => session.audit.append({ actor: session.ownerName, kind: 'backup.restored', details: { backupId: header.backupId, backupCreatedAt: header.createdAt, ok: check.ok } }));
      return { header, vaultDir: targetDir, check };
    } finally {
      session.close();
    }
  } catch (err) {
    if (current) await (current as fs.FileHandle).close().catch(() => undefined);
    await fs.rm(tmp, { recursive: true, force: true });
    throw err;
  }
}
