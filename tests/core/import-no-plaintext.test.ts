import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promises as fs } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { filesContaining, watchTempFolders } from '../helpers/scan';
import { PASS, newCore, tempDir } from '../helpers/temp';
import { screenshot } from '../helpers/images';

describe('import leaves no plaintext', () => {
  it('imported images, a large rotated photo and marker text appear in no file of the vault or the temp folders', async () => {
    const temps = watchTempFolders();
    const appData = tempDir();
    const core = newCore({ appDataDir: appData });
    const ctx = { transport: 'test' } as const;
    const marker = `MARK${randomBytes(6).toString('hex')}`;
    await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    const c = await core.handlers['case:create']({ title: `${marker} zaak`, description: `${marker} beschrijving`, category: 'hurtful-meme' }, ctx);
    await core.handlers['person:add']({ caseId: c.id, role: 'victim', name: `${marker} Zoë`, minor: 'yes' }, ctx);
    const png = await screenshot(marker);
    // > 100 MB decoded with EXIF rotation (random access): libvips would spill this to a temp file by default.
    const big = await sharp({ create: { width: 6000, height: 6000, channels: 3, background: '#88aacc' } })
      .composite([{ input: png, left: 100, top: 100 }])
      .jpeg({ quality: 70 })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const src = join(tempDir(), 'source-outside-vault.png');
    await fs.writeFile(src, png);
    const rep = await core.handlers['evidence:import']({ caseId: c.id, meta: { url: `https://x.com/${marker}`, handle: `@${marker}`, description: `${marker} omschrijving` }, files: [
      { name: `${marker}.png`, bytes: new Uint8Array(png) },
      { name: 'groot.jpg', bytes: new Uint8Array(big) },
    ] }, ctx);
    expect(rep.results.map((r) => r.status)).toEqual(['stored', 'stored']);
    await core.handlers['note:add']({ caseId: c.id, body: `${marker} werknotitie` }, ctx);

    // Byte runs of the originals themselves (not just the marker text) must not appear either.
    const needles = [marker, png.subarray(200, 264).toString('latin1'), big.subarray(5000, 5064).toString('latin1')];
    const hits = async () => (await filesContaining([appData, ...temps.folders()], needles)).filter((f) => f !== src);
    expect(await hits()).toEqual([]);
    await core.lock('manual');
    expect(await hits()).toEqual([]);
  });
});
