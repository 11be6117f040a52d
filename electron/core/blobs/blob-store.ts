/**
 * Encrypted, content-addressed blob store under <vault>/blobs/.
 * Invariants: a blob's id is HMAC-SHA256(blob-id key, plaintext), so equal content is stored
 * once and ids reveal nothing without the key; files are written atomically and only
 * ciphertext ever touches disk; every read authenticates every chunk and re-checks the id,
 * and any failure is an INTEGRITY error naming the blob.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { writeFileAtomic, TEMP_SUFFIX } from '../files/fs-atomic';
import { DEFAULT_CHUNK, HEADER_LEN, TAG_LEN, chunkCount, chunkKey, decryptChunk, newHeader, parseHeader, sealChunk } from './blob-format';

export const BLOBS_DIR = 'blobs';
const ID_RE = /^[0-9a-f]{64}$/;

export interface BlobKeys {
  enc: Buffer;
  id: Buffer;
}

export class BlobStore {
  readonly root: string;
  /** Shard folders this store made or found: one mkdir per folder, not one per blob (docs/architecture.md "Import speed"). */
  private readonly shards = new Set<string>();

  constructor(
    vaultDir: string,
    private readonly keys: BlobKeys,
    private readonly chunkSize = DEFAULT_CHUNK,
  ) {
    this.root = join(vaultDir, BLOBS_DIR);
  }

  idFor(plain: Uint8Array): string {
    return createHmac('sha256', this.keys.id).update(plain).digest('hex');
  }

  pathFor(id: string): string {
    if (!ID_RE.test(id)) throw new AppError('VALIDATION', 'Not a blob id.');
    return join(this.root, id.slice(0, 2), id);
  }

  /** Encrypts and writes the bytes; returns the id. Existing content is not rewritten. */
  async put(plain: Uint8Array, id = this.idFor(plain)): Promise<{ id: string; size: number; existed: boolean }> {
    const file = this.pathFor(id);
    try {
      await fs.access(file);
      return { id, size: plain.length, existed: true };
    } catch {
      // not stored yet
    }
    const shard = join(this.root, id.slice(0, 2));
    if (!this.shards.has(shard)) {
      await fs.mkdir(shard, { recursive: true, mode: 0o700 });
      this.shards.add(shard);
    }
    // Chunks are encrypted as they are written: memory holds the plaintext and one chunk.
    try {
      await writeFileAtomic(file, this.sealedChunks(id, plain));
    } catch (err) {
      // A shard folder removed behind our back (a restore, a user): made again, written once more.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      this.shards.delete(shard);
      await fs.mkdir(shard, { recursive: true, mode: 0o700 });
      this.shards.add(shard);
      await writeFileAtomic(file, this.sealedChunks(id, plain));
    }
    return { id, size: plain.length, existed: false };
  }

  private *sealedChunks(id: string, plain: Uint8Array): Generator<Buffer[]> {
    const header = newHeader(this.chunkSize);
    // This blob's own key (blob-format.ts), wiped once the last chunk is sealed.
    const key = chunkKey(this.keys.enc, header, id);
    try {
      const n = Math.max(1, Math.ceil(plain.length / this.chunkSize));
      for (let i = 0; i < n; i++) {
        const chunk = plain.subarray(i * this.chunkSize, Math.min(plain.length, (i + 1) * this.chunkSize));
        const sealed = sealChunk(key, header, id, i, i === n - 1, chunk);
        // The header rides with the first chunk: one (vectored) write for a typical screenshot.
        yield i === 0 ? [header.raw, ...sealed] : sealed;
      }
    } finally {
      key.fill(0);
    }
  }

  async has(id: string): Promise<boolean> {
    try {
      await fs.access(this.pathFor(id));
      return true;
    } catch {
      return false;
    }
  }

  /** Decrypts the whole blob into memory, authenticated. */
  async get(id: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const c of this.read(id)) chunks.push(c);
    return Buffer.concat(chunks);
  }

  /** Streams the plaintext chunk by chunk; each chunk is authenticated before it is yielded. */
  async *read(id: string): AsyncGenerator<Buffer> {
    const file = this.pathFor(id);
    const fail = (reason: string): AppError => new AppError('INTEGRITY', `Blob ${id} failed verification: ${reason}.`, { blob: id, reason });
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(file, 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw fail('missing');
      throw err;
    }
    try {
      const { size } = await handle.stat();
      const headerBuf = Buffer.alloc(HEADER_LEN);
      await handle.read(headerBuf, 0, HEADER_LEN, 0);
      const header = parseHeader(headerBuf);
      if (!header) throw fail('bad header');
      const n = chunkCount(size - header.length, header.chunkSize);
      if (n === null) throw fail('bad length');
      const mac = createHmac('sha256', this.keys.id);
      const key = chunkKey(this.keys.enc, header, id);
      const sealedLen = header.chunkSize + TAG_LEN;
      let offset = header.length;
      try {
        for (let i = 0; i < n; i++) {
          const len = Math.min(sealedLen, size - offset);
          const sealed = Buffer.alloc(len);
          await handle.read(sealed, 0, len, offset);
          offset += len;
          let plain: Buffer;
          try {
            plain = decryptChunk(key, header, id, i, i === n - 1, sealed);
          } catch {
            throw fail(`chunk ${i} tag`);
          }
          mac.update(plain);
          if (i === n - 1) {
            const digest = mac.digest();
            if (!timingSafeEqual(digest, Buffer.from(id, 'hex'))) throw fail('content id');
          }
          yield plain;
        }
      } finally {
        // A per-blob key (format 2) leaves memory with the read; format 1 uses the vault's own.
        if (key !== this.keys.enc) key.fill(0);
      }
    } finally {
      await handle.close();
    }
  }

  async remove(id: string): Promise<void> {
    await fs.rm(this.pathFor(id), { force: true });
  }

  /** Lists ids of all blob files and the paths of leftover temp files. */
  async scan(): Promise<{ ids: string[]; temps: string[]; strays: string[] }> {
    const ids: string[] = [];
    const temps: string[] = [];
    const strays: string[] = [];
    let dirs: string[];
    try {
      dirs = await fs.readdir(this.root);
    } catch {
      return { ids, temps, strays };
    }
    for (const d of dirs) {
      const sub = join(this.root, d);
      const stat = await fs.stat(sub);
      if (!stat.isDirectory()) {
        strays.push(sub);
        continue;
      }
      for (const f of await fs.readdir(sub)) {
        if (f.endsWith(TEMP_SUFFIX)) temps.push(join(sub, f));
        else if (ID_RE.test(f) && f.startsWith(d)) ids.push(f);
        else strays.push(join(sub, f));
      }
    }
    return { ids, temps, strays };
  }
}
