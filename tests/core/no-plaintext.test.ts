import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setSetting } from '../../electron/core/db/kv-store';
import { PASS, newCore, tempDir } from '../helpers/temp';
import { filesContaining, listFiles, watchTempFolders } from '../helpers/scan';
import { storeBlob } from '../helpers/blobs';

describe('nothing sensitive on disk in plaintext', () => {
  it('marker text in the database and a marker blob appear in no file of the vault or the temp folders', async () => {
    const temps = watchTempFolders();
    const appData = tempDir();
    const core = newCore({ appDataDir: appData });
    const marker = `MARKER-${randomBytes(8).toString('hex')}`;
    const ctx = { transport: 'test' } as const;
    await core.handlers['vault:create']({ passphrase: PASS, ownerName: `${marker}-owner Şükrü Yılmaz` }, ctx);
    const s = core.session();
    const blobText = `${marker}-blob `.repeat(100_000); // > 1 chunk, so several chunks are written
    const { id } = await storeBlob(s, Buffer.from(blobText, 'utf8'));
    s.tx(() => {
      for (let i = 0; i < 200; i++) setSetting(s.db, `note-${i}`, `${marker}-note-${i} leerling uit klas 3B`);
      s.audit.append({ actor: s.ownerName, kind: 'note.added', subject: `${marker}-subject`, details: { note: `${marker}-details` } });
    });
    expect((await s.blobs.get(id)).toString('utf8')).toBe(blobText);

    // While unlocked (WAL still holds pages) and after locking, scan everything.
    const vaultDir = join(appData, 'vault');
    expect((await listFiles(vaultDir)).length).toBeGreaterThanOrEqual(3);
    expect(await filesContaining([appData, ...temps.folders()], [marker])).toEqual([]);
    await core.lock('manual');
    expect(await filesContaining([appData, ...temps.folders()], [marker])).toEqual([]);

    // The scan itself works: it finds a marker written in plaintext, in this process's temp
    // folder and in a new entry of the machine's real temp folder.
    const canary = join(tempDir(), 'canary.txt');
    await writeFile(canary, `x${marker}x`);
    const realCanary = join(process.env.BK_REAL_TMPDIR!, `bk-canary-${randomBytes(4).toString('hex')}.txt`);
    await writeFile(realCanary, `x${marker}x`);
    try {
      const found = await filesContaining(temps.folders(), [marker]);
      expect(found).toContain(canary);
      expect(found).toContain(realCanary);
    } finally {
      await rm(realCanary, { force: true });
    }
  });
});
