/**
 * Makes an encrypted backup of an open vault (see backup-format.ts). Invariants: the database
 * copy is a consistent snapshot — the WAL is checkpointed into the main file, then a reader on
 * a second connection pins that state so no later checkpoint can change the file while it is
 * copied; the blob list comes from the same snapshot; the file is written beside the target
 * and renamed only when complete; memory stays bounded (one chunk at a time).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { BLOBS_DIR } from '../blobs/blob-store';
import { DB_FILE, schemaVersion } from '../db/open';
import { fsyncDir, tempPathFor } from '../files/fs-atomic';
import { HEADER_FILE } from '../vault/header';
import type { Session } from '../vault/session';
import { clearPending, recordPending } from '../vault/pending-files';
import { BACKUP_CHUNK, BACKUP_VERSION, backupKey, bodyCipher, encodePreamble, endRecord, fileRecordHead, metaRecord, type BackupHeader } from './backup-format';
import { SealingWriter } from './sealed-stream';

export interface BackupResult {
  path: string;
  backupId: string;
  createdAt: string;
  files: number;
  bytes: number;
}

function checkpoint(session: Session): void {
  for (let attempt = 0; attempt < 5; attempt++) {
    const [r] = session.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
    if (r && r.busy === 0 && r.log === r.checkpointed) return;
  }
  throw new AppError('CONFLICT', 'The vault is in use by another program; close it and try again.', { reason: 'busy' });
}

export async function createBackup(session: Session, outPath: string, opts: { overwrite?: boolean; signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {}): Promise<BackupResult> {
  if (!opts.overwrite && (await fs.stat(outPath).then(() => true, () => false))) {
    throw new AppError('CONFLICT', 'A file with this name already exists.', { reason: 'exists' });
  }
  checkpoint(session);
  const reader = session.openReader();
  reader.prepare('BEGIN').run();
  const tmp = tempPathFor(outPath);
  // Journalled before the first byte (vault/pending-files.ts): a killed backup's file goes at the next unlock.
  recordPending(session.db, 'backup', [tmp], session.clock.now());
  let fh: fs.FileHandle | null = null;
  try {
    // The first read pins the snapshot for this connection until COMMIT.
    const blobIds = (reader.prepare('SELECT id FROM blobs ORDER BY id').all() as { id: string }[]).map((r) => r.id);
    const files = [HEADER_FILE, DB_FILE, ...blobIds.map((id) => `${BLOBS_DIR}/${id.slice(0, 2)}/${id}`)];
    const salt = randomBytes(16);
    const header: BackupHeader = {
      format: 'bewijskluis-backup',
      version: BACKUP_VERSION,
      backupId: randomUUID(),
      createdAt: session.clock.now().toISOString(),
      vaultId: session.header.vaultId,
      vaultHeader: await fs.readFile(join(session.vaultDir, HEADER_FILE), 'utf8'),
      salt: salt.toString('base64'),
      chunkSize: BACKUP_CHUNK,
    };
    fh = await fs.open(tmp, 'wx', 0o600);
    const preamble = encodePreamble(header);
    await fh.write(preamble);
    const key = backupKey(session.masterKey(), salt, header.version, header.backupId);
    const w = new SealingWriter(fh, key, bodyCipher(header.version, preamble, BACKUP_CHUNK), header.backupId);
    // Who made it and what it holds travel inside the encryption (nothing personal in the clear).
    await w.write(metaRecord({ createdBy: session.ownerName, files: files.length, dbSchemaVersion: schemaVersion(reader) }));
    let done = 0;
    for (const name of files) {
      if (!session.isOpen()) throw new AppError('CANCELLED', 'Cancelled: the vault was locked.', { reason: 'vault-locked' });
      if (opts.signal?.aborted) throw new AppError('CANCELLED', 'The backup was cancelled.');
      const path = join(session.vaultDir, name);
      let size: number;
      try {
        size = (await fs.stat(path)).size;
      } catch {
        throw new AppError('CONFLICT', 'The vault changed during the backup; try again.', { reason: 'changed', file: name });
      }
      await w.write(fileRecordHead(name, size));
      let copied = 0;
      const pieces = size === 0 ? [] : (createReadStream(path, { highWaterMark: BACKUP_CHUNK, end: size - 1 }) as AsyncIterable<Buffer>);
      for await (const piece of pieces) {
        copied += piece.length;
        await w.write(piece);
      }
      if (copied !== size) throw new AppError('CONFLICT', 'The vault changed during the backup; try again.', { reason: 'changed', file: name });
      opts.onProgress?.(++done, files.length);
    }
    await w.write(endRecord(files.length));
    await w.close();
    key.fill(0);
    await fh.sync();
    await fh.close();
    fh = null;
    await fs.rename(tmp, outPath);
    await fsyncDir(dirname(outPath));
    clearPending(session.db, 'backup', [tmp]);
    return { path: outPath, backupId: header.backupId, createdAt: header.createdAt, files: files.length, bytes: (await fs.stat(outPath)).size };
  } catch (err) {
    if (fh) await fh.close().catch(() => undefined);
    await fs.rm(tmp, { force: true });
    if (!session.isClosed()) clearPending(session.db, 'backup', [tmp]);
    throw err;
  } finally {
    reader.prepare('COMMIT').run();
    reader.close();
  }
}
