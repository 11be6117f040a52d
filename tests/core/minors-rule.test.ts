import { describe, expect, it } from 'vitest';
import { createBridgeHostHandlers } from '../../electron/bridge/host-handlers';
import { PathGrants } from '../../electron/core/files/path-grants';
import { createDispatcher } from '../../electron/core/dispatch';
import { silentLogger } from '../../electron/core/logger';
import { listFiles } from '../helpers/scan';
import { PASS, newCore } from '../helpers/temp';
import { screenshot } from '../helpers/images';

const ctx = { transport: 'test' } as const;

async function setup() {
  const core = newCore();
  await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
  const dispatch = createDispatcher({ ...core.handlers, ...createBridgeHostHandlers(new PathGrants()) }, silentLogger);
  return { core, h: core.handlers, dispatch };
}

const blobCount = (core: ReturnType<typeof newCore>) => (core.session().db.prepare('SELECT count(*) AS n FROM blobs').get() as { n: number }).n;

describe('the minors rule', () => {
  it('refuses to store an image in a sexual case when the person shown is a minor or of unknown age (contract path)', async () => {
    const { core, h, dispatch } = await setup();
    const c = await h['case:create']({ title: 'Naaktfoto rondgestuurd', category: 'nude-photo' }, ctx);
    const png = new Uint8Array(await screenshot('niet opslaan'));
    for (const minor of ['yes', 'unknown', undefined] as const) {
      const r = await dispatch('evidence:import', { caseId: c.id, meta: minor ? { minor } : {}, files: [{ name: 'foto.png', bytes: png }] }, ctx);
      expect(r.ok).toBe(true);
      const res = (r as { ok: true; value: { results: { status: string; error: { code: string; reason: string } }[] } }).value.results[0]!;
      expect(res.status).toBe('rejected');
      expect(res.error).toMatchObject({ code: 'FORBIDDEN_CONTENT', reason: 'minor-sexual' });
    }
    expect(blobCount(core)).toBe(0);
    expect(await listFiles(core.session().blobs.root)).toEqual([]);
  });

  it('applies to a sexual item in a non-sexual case too, and to other files (videos)', async () => {
    const { core, h } = await setup();
    const c = await h['case:create']({ title: 'Expose-account', category: 'expose-account' }, ctx);
    const mp4 = new Uint8Array(Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom', 'ascii'), Buffer.alloc(300, 1)]));
    const rep = await h['evidence:import']({ caseId: c.id, meta: { sexual: true, minor: 'yes' }, files: [{ name: 'clip.mp4', bytes: mp4 }] }, ctx);
    expect(rep.results[0]!.error).toMatchObject({ code: 'FORBIDDEN_CONTENT' });
    expect(blobCount(core)).toBe(0);
  });

  it('allows hash-only: SHA-256 and PDQ are recorded, no byte is written', async () => {
    const { core, h } = await setup();
    const c = await h['case:create']({ title: 'Naaktfoto', category: 'nude-photo' }, ctx);
    const png = await screenshot('alleen hashes');
    const rep = await h['evidence:import']({ caseId: c.id, meta: { url: 'https://example.org/x', minor: 'yes' }, hashOnly: true, files: [{ name: 'foto.png', bytes: new Uint8Array(png) }] }, ctx);
    expect(rep.results[0]).toMatchObject({ status: 'stored', error: null });
    expect(rep.results[0]!.pdq).toMatch(/^[0-9a-f]{64}$/);
    const item = (await h['evidence:list']({ caseId: c.id }, ctx))[0]!;
    expect(item).toMatchObject({ kind: 'hash', hasOriginal: false, hasThumbnail: false, mime: null });
    expect(blobCount(core)).toBe(0);
    expect(await listFiles(core.session().blobs.root)).toEqual([]);
    await expect(h['evidence:reveal']({ itemId: item.id, size: 'full' }, ctx)).rejects.toMatchObject({ code: 'FORBIDDEN_CONTENT' });
  });

  it('allows a URL-only sighting in such a case', async () => {
    const { h } = await setup();
    const c = await h['case:create']({ title: 'Naaktfoto', category: 'nude-photo' }, ctx);
    const item = await h['evidence:add-url']({ caseId: c.id, meta: { url: 'https://example.org/post/1', platform: 'Telegram', handle: '@kanaal', description: 'Foto van leerling, gezien in groep' } }, ctx);
    expect(item).toMatchObject({ kind: 'url', hasOriginal: false, label: `${c.ref}/1` });
  });

  it('stores adult material as evidence, and deletes stored bytes when an item or case is later marked minor + sexual', async () => {
    const { core, h } = await setup();
    const c = await h['case:create']({ title: 'Foto collega', category: 'nude-photo' }, ctx);
    const png = await screenshot('volwassene');
    const rep = await h['evidence:import']({ caseId: c.id, meta: { minor: 'no' }, files: [{ name: 'a.png', bytes: new Uint8Array(png) }] }, ctx);
    const itemId = rep.results[0]!.itemId!;
    expect(rep.results[0]!.status).toBe('stored');
    expect(blobCount(core)).toBe(2);
    const other = await h['case:create']({ title: 'Zelfde foto elders', category: 'hurtful-meme' }, ctx);
    await h['evidence:import']({ caseId: other.id, meta: {}, files: [{ name: 'b.png', bytes: new Uint8Array(png) }] }, ctx);

    const updated = await h['evidence:update']({ itemId, patch: { minor: 'unknown' } }, ctx);
    expect(updated).toMatchObject({ kind: 'hash', hasOriginal: false, hasThumbnail: false });
    expect(updated.sha256).toBe(rep.results[0]!.sha256);
    // The same picture in the other case is gone too: it is the same image.
    expect((await h['evidence:list']({ caseId: other.id }, ctx))[0]).toMatchObject({ hasOriginal: false });
    expect(blobCount(core)).toBe(0);
    expect(await listFiles(core.session().blobs.root)).toEqual([]);
    const kinds = (await h['evidence:get']({ itemId }, ctx)).audit.map((a) => a.kind);
    expect(kinds).toContain('evidence.bytes_removed');
  });
});
