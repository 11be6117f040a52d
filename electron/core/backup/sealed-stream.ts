/**
 * Streaming encryption for the backup body, with the blob store's chunk construction
 * (blobs/blob-format.ts; the cipher description comes from backup-format.ts bodyCipher).
 * SealingWriter buffers at most one chunk of plaintext; openChunks authenticates each chunk
 * before yielding it, and only the chunk that really is last may carry the last flag.
 */
import type { FileHandle } from 'node:fs/promises';
import { TAG_LEN, decryptChunk, encryptChunk, type ParsedHeader } from '../blobs/blob-format';
import { damaged } from './backup-format';

export class SealingWriter {
  private buf: Buffer[] = [];
  private len = 0;
  private index = 0;
  written = 0;

  constructor(
    private readonly out: FileHandle,
    private readonly key: Buffer,
    private readonly cipher: ParsedHeader,
    private readonly id: string,
  ) {}

  async write(data: Buffer): Promise<void> {
    let offset = 0;
    const chunkSize = this.cipher.chunkSize;
    while (offset < data.length) {
      const take = Math.min(chunkSize - this.len, data.length - offset);
      this.buf.push(data.subarray(offset, offset + take));
      this.len += take;
      offset += take;
      // Keep a full chunk until more data arrives: only close() knows which chunk is last.
      if (this.len === chunkSize && offset < data.length) await this.flush(false);
    }
  }

  private async flush(last: boolean): Promise<void> {
    const sealed = encryptChunk(this.key, this.cipher, this.id, this.index++, last, Buffer.concat(this.buf, this.len));
    this.buf = [];
    this.len = 0;
    await this.out.write(sealed);
    this.written += sealed.length;
  }

  async close(): Promise<void> {
    await this.flush(true);
  }
}

/** Yields authenticated plaintext chunks of a sealed body starting at `offset` in the file. */
export async function* openChunks(fh: FileHandle, offset: number, fileSize: number, key: Buffer, cipher: ParsedHeader, id: string): AsyncGenerator<Buffer> {
  const sealedLen = cipher.chunkSize + TAG_LEN;
  const body = fileSize - offset;
  if (body < TAG_LEN) throw damaged('no data');
  const n = Math.ceil(body / sealedLen);
  let pos = offset;
  for (let i = 0; i < n; i++) {
    const len = Math.min(sealedLen, fileSize - pos);
    if (len < TAG_LEN) throw damaged('truncated');
    const sealed = Buffer.alloc(len);
    await fh.read(sealed, 0, len, pos);
    pos += len;
    try {
      yield decryptChunk(key, cipher, id, i, i === n - 1, sealed);
    } catch {
      throw damaged(`chunk ${i}`);
    }
  }
}
