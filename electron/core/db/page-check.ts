/**
 * Which pages of an encrypted database file fail their authentication, read straight from
 * the file: SQLite only says "database disk image is malformed" (SQLITE_CORRUPT), and even
 * `PRAGMA integrity_check` stops at the first bad page, so a damaged vault could not say
 * where. SQLCipher 4 page layout with a raw key (https://www.zetetic.net/sqlcipher/design/):
 * each page ends in a 16-byte IV and a 64-byte HMAC-SHA512 over the page's ciphertext and IV
 * plus the page number (u32 little-endian); the HMAC key is PBKDF2-HMAC-SHA512 of the raw key
 * with the file's 16-byte salt XOR 0x3a, 2 iterations; page 1 starts after the salt.
 * Invariant: reads only, never writes; the main file only (the WAL has its own frames).
 */
import { createHmac, pbkdf2Sync } from 'node:crypto';
import { promises as fs } from 'node:fs';

export const PAGE_SIZE = 4096;
const HMAC_LEN = 64;

export async function damagedPages(file: string, key: Buffer, pageSize = PAGE_SIZE): Promise<number[]> {
  const fh = await fs.open(file, 'r');
  try {
    const { size } = await fh.stat();
    const pages = Math.floor(size / pageSize);
    if (pages === 0) return size > 0 ? [1] : [];
    const first = Buffer.alloc(pageSize);
    await fh.read(first, 0, pageSize, 0);
    const hmacKey = pbkdf2Sync(key, Buffer.from(first.subarray(0, 16).map((b) => b ^ 0x3a)), 2, 32, 'sha512');
    const bad: number[] = [];
    const page = Buffer.alloc(pageSize);
    const no = Buffer.alloc(4);
    for (let p = 1; p <= pages; p++) {
      await fh.read(page, 0, pageSize, (p - 1) * pageSize);
      no.writeUInt32LE(p);
      const mac = createHmac('sha512', hmacKey).update(page.subarray(p === 1 ? 16 : 0, pageSize - HMAC_LEN)).update(no).digest();
      if (!mac.equals(page.subarray(pageSize - HMAC_LEN))) bad.push(p);
    }
    if (size % pageSize !== 0) bad.push(pages + 1);
    hmacKey.fill(0);
    return bad;
  } finally {
    await fh.close();
  }
}
