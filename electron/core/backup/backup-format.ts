/**
 * Backup file layout (issue: the school's protocol, "Encrypted backup and restore"):
 *
 *   "BKBACKUP" | version (u16 BE) | header length (u32 BE) | header JSON | encrypted body
 *
 * The header is readable without a key: it holds the vault header (KDF parameters and the
 * wrapped master key — no secret) so the passphrase or recovery key can unlock the backup.
 * The body is the chunked AES-256-GCM stream of blobs/blob-format.ts under a key derived
 * from the master key and a per-backup salt; its plaintext is a sequence of records:
 *   'F' | name length (u16) | name (UTF-8) | size (u64) | bytes      one file of the vault
 *   'E' | file count (u32)                                           end of the backup
 * Invariants: every chunk is authenticated and ordered, the last chunk is flagged, and the
 * end record must match the number of files read, so truncation or reordering is detected.
 */
import { hkdfSync } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';

export const BACKUP_MAGIC = Buffer.from('BKBACKUP', 'ascii');
export const BACKUP_VERSION = 1;
export const BACKUP_CHUNK = 1024 * 1024;

export const backupHeaderSchema = z.object({
  format: z.literal('bewijskluis-backup'),
  version: z.number().int(),
  backupId: z.string().uuid(),
  createdAt: z.string(),
  createdBy: z.string(),
  vaultId: z.string().uuid(),
  /** The vault's vault.json at backup time, verbatim. */
  vaultHeader: z.string(),
  salt: z.string(),
  noncePrefix: z.string(),
  chunkSize: z.number().int().min(1024).max(64 * 1024 * 1024),
  files: z.number().int().min(0),
  dbSchemaVersion: z.number().int(),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export function backupKey(master: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', master, salt, 'bewijskluis/backup/v1', 32));
}

export function encodePreamble(header: BackupHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const pre = Buffer.alloc(BACKUP_MAGIC.length + 2 + 4);
  BACKUP_MAGIC.copy(pre, 0);
  pre.writeUInt16BE(BACKUP_VERSION, BACKUP_MAGIC.length);
  pre.writeUInt32BE(json.length, BACKUP_MAGIC.length + 2);
  return Buffer.concat([pre, json]);
}

export function fileRecordHead(name: string, size: number): Buffer {
  const n = Buffer.from(name, 'utf8');
  const b = Buffer.alloc(1 + 2 + n.length + 8);
  b.write('F', 0, 'ascii');
  b.writeUInt16BE(n.length, 1);
  n.copy(b, 3);
  b.writeBigUInt64BE(BigInt(size), 3 + n.length);
  return b;
}

export function endRecord(count: number): Buffer {
  const b = Buffer.alloc(5);
  b.write('E', 0, 'ascii');
  b.writeUInt32BE(count, 1);
  return b;
}

export function damaged(what: string): AppError {
  return new AppError('INTEGRITY', `The backup file is damaged or was altered (${what}).`, { reason: 'backup-damaged', what });
}
