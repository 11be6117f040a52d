/**
 * On-disk format of one encrypted blob, a chunked AES-256-GCM construction in the style of
 * STREAM (Hoang, Reyhanitabar, Rogaway, Vizár 2015): the file can be decrypted and
 * authenticated chunk by chunk with bounded memory, and reordering, truncation or extension
 * of chunks fails authentication.
 *
 * Format 2 (written since the structure wave, docs/decisions/0009-blob-keys.md):
 *   "BKB2" | chunkSize (u32 BE) | salt (16 bytes) | chunk_0 | ... | chunk_n-1
 *   key     = HKDF-SHA256(blob key, salt, "bewijskluis/blob/v2" | blob id): one key per blob,
 *             so no random nonce is ever shared under one key (NIST SP 800-38D §8.3 limits
 *             random 96-bit nonces under one key to 2^32 messages; with per-blob keys the
 *             budget does not depend on how many blobs a vault holds)
 *   nonce_i = 8 zero bytes | i (u32 BE)  (unique per key: the key is fresh for every blob)
 *   AAD_i   = the whole 24-byte header | blob id (ASCII hex) | i (u32 BE) | last flag (1 byte),
 *             so every header field (chunk size included) is authenticated by every chunk.
 * Format 1 ("BKB1" | chunkSize | noncePrefix (8) | chunks; one key for every blob, the nonce
 * prefix random, the chunk size unauthenticated) is still read, never written.
 *
 * Invariants: every chunk but the last holds exactly chunkSize plaintext bytes; the last
 * holds 0..chunkSize; an empty blob is one empty last chunk.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

export const MAGIC_V1 = Buffer.from('BKB1', 'ascii');
export const MAGIC_V2 = Buffer.from('BKB2', 'ascii');
export const HEADER_LEN = 4 + 4 + 16;
export const HEADER_LEN_V1 = 4 + 4 + 8;
export const TAG_LEN = 16;
export const DEFAULT_CHUNK = 1024 * 1024;
const MIN_CHUNK = 1024;
const MAX_CHUNK = 64 * 1024 * 1024;

export interface ParsedHeader {
  version: 1 | 2;
  chunkSize: number;
  /** v2: the per-blob salt; v1: the nonce prefix. */
  salt: Buffer;
  /** The header bytes as stored (v2 authenticates them in every chunk). */
  raw: Buffer;
  length: number;
}

/** A fresh header for a new blob (format 2). */
export function newHeader(chunkSize: number): ParsedHeader {
  const raw = Buffer.alloc(HEADER_LEN);
  MAGIC_V2.copy(raw, 0);
  raw.writeUInt32BE(chunkSize, 4);
  const salt = randomBytes(16);
  salt.copy(raw, 8);
  return { version: 2, chunkSize, salt, raw, length: HEADER_LEN };
}

/** Reads a header of either format from the first bytes of a file, or null when it is none. */
export function parseHeader(buf: Buffer): ParsedHeader | null {
  if (buf.length < HEADER_LEN_V1) return null;
  const chunkSize = buf.readUInt32BE(4);
  if (chunkSize < MIN_CHUNK || chunkSize > MAX_CHUNK) return null;
  if (buf.subarray(0, 4).equals(MAGIC_V2)) {
    if (buf.length < HEADER_LEN) return null;
    return { version: 2, chunkSize, salt: Buffer.from(buf.subarray(8, 24)), raw: Buffer.from(buf.subarray(0, HEADER_LEN)), length: HEADER_LEN };
  }
  if (buf.subarray(0, 4).equals(MAGIC_V1)) {
    return { version: 1, chunkSize, salt: Buffer.from(buf.subarray(8, 16)), raw: Buffer.from(buf.subarray(0, HEADER_LEN_V1)), length: HEADER_LEN_V1 };
  }
  return null;
}

/** The key one blob's chunks are sealed with: its own (v2), or the vault-wide blob key (v1). */
export function chunkKey(blobKey: Buffer, header: ParsedHeader, id: string): Buffer {
  if (header.version === 1) return blobKey;
  return Buffer.from(hkdfSync('sha256', blobKey, header.salt, Buffer.concat([Buffer.from('bewijskluis/blob/v2|', 'utf8'), Buffer.from(id, 'ascii')]), 32));
}

function nonce(header: ParsedHeader, index: number): Buffer {
  const n = Buffer.alloc(12);
  if (header.version === 1) header.salt.copy(n, 0);
  n.writeUInt32BE(index, 8);
  return n;
}

function aad(header: ParsedHeader, id: string, index: number, last: boolean): Buffer {
  const tail = Buffer.alloc(id.length + 5);
  tail.write(id, 0, 'ascii');
  tail.writeUInt32BE(index, id.length);
  tail[id.length + 4] = last ? 1 : 0;
  return header.version === 2 ? Buffer.concat([header.raw, tail]) : tail;
}

/**
 * A sealed chunk as the pieces the cipher gives (ciphertext, then the tag), for a writer that
 * writes them with one vectored write instead of copying a screenshot's bytes into one buffer.
 */
export function sealChunk(key: Buffer, header: ParsedHeader, id: string, index: number, last: boolean, plain: Uint8Array): Buffer[] {
  const c = createCipheriv('aes-256-gcm', key, nonce(header, index));
  c.setAAD(aad(header, id, index, last));
  const body = c.update(plain);
  const rest = c.final(); // empty for GCM, kept so nothing the cipher gives is dropped
  return rest.length ? [body, rest, c.getAuthTag()] : [body, c.getAuthTag()];
}

export function encryptChunk(key: Buffer, header: ParsedHeader, id: string, index: number, last: boolean, plain: Uint8Array): Buffer {
  return Buffer.concat(sealChunk(key, header, id, index, last, plain));
}

/** Throws on a bad tag; the caller turns that into an INTEGRITY error naming the blob. */
export function decryptChunk(key: Buffer, header: ParsedHeader, id: string, index: number, last: boolean, sealed: Buffer): Buffer {
  if (sealed.length < TAG_LEN) throw new Error('chunk too short');
  const d = createDecipheriv('aes-256-gcm', key, nonce(header, index));
  d.setAAD(aad(header, id, index, last));
  d.setAuthTag(sealed.subarray(sealed.length - TAG_LEN));
  return Buffer.concat([d.update(sealed.subarray(0, sealed.length - TAG_LEN)), d.final()]);
}

/** Number of chunks for a body of `bodyLen` bytes (ciphertext incl. tags), or null if impossible. */
export function chunkCount(bodyLen: number, chunkSize: number): number | null {
  if (bodyLen < TAG_LEN) return null;
  const sealedChunk = chunkSize + TAG_LEN;
  const n = Math.ceil(bodyLen / sealedChunk);
  const lastLen = bodyLen - (n - 1) * sealedChunk;
  return lastLen >= TAG_LEN ? n : null;
}
