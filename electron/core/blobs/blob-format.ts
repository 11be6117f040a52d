/**
 * On-disk format of one encrypted blob, a chunked AES-256-GCM construction in the style of
 * STREAM (Hoang, Reyhanitabar, Rogaway, Vizár 2015): the file can be decrypted and
 * authenticated chunk by chunk with bounded memory, and reordering, truncation or extension
 * of chunks fails authentication.
 *
 *   "BKB1" | chunkSize (u32 BE) | noncePrefix (8 bytes) | chunk_0 | ... | chunk_n-1
 *   chunk_i = ciphertext_i | tag_i (16 bytes), nonce_i = noncePrefix | i (u32 BE)
 *   AAD_i   = blob id (ASCII hex) | i (u32 BE) | last flag (1 byte)
 *
 * Invariants: every chunk but the last holds exactly chunkSize plaintext bytes; the last
 * holds 0..chunkSize; an empty blob is one empty last chunk.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export const MAGIC = Buffer.from('BKB1', 'ascii');
export const HEADER_LEN = 4 + 4 + 8;
export const TAG_LEN = 16;
export const DEFAULT_CHUNK = 1024 * 1024;

function nonce(prefix: Buffer, index: number): Buffer {
  const n = Buffer.alloc(12);
  prefix.copy(n, 0);
  n.writeUInt32BE(index, 8);
  return n;
}

function aad(id: string, index: number, last: boolean): Buffer {
  const b = Buffer.alloc(id.length + 5);
  b.write(id, 0, 'ascii');
  b.writeUInt32BE(index, id.length);
  b[id.length + 4] = last ? 1 : 0;
  return b;
}

export function encodeHeader(chunkSize: number, noncePrefix: Buffer): Buffer {
  const h = Buffer.alloc(HEADER_LEN);
  MAGIC.copy(h, 0);
  h.writeUInt32BE(chunkSize, 4);
  noncePrefix.copy(h, 8);
  return h;
}

export function newNoncePrefix(): Buffer {
  return randomBytes(8);
}

export function encryptChunk(key: Buffer, prefix: Buffer, id: string, index: number, last: boolean, plain: Uint8Array): Buffer {
  const c = createCipheriv('aes-256-gcm', key, nonce(prefix, index));
  c.setAAD(aad(id, index, last));
  return Buffer.concat([c.update(plain), c.final(), c.getAuthTag()]);
}

/** Throws on a bad tag; the caller turns that into an INTEGRITY error naming the blob. */
export function decryptChunk(key: Buffer, prefix: Buffer, id: string, index: number, last: boolean, sealed: Buffer): Buffer {
  if (sealed.length < TAG_LEN) throw new Error('chunk too short');
  const d = createDecipheriv('aes-256-gcm', key, nonce(prefix, index));
  d.setAAD(aad(id, index, last));
  d.setAuthTag(sealed.subarray(sealed.length - TAG_LEN));
  return Buffer.concat([d.update(sealed.subarray(0, sealed.length - TAG_LEN)), d.final()]);
}

export interface ParsedHeader {
  chunkSize: number;
  prefix: Buffer;
}

export function parseHeader(buf: Buffer): ParsedHeader | null {
  if (buf.length < HEADER_LEN || !buf.subarray(0, 4).equals(MAGIC)) return null;
  const chunkSize = buf.readUInt32BE(4);
  if (chunkSize < 1024 || chunkSize > 64 * 1024 * 1024) return null;
  return { chunkSize, prefix: Buffer.from(buf.subarray(8, 16)) };
}

/** Number of chunks for a body of `bodyLen` bytes (ciphertext incl. tags), or null if impossible. */
export function chunkCount(bodyLen: number, chunkSize: number): number | null {
  if (bodyLen < TAG_LEN) return null;
  const sealedChunk = chunkSize + TAG_LEN;
  const n = Math.ceil(bodyLen / sealedChunk);
  const lastLen = bodyLen - (n - 1) * sealedChunk;
  return lastLen >= TAG_LEN ? n : null;
}
