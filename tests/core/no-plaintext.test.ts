import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setSetting } from '../../electron/core/db/settings-repo';
import { PASS, newCore, tempDir } from '../helpers/temp';
import { filesContaining, listFiles } from '../helpers/scan';

describe('nothing sensitive on disk in plaintext', () => {
  it('marker text in the database and a marker blob appear in no file of the vault or the temp folder', async () => {
    const started = Date.now() - 1000;
    const appData = tempDir();
    const core = newCore({ appDataDir: appData });
    const marker = `MARKER-${randomBytes(8).toString('hex')}`;
    const ctx = { transport: 'test' } as const;
    await core.handlers['vault:create']({ passphrase: PASS, ownerName: `${marker}-owner Şükrü Yılmaz` }, ctx);
    const s = core.session();
    const blobText = `${marker}-blob `.repeat(100_000); // > 1 chunk, so several chunks are written
    const { id } = await s.storeBlob(Buffer.from(blobText, 'utf8'));
    s.tx(() => {
      for (let i = 0; i < 200; i++) setSetting(s.db, `note-${i}`, `${marker}-note-${i} leerling uit klas 3B`);
      s.audit.append({ actor: s.ownerName, kind: 'test.marker', subject: `${marker}-subject`, details: { note: `${marker}-details` } });
    });
    expect((await s.blobs.get(id)).toString('utf8')).toBe(blobText);

    // While unlocked (WAL still holds pages) and after locking, scan everything.
    const vaultDir = join(appData, 'vault');
    expect((await listFiles(vaultDir)).length).toBeGreaterThanOrEqual(3);
    expect(await filesContaining([appData, tmpdir()], [marker], started)).toEqual([]);
    await core.lock('manual');
    expect(await filesContaining([appData, tmpdir()], [marker], started)).toEqual([]);

    // The scan itself works: it finds a marker written in plaintext.
    const canary = join(tempDir(), 'canary.txt');
    await (await import('node:fs/promises')).writeFile(canary, `x${marker}x`);
    expect(await filesContaining([tmpdir()], [marker], started)).toContain(canary);
  });
});
