/**
 * The encrypted formats' headers (issue 12 item 1): every blob has its own key, every header
 * field (chunk size included) is authenticated, format-1 blobs still read; a backup's clear
 * preamble holds nothing personal and none of its fields can be changed unnoticed.
 */
import { createCipheriv, createHmac, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../electron/core/backup/create-backup';
import { verifyBackup } from '../../electron/core/backup/restore-backup';
import { BlobStore } from '../../electron/core/blobs/blob-store';
import { HEADER_LEN, parseHeader } from '../../electron/core/blobs/blob-format';
import { PASS, newCore, tempDir } from '../helpers/temp';

const keys = () => ({ enc: randomBytes(32), id: randomBytes(32) });

describe('blob format 2', () => {
  it('gives each blob its own salt (so its own key), and refuses a header whose chunk size was changed', async () => {
    const store = new BlobStore(tempDir(), keys(), 1024);
    const a = await store.put(Buffer.alloc(5000, 1));
    const b = await store.put(Buffer.alloc(5000, 2));
    const ha = parseHeader(await fs.readFile(store.pathFor(a.id)))!;
    const hb = parseHeader(await fs.readFile(store.pathFor(b.id)))!;
    expect(ha.version).toBe(2);
    expect(ha.salt.equals(hb.salt)).toBe(false);
    expect((await store.get(a.id)).equals(Buffer.alloc(5000, 1))).toBe(true);

    // A reader trusting an unauthenticated chunk size could be steered; here it cannot.
    const file = await fs.readFile(store.pathFor(a.id));
    const forged = Buffer.from(file);
    forged.writeUInt32BE(2048, 4);
    await fs.writeFile(store.pathFor(a.id), forged);
    await expect(store.get(a.id)).rejects.toMatchObject({ code: 'INTEGRITY' });
    const salted = Buffer.from(file);
    salted[10] = salted[10]! ^ 1;
    await fs.writeFile(store.pathFor(a.id), salted);
    await expect(store.get(a.id)).rejects.toMatchObject({ code: 'INTEGRITY' });
  });

  it('still reads a format-1 blob (one vault-wide key, random nonce prefix)', async () => {
    const k = keys();
    const store = new BlobStore(tempDir(), k, 1024);
    const plain = Buffer.from('een oude schermafbeelding '.repeat(100));
    const id = createHmac('sha256', k.id).update(plain).digest('hex');
    const prefix = randomBytes(8);
    const chunks: Buffer[] = [];
    const n = Math.ceil(plain.length / 1024);
    for (let i = 0; i < n; i++) {
      const nonce = Buffer.alloc(12);
      prefix.copy(nonce, 0);
      nonce.writeUInt32BE(i, 8);
      const aad = Buffer.alloc(id.length + 5);
      aad.write(id, 0, 'ascii');
      aad.writeUInt32BE(i, id.length);
      aad[id.length + 4] = i === n - 1 ? 1 : 0;
      const c = createCipheriv('aes-256-gcm', k.enc, nonce);
      c.setAAD(aad);
      chunks.push(Buffer.concat([c.update(plain.subarray(i * 1024, (i + 1) * 1024)), c.final(), c.getAuthTag()]));
    }
    const head = Buffer.alloc(16);
    head.write('BKB1', 0, 'ascii');
    head.writeUInt32BE(1024, 4);
    prefix.copy(head, 8);
    await fs.mkdir(join(store.root, id.slice(0, 2)), { recursive: true });
    await fs.writeFile(store.pathFor(id), Buffer.concat([head, ...chunks]));
    expect((await store.get(id)).equals(plain)).toBe(true);
    expect(HEADER_LEN).toBe(24);
  });
});

describe('backup preamble', () => {
  it('holds no name in the clear, and a changed preamble field makes the backup refused', async () => {
    const core = newCore({ idleCheckMs: 0 });
    await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'Mevrouw Şükrü Yılmaz' }, { transport: 'test' });
    const out = join(tempDir(), 'kluis.bkbackup');
    await createBackup(core.session(), out);
    const bytes = await fs.readFile(out);
    expect(bytes.includes(Buffer.from('Yılmaz', 'utf8'))).toBe(false);
    expect(await verifyBackup(out, { passphrase: PASS })).toMatchObject({ ok: true, createdBy: 'Mevrouw Şükrü Yılmaz' });
    // Change the clear createdAt (same length): every chunk's additional data covers the preamble.
    const text = bytes.toString('latin1');
    const at = /"createdAt":"(\d{4})/.exec(text)!;
    const forged = Buffer.from(text.replace(at[0], `"createdAt":"${Number(at[1]) - 1}`), 'latin1');
    await fs.writeFile(out, forged);
    await expect(verifyBackup(out, { passphrase: PASS })).rejects.toMatchObject({ code: 'INTEGRITY', details: { reason: 'backup-damaged' } });
  });
});

describe('blob store folders', () => {
  it('writes a blob again when its shard folder was removed after the store made it', async () => {
    const store = new BlobStore(tempDir(), keys(), 1024);
    const plain = Buffer.from('een schermafbeelding die terugkomt '.repeat(50));
    const first = await store.put(plain);
    await fs.rm(store.root, { recursive: true, force: true });
    const again = await store.put(plain);
    expect(again).toMatchObject({ id: first.id, existed: false });
    expect((await store.get(first.id)).equals(plain)).toBe(true);
  });
});
