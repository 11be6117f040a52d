/**
 * A dossier the verifier would refuse (README "Verifying a dossier": 4 GiB in all, 2 GiB for one
 * entry) is refused before a byte is written, in words that give the size and the limit. The
 * sizes are the ones recorded at import; the test raises them in the database instead of
 * importing 4 GiB of screenshots, which is what the export reads to decide.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createBridgeHostHandlers } from '../../electron/bridge/host-handlers';
import { createDispatcher } from '../../electron/core/dispatch';
import { PathGrants } from '../../electron/core/files/path-grants';
import { silentLogger } from '../../electron/core/logger';
import { reasonText } from '../../shared/error-reasons';
import { PASS, newCore, tempDir } from '../helpers/temp';

const ctx = { transport: 'test' } as const;

describe('a dossier larger than the verifier checks', () => {
  it('is refused with the size and the limit, leaves no file, and a normal export still works', async () => {
    const core = newCore();
    const dispatch = createDispatcher({ ...core.handlers, ...createBridgeHostHandlers(new PathGrants()) }, silentLogger);
    await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'Vertrouwenspersoon' }, ctx);
    const c = await core.handlers['case:create']({ title: 'Filmpje gedeeld', category: 'violence-video' }, ctx);
    const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#336699' } }).png().toBuffer();
    const stored = await core.handlers['evidence:import']({ caseId: c.id, meta: {}, files: [{ name: 'a.png', bytes: new Uint8Array(png) }, { name: 'b.png', bytes: new Uint8Array(Buffer.concat([png, Buffer.from([0])])) }] }, ctx);
    expect(stored.results.map((r) => r.status)).toEqual(['stored', 'stored']);
    const out = tempDir();
    const sizes = core.session().db.prepare('SELECT id, size FROM evidence_items WHERE case_id = ?').all(c.id) as { id: string; size: number }[];

    core.session().db.prepare('UPDATE evidence_items SET size = ? WHERE case_id = ?').run(Math.round(1.9 * 1024 ** 3), c.id);
    const refused = await dispatch('dossier:export', { caseId: c.id, profile: 'police', lang: 'nl', outPath: join(out, 'dossier.zip') }, ctx);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FILE_TOO_LARGE', details: { reason: 'dossier-too-large', size: '4.3 GiB', limit: '4.0 GiB' } } });
    if (refused.ok) throw new Error('unreachable');
    expect(reasonText('nl', refused.error.details)).toContain('(4.3 GiB, de grens is 4.0 GiB). Er is niets geschreven.');
    expect(readdirSync(out)).toEqual([]);

    // One original over the 2 GiB per entry is refused too, even when the total would fit.
    core.session().db.prepare('UPDATE evidence_items SET size = ? WHERE id = ?').run(10, stored.results[0]!.itemId);
    core.session().db.prepare('UPDATE evidence_items SET size = ? WHERE id = ?').run(Math.round(2.1 * 1024 ** 3), stored.results[1]!.itemId);
    expect(await dispatch('dossier:export', { caseId: c.id, profile: 'police', lang: 'nl', outPath: join(out, 'dossier.zip') }, ctx)).toMatchObject({ ok: false, error: { details: { reason: 'dossier-too-large' } } });

    expect(readdirSync(out)).toEqual([]);

    for (const r of sizes) core.session().db.prepare('UPDATE evidence_items SET size = ? WHERE id = ?').run(r.size, r.id);
    expect(await dispatch('dossier:export', { caseId: c.id, profile: 'police', lang: 'nl', outPath: join(out, 'dossier.zip') }, ctx)).toMatchObject({ ok: true });
    expect(readdirSync(out)).toEqual(['dossier.zip']);
    await core.close();
  });
});
