/**
 * Reads a backup: the preamble without a key, then the authenticated body record by record.
 * Invariants: nothing is trusted before its chunk is authenticated; file names must be the
 * vault's own (vault.json, vault.db, blobs/xx/<id>) so a crafted backup cannot write outside
 * the target; the end record must match the number of files and close the stream.
 */
import { promises as fs } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { toAppError } from '../files/os-errors';
import { parseHeaderText, type VaultHeader } from '../vault/header';
import { masterFromPassphrase, masterFromRecoveryKey } from '../vault/vault';
import { BACKUP_MAGIC, BACKUP_VERSION, backupHeaderSchema, backupHeaderV1Schema, backupKey, backupMetaSchema, bodyCipher, damaged, type BackupHeader, type BackupMeta } from './backup-format';
import { openChunks } from './sealed-stream';

export type BackupSecret = { passphrase: string } | { recoveryKey: string };

const NAME_RE = /^(vault\.json|vault\.db|blobs\/[0-9a-f]{2}\/[0-9a-f]{64})$/;

export interface Preamble {
  header: BackupHeader;
  vaultHeader: VaultHeader;
  bodyOffset: number;
  /** The preamble's bytes (format 2 binds their hash into every chunk). */
  bytes: Buffer;
  /** Format 1 only: what format 2 keeps inside the encryption, and its random nonce prefix. */
  v1?: { meta: BackupMeta; noncePrefix: Buffer };
}

export async function readPreamble(fh: fs.FileHandle): Promise<Preamble> {
  const pre = Buffer.alloc(BACKUP_MAGIC.length + 6);
  const { bytesRead } = await fh.read(pre, 0, pre.length, 0);
  if (bytesRead < pre.length || !pre.subarray(0, BACKUP_MAGIC.length).equals(BACKUP_MAGIC)) {
    throw new AppError('UNSUPPORTED_FILE', 'This file is not a Bewijskluis backup.', { reason: 'not-a-backup' });
  }
  const version = pre.readUInt16BE(BACKUP_MAGIC.length);
  if (version > BACKUP_VERSION) throw new AppError('VAULT_FROM_FUTURE', 'This backup was made by a newer version of Bewijskluis.', { version });
  const len = pre.readUInt32BE(BACKUP_MAGIC.length + 2);
  if (len > 1024 * 1024) throw damaged('header');
  const json = Buffer.alloc(len);
  if ((await fh.read(json, 0, len, pre.length)).bytesRead !== len) throw damaged('header');
  let raw: unknown;
  try {
    raw = JSON.parse(json.toString('utf8'));
  } catch {
    throw damaged('header');
  }
  const bytes = Buffer.concat([pre, json]);
  if (version === 1) {
    const v1 = backupHeaderV1Schema.safeParse(raw);
    if (!v1.success) throw damaged('header');
    const { createdBy, files, dbSchemaVersion, noncePrefix, ...header } = v1.data;
    return { header, vaultHeader: parseHeaderText(header.vaultHeader), bodyOffset: bytes.length, bytes, v1: { meta: { createdBy, files, dbSchemaVersion }, noncePrefix: Buffer.from(noncePrefix, 'base64') } };
  }
  const parsed = backupHeaderSchema.safeParse(raw);
  if (!parsed.success || parsed.data.version !== version) throw damaged('header');
  return { header: parsed.data, vaultHeader: parseHeaderText(parsed.data.vaultHeader), bodyOffset: bytes.length, bytes };
}

/** Pulls exact byte counts out of a stream of chunks. */
class ChunkReader {
  private buf: Buffer<ArrayBufferLike> = Buffer.alloc(0);
  constructor(private readonly src: AsyncGenerator<Buffer>) {}

  private async fill(n: number): Promise<boolean> {
    while (this.buf.length < n) {
      const next = await this.src.next();
      if (next.done) return false;
      this.buf = this.buf.length ? Buffer.concat([this.buf, next.value]) : next.value;
    }
    return true;
  }

  async read(n: number): Promise<Buffer> {
    if (!(await this.fill(n))) throw damaged('truncated');
    const out = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    return out;
  }

  /** Passes `n` bytes to `sink` piece by piece (bounded memory). */
  async pipe(n: number, sink: (piece: Buffer) => Promise<void>): Promise<void> {
    let left = n;
    while (left > 0) {
      if (this.buf.length === 0 && !(await this.fill(1))) throw damaged('truncated');
      const take = Math.min(left, this.buf.length);
      await sink(this.buf.subarray(0, take));
      this.buf = this.buf.subarray(take);
      left -= take;
    }
  }

  async atEnd(): Promise<boolean> {
    return !(await this.fill(1));
  }
}

export interface FileSink {
  begin(name: string, size: number): Promise<void>;
  data(piece: Buffer): Promise<void>;
  end(name: string): Promise<void>;
}

/** Authenticates and walks the whole backup; returns the master key for the caller to use and wipe. */
export async function readBackup(path: string, secret: BackupSecret, sink: FileSink | null): Promise<{ header: BackupHeader; meta: BackupMeta; master: Buffer; files: number }> {
  const fh = await fs.open(path, 'r').catch((err: unknown) => {
    throw toAppError(err, () => new AppError('IO', 'The backup file could not be opened.', { reason: 'io' }));
  });
  try {
    const { header, vaultHeader, bodyOffset, bytes, v1 } = await readPreamble(fh);
    const master = 'passphrase' in secret ? await masterFromPassphrase(vaultHeader, secret.passphrase) : masterFromRecoveryKey(vaultHeader, secret.recoveryKey);
    const key = backupKey(master, Buffer.from(header.salt, 'base64'), header.version, header.backupId);
    const { size } = await fh.stat();
    const r = new ChunkReader(openChunks(fh, bodyOffset, size, key, bodyCipher(header.version, bytes, header.chunkSize, v1?.noncePrefix), header.backupId));
    let meta = v1?.meta ?? null;
    if (!meta) {
      if ((await r.read(1)).toString('ascii') !== 'M') throw damaged('record');
      const len = (await r.read(4)).readUInt32BE(0);
      if (len > 64 * 1024) throw damaged('record');
      const parsed = backupMetaSchema.safeParse(JSON.parse((await r.read(len)).toString('utf8')));
      if (!parsed.success) throw damaged('record');
      meta = parsed.data;
    }
    let files = 0;
    for (;;) {
      const tag = (await r.read(1)).toString('ascii');
      if (tag === 'E') {
        const count = (await r.read(4)).readUInt32BE(0);
        if (count !== files || count !== meta.files) throw damaged('file count');
        if (!(await r.atEnd())) throw damaged('trailing data');
        break;
      }
      if (tag !== 'F') throw damaged('record');
      const nameLen = (await r.read(2)).readUInt16BE(0);
      const name = (await r.read(nameLen)).toString('utf8');
      if (!NAME_RE.test(name)) throw damaged('file name');
      const fileSize = Number((await r.read(8)).readBigUInt64BE(0));
      await sink?.begin(name, fileSize);
      await r.pipe(fileSize, async (p) => {
        await sink?.data(p);
      });
      await sink?.end(name);
      files++;
    }
    key.fill(0);
    return { header, meta, master, files };
  } finally {
    await fh.close();
  }
}
