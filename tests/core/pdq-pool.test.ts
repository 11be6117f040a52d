/**
 * The import's PDQ worker threads (electron/core/pdq/pdq-pool.ts, docs/architecture.md "Import
 * speed"): the same hashes as on the main thread, a dead worker's images hashed here instead,
 * and a batch imported with a worker stores what it stores without one.
 */
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { getCase } from '../../electron/core/case/case-repo';
import { importBatch, bufferSource, defaultPdqWorkers } from '../../electron/core/evidence/import-batch';
import type { ImportEnv } from '../../electron/core/evidence/import-file';
import { hashHere, PdqPool } from '../../electron/core/pdq/pdq-pool';
import { pdqInputFromSharp } from '../../electron/core/pdq/index';
import { screenshot } from '../helpers/images';
import { PASS, newCore } from '../helpers/temp';

const ctx = { transport: 'test' } as const;

describe('PDQ worker pool', () => {
  it('answers exactly what the main thread computes, border-cut and dihedral variants included', async () => {
    const pool = new PdqPool(2);
    try {
      expect(pool.size).toBe(2);
      const raws = await Promise.all([0, 1, 2].map(async (i) => pdqInputFromSharp(sharp(await sharp(await screenshot(`pool ${i}`, { hue: i * 90 })).extend({ top: 40, bottom: 40, background: '#000' }).png().toBuffer()))));
      const got = await Promise.all(raws.map((r) => pool.hash(r)));
      for (const [i, r] of raws.entries()) {
        const here = hashHere(r);
        expect(got[i]!.pdq.hash).toBe(here.pdq.hash);
        expect(got[i]!.pdq.quality).toBe(here.pdq.quality);
        expect(got[i]!.cut?.hash).toBe(here.cut?.hash);
        expect(got[i]!.variants).toEqual(here.variants);
        expect(got[i]!.cutVariants).toEqual(here.cutVariants);
        expect(here.cut).not.toBeNull(); // the bars were found, so the border-cut path ran in the worker too
      }
      expect(pool.counts).toEqual({ worker: 3, here: 0 });
    } finally {
      await pool.close();
    }
  });

  it('hashes here when its workers are gone', async () => {
    const pool = new PdqPool(1);
    await pool.close();
    const raw = await pdqInputFromSharp(sharp(await screenshot('na afsluiten')));
    expect((await pool.hash(raw)).pdq.hash).toBe(hashHere(raw).pdq.hash);
    expect(pool.counts).toEqual({ worker: 0, here: 1 });
  });

  it('a batch hashed on a worker stores the same hashes as one hashed on the main thread', async () => {
    const core = newCore();
    await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    const pngs = await Promise.all([0, 1, 2, 3].map((i) => screenshot(`batch ${i}`, { hue: i * 60 })));
    const hashes: string[][] = [];
    for (const workers of [0, 1]) {
      const c = await core.handlers['case:create']({ title: `Werkers ${workers}`, category: 'hurtful-meme' }, ctx);
      const session = core.session();
      const env: ImportEnv = { session, case: getCase(session.db, c.id), meta: {}, hashOnly: false, limits: { maxBytes: 1 << 24, maxPixels: 1e8 }, actor: 'VP', via: 'test', minors: [] };
      // Fresh copies: the import wipes a file's bytes once it is stored.
      const report = await importBatch(env, pngs.map((b, i) => bufferSource(`s${i}.png`, Buffer.from(b))), { batchId: `w${workers}`, pdqWorkers: workers });
      hashes.push(report.results.map((r) => r.pdq ?? `${r.status} ${r.error?.code}`));
    }
    expect(hashes[1]).toEqual(hashes[0]);
    expect(hashes[0]!.every((h) => /^[0-9a-f]{64}$/.test(h))).toBe(true);
  });

  it('starts workers only where the main thread is the limit (four cores or more)', () => {
    expect([1, 2, 3, 4, 5, 8, 16].map((c) => defaultPdqWorkers(c))).toEqual([0, 0, 0, 1, 2, 2, 2]);
  });
});
