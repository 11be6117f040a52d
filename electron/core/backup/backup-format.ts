/**
 * Backup file layout (docs/architecture.md "Storage and keys"):
 *
 *   "BKBACKUP" | version (u16 BE) | header length (u32 BE) | header JSON | encrypted body
 *
 * The header is readable without a key: the backup id, when it was made, the vault id, the
 * vault header (KDF parameters and the wrapped master key — no secret), the salt and chunk
 * size, so the passphrase or recovery key can unlock it. Nothing personal is in it: who made
 * the backup is in the encrypted body (format 2; format 1 had the owner's name in the header).
 * The body is the chunked AES-256-GCM construction of blobs/blob-format.ts under a key of its
 * own (HKDF of the master key, the per-backup salt and the backup id); in format 2 every
 * chunk's additional data holds the SHA-256 of the whole preamble, so no header field can be
 * changed unnoticed. Its plaintext is a sequence of records:
 *   'M' | length (u32) | JSON {createdBy, files, dbSchemaVersion}   format 2: first record
 *   'F' | name length (u16) | name (UTF-8) | size (u64) | bytes      one file of the vault
 *   'E' | file count (u32)                                           end of the backup
 * Invariants: every chunk is authenticated and ordered, the last chunk is flagged, and the
 * end record must match the number of files read, so truncation or reordering is detected.
 */
import { createHash, hkdfSync } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { ParsedHeader } from '../blobs/blob-format';

export const BACKUP_MAGIC = Buffer.from('BKBACKUP', 'ascii');
export const BACKUP_VERSION = 2;
export const BACKUP_CHUNK = 1024 * 1024;

const common = {
  format: z.literal('bewijskluis-backup'),
  version: z.number().int(),
  backupId: z.string().uuid(),
  createdAt: z.string(),
  vaultId: z.string().uuid(),
  /** The vault's vault.json at backup time, verbatim. */
  vaultHeader: z.string(),
  salt: z.string(),
  chunkSize: z.number().int().min(1024).max(64 * 1024 * 1024),
};

export const backupHeaderSchema = z.object(common);
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

/** Format 1 (read only): the owner's name, the counts and a random nonce prefix were in the header. */
export const backupHeaderV1Schema = z.object({ ...common, createdBy: z.string(), noncePrefix: z.string(), files: z.number().int().min(0), dbSchemaVersion: z.number().int() });

/** What format 2 keeps inside the encryption. */
export const backupMetaSchema = z.object({ createdBy: z.string(), files: z.number().int().min(0), dbSchemaVersion: z.number().int() });
export type BackupMeta = z.infer<typeof backupMetaSchema>;

export function backupKey(master: Buffer, salt: Buffer, version: number, backupId: string): Buffer {
  const info = version >= 2 ? `bewijskluis/backup/v2|${backupId}` : 'bewijskluis/backup/v1';
  return Buffer.from(hkdfSync('sha256', master, salt, info, 32));
}

export function encodePreamble(header: BackupHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const pre = Buffer.alloc(BACKUP_MAGIC.length + 2 + 4);
  BACKUP_MAGIC.copy(pre, 0);
  pre.writeUInt16BE(header.version, BACKUP_MAGIC.length);
  pre.writeUInt32BE(json.length, BACKUP_MAGIC.length + 2);
  return Buffer.concat([pre, json]);
}

/**
 * The chunk construction of the body, as a blob-format header: format 2 binds the preamble's
 * SHA-256 into every chunk (its "raw" header) with a counter nonce under the backup's own key;
 * format 1 used a random nonce prefix and bound nothing of the header.
 */
export function bodyCipher(version: number, preamble: Buffer, chunkSize: number, noncePrefix?: Buffer): ParsedHeader {
  if (version >= 2) return { version: 2, chunkSize, salt: Buffer.alloc(16), raw: createHash('sha256').update(preamble).digest(), length: 0 };
  return { version: 1, chunkSize, salt: noncePrefix ?? Buffer.alloc(8), raw: Buffer.alloc(0), length: 0 };
}

export function metaRecord(meta: BackupMeta): Buffer {
  const json = Buffer.from(JSON.stringify(meta), 'utf8');
  const b = Buffer.alloc(5);
  b.write('M', 0, 'ascii');
  b.writeUInt32BE(json.length, 1);
  return Buffer.concat([b, json]);
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
