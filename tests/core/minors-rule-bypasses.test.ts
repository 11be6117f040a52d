/**
 * The minors rule without bypasses (issue 13): once material is known to be a sexual image of
 * a minor, no copy stays anywhere in the vault. Each row of the table, through the
 * contract (the one dispatcher), plus the near-copy hold-then-decide flow, the person-marked-
 * minor flow and the refused attempts in the audit log (without file names).
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createBridgeHostHandlers } from '../../electron/bridge/host-handlers';
import { PathGrants } from '../../electron/core/files/path-grants';
import { createDispatcher } from '../../electron/core/dispatch';
import { silentLogger } from '../../electron/core/logger';
import type { ImportReport } from '../../shared/evidence-types';
import type { EventMap } from '../../shared/events';
import { screenshot } from '../helpers/images';
import { PASS, newCore } from '../helpers/temp';

const ctx = { transport: 'http' } as const;

async function setup() {
  const core = newCore({ idleCheckMs: 0 });
  await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'Vertrouwenspersoon' }, { transport: 'test' });
  const dispatch = createDispatcher({ ...core.handlers, ...createBridgeHostHandlers(new PathGrants()) }, silentLogger);
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await dispatch(channel, input, ctx);
    if (!r.ok) throw Object.assign(new Error(r.error.message), r.error);
    return r.value as T;
  };
  const effects: EventMap['evidence:minors-rule-applied'][] = [];
  core.events.on('evidence:minors-rule-applied', (e) => effects.push(e));
  const caseOf = (title: string, category: string) => call<{ id: string; ref: string }>('case:create', { title, category });
  // Each call gets its own copy: the import wipes the bytes it was handed once they are in.
  const importFiles = (caseId: string, files: { name: string; bytes: Uint8Array }[], extra: Record<string, unknown> = {}) =>
    call<ImportReport>('evidence:import', { caseId, meta: {}, files: files.map((f) => ({ ...f, bytes: new Uint8Array(f.bytes) })), ...extra });
  const item = (itemId: string) => call<{ item: { kind: string; hasOriginal: boolean; hidden: string | null; sexual: boolean; minor: string } }>('evidence:get', { itemId }).then((r) => r.item);
  return { core, call, effects, caseOf, importFiles, item };
}

const png = async (label: string) => new Uint8Array(await screenshot(label, { width: 700, height: 1000 }));
// Unlike each other and unlike the screenshots (random noise): no PDQ near match between them.
const noise = async () => new Uint8Array(await sharp({ create: { width: 400, height: 400, channels: 3, background: '#777', noise: { type: 'gaussian', mean: 128, sigma: 60 } } }).png().toBuffer());

describe('the minors rule, vault-wide', () => {
  it('an exact copy of hash-only known material offered to another case is refused, kept there as hash-only, and the refusal is logged without the file name', async () => {
    const { core, call, caseOf, importFiles } = await setup();
    const nude = await caseOf('Naaktfoto in groepsapp', 'nude-photo');
    const meme = await caseOf('Meme over klas 3B', 'hurtful-meme');
    const bytes = await png('bekend materiaal');
    await importFiles(nude.id, [{ name: 'doorgestuurd.png', bytes }], { hashOnly: true });
    const blobsBefore = (core.session().db.prepare('SELECT count(*) AS n FROM blobs').get() as { n: number }).n;

    const r = await importFiles(meme.id, [{ name: 'Sanne-geheim.png', bytes }]);
    expect(r.results[0]).toMatchObject({ status: 'rejected', error: { code: 'FORBIDDEN_CONTENT', reason: 'known-material' } });
    expect((core.session().db.prepare('SELECT count(*) AS n FROM blobs').get() as { n: number }).n).toBe(blobsBefore);
    const kept = (await call<{ kind: string; sexual: boolean; minor: string; hasOriginal: boolean }[]>('evidence:list', { caseId: meme.id }))[0]!;
    expect(kept).toMatchObject({ kind: 'hash', sexual: true, minor: 'unknown', hasOriginal: false });

    const refused = await call<{ kind: string; details: Record<string, unknown> }[]>('audit:query', { kind: 'evidence.refused' });
    expect(refused).toHaveLength(1);
    expect(refused[0]!.details).toMatchObject({ case: meme.ref, reason: 'known-material', via: 'http', exact: true });
    expect(JSON.stringify(refused)).not.toContain('Sanne-geheim');
  });

  it('a resized, recompressed copy (PDQ near) offered to another case is refused too', async () => {
    const { call, caseOf, importFiles } = await setup();
    const nude = await caseOf('Naaktfoto', 'nude-photo');
    const other = await caseOf('Ander', 'expose-account');
    const bytes = await png('bijna hetzelfde');
    await importFiles(nude.id, [{ name: 'a.png', bytes }], { hashOnly: true });
    const resized = new Uint8Array(await sharp(Buffer.from(bytes)).resize({ width: 480 }).jpeg({ quality: 70 }).toBuffer());
    const r = await importFiles(other.id, [{ name: 'kopie.jpg', bytes: resized }]);
    expect(r.results[0]).toMatchObject({ status: 'rejected', error: { code: 'FORBIDDEN_CONTENT', reason: 'known-material' } });
    const refused = await call<{ details: { exact: boolean; distance: number } }[]>('audit:query', { kind: 'evidence.refused' });
    expect(refused[0]!.details.exact).toBe(false);
    expect(refused[0]!.details.distance).toBeLessThanOrEqual(31);
  });

  it('hash-only CSAM recorded while the same image is stored in another case: that stored copy loses its bytes at once, and the officer is told', async () => {
    const { core, call, effects, caseOf, importFiles, item } = await setup();
    const meme = await caseOf('Meme', 'hurtful-meme');
    const nude = await caseOf('Naaktfoto', 'nude-photo');
    const bytes = await png('eerst opgeslagen');
    const stored = (await importFiles(meme.id, [{ name: 'x.png', bytes }])).results[0]!;
    expect(stored.status).toBe('stored');
    await importFiles(nude.id, [{ name: 'x.png', bytes }], { hashOnly: true });
    expect(await item(stored.itemId!)).toMatchObject({ kind: 'hash', hasOriginal: false, sexual: true, minor: 'unknown' });
    expect((core.session().db.prepare('SELECT count(*) AS n FROM blobs').get() as { n: number }).n).toBe(0);
    expect(effects.at(-1)?.removed.map((e) => e.itemId)).toContain(stored.itemId);
    const why = await call<{ details: { reason: string } }[]>('audit:query', { kind: 'evidence.bytes_removed' });
    expect(why[0]!.details.reason).toBe('known-material');
  });

  it('a near copy stored elsewhere is held back at once (no preview, no reveal, no export) until the officer decides', async () => {
    const { call, caseOf, importFiles, item } = await setup();
    const meme = await caseOf('Meme', 'hurtful-meme');
    const nude = await caseOf('Naaktfoto', 'nude-photo');
    const bytes = await png('lijkt erop');
    const resized = new Uint8Array(await sharp(Buffer.from(bytes)).resize({ width: 500 }).png().toBuffer());
    const near = (await importFiles(meme.id, [{ name: 'klein.png', bytes: resized }])).results[0]!;
    await importFiles(nude.id, [{ name: 'origineel.png', bytes }], { hashOnly: true });
    expect(await item(near.itemId!)).toMatchObject({ hidden: 'near-known', hasOriginal: true });
    await expect(call('evidence:get-thumbnail', { itemId: near.itemId })).rejects.toMatchObject({ code: 'FORBIDDEN_CONTENT', details: { reason: 'held-back' } });
    await expect(call('evidence:reveal', { itemId: near.itemId, size: 'full' })).rejects.toMatchObject({ code: 'FORBIDDEN_CONTENT' });
    expect((await call<{ label: string; reason: string }[]>('evidence:list-held-back', {})).map((h) => h.reason)).toEqual(['near-known']);

    // "Not the same material": shown again.
    await call('evidence:decide-held-back', { itemId: near.itemId, decision: 'keep' });
    expect(await item(near.itemId!)).toMatchObject({ hidden: null, hasOriginal: true });
    await expect(call('evidence:get-thumbnail', { itemId: near.itemId })).resolves.toBeTruthy();
  });

  it('the officer decides a held-back near copy IS the material: its bytes go and it becomes known too', async () => {
    const { call, caseOf, importFiles, item } = await setup();
    const meme = await caseOf('Meme', 'hurtful-meme');
    const nude = await caseOf('Naaktfoto', 'nude-photo');
    const other = await caseOf('Nog een zaak', 'other');
    const bytes = await png('wel hetzelfde');
    const resized = new Uint8Array(await sharp(Buffer.from(bytes)).resize({ width: 520 }).png().toBuffer());
    const near = (await importFiles(meme.id, [{ name: 'k.png', bytes: resized }])).results[0]!;
    await importFiles(nude.id, [{ name: 'o.png', bytes }], { hashOnly: true });
    await call('evidence:decide-held-back', { itemId: near.itemId, decision: 'remove' });
    expect(await item(near.itemId!)).toMatchObject({ kind: 'hash', hasOriginal: false, hidden: null, sexual: true });
    // Its exact bytes are known now as well.
    const again = await importFiles(other.id, [{ name: 'k2.png', bytes: resized }]);
    expect(again.results[0]).toMatchObject({ status: 'rejected', error: { reason: 'known-material' } });
  });

  it('a victim marked minor later in a nude-photo case whose item says "adult": the item is held back until the officer confirms the age', async () => {
    const { call, caseOf, importFiles, item } = await setup();
    const nude = await caseOf('Naaktfoto van een volwassene?', 'nude-photo');
    const stored = (await importFiles(nude.id, [{ name: 'x.png', bytes: await png('volwassen gezegd') }], { meta: { minor: 'no' } })).results[0]!;
    expect(stored.status).toBe('stored');
    await expect(call('evidence:get-thumbnail', { itemId: stored.itemId })).resolves.toBeTruthy();
    await call('person:add', { caseId: nude.id, role: 'victim', name: 'Slachtoffer', minor: 'yes' });
    expect(await item(stored.itemId!)).toMatchObject({ hidden: 'age-review', hasOriginal: true });
    await expect(call('evidence:reveal', { itemId: stored.itemId, size: 'full' })).rejects.toMatchObject({ code: 'FORBIDDEN_CONTENT' });
    // The officer: the person shown was a minor when the image was made.
    await call('evidence:decide-held-back', { itemId: stored.itemId, decision: 'remove' });
    expect(await item(stored.itemId!)).toMatchObject({ kind: 'hash', hasOriginal: false, minor: 'unknown' });
  });
  it('a person marked minor whom an item says it shows: that item loses its bytes; an item showing someone else stays; one that says nobody is held back', async () => {
    const { call, caseOf, importFiles, item } = await setup();
    const nude = await caseOf('Twee beelden', 'nude-photo');
    const [a, b, c] = (await importFiles(nude.id, [{ name: 'a.png', bytes: await png('toont Sam') }, { name: 'b.png', bytes: await noise() }, { name: 'c.png', bytes: await noise() }], { meta: { minor: 'no' } })).results;
    const sam = await call<{ id: string }>('person:add', { caseId: nude.id, role: 'victim', name: 'Sam', minor: 'no' });
    const lou = await call<{ id: string }>('person:add', { caseId: nude.id, role: 'victim', name: 'Lou', minor: 'no' });
    await call('person:set-item-people', { itemId: a!.itemId, links: [{ personId: sam.id, link: 'shown' }] });
    await call('person:set-item-people', { itemId: b!.itemId, links: [{ personId: lou.id, link: 'shown' }] });
    // Sam turns out to have been 16 when the image was made.
    await call('person:update', { personId: sam.id, patch: { minor: 'yes' } });
    expect(await item(a!.itemId!)).toMatchObject({ kind: 'hash', hasOriginal: false, minor: 'yes' });
    expect(await item(b!.itemId!)).toMatchObject({ kind: 'image', hasOriginal: true, hidden: null });
    expect(await item(c!.itemId!)).toMatchObject({ hasOriginal: true, hidden: 'age-review' });
    const why = await call<{ subject: string; details: { reason: string } }[]>('audit:query', { kind: 'evidence.bytes_removed' });
    expect(why.map((e) => e.subject)).toEqual([a!.itemId]);
  });

  it('the same person in another case (an identity) marked minor: the item there that shows them loses its bytes too; linking a minor as shown later does the same', async () => {
    const { call, caseOf, importFiles, item } = await setup();
    const first = await caseOf('Eerste zaak', 'nude-photo');
    const second = await caseOf('Tweede zaak', 'sexual-video');
    const x = (await importFiles(first.id, [{ name: 'x.png', bytes: await png('eerste') }], { meta: { minor: 'no' } })).results[0]!;
    const y = (await importFiles(second.id, [{ name: 'y.png', bytes: await png('tweede') }], { meta: { minor: 'no' } })).results[0]!;
    const p1 = await call<{ id: string; identityId: string }>('person:add', { caseId: first.id, role: 'victim', name: 'Noa', minor: 'no' });
    const p2 = await call<{ id: string }>('person:add', { caseId: second.id, role: 'victim', identityId: p1.identityId });
    await call('person:set-item-people', { itemId: y.itemId, links: [{ personId: p2.id, link: 'shown' }] });
    await call('person:update', { personId: p1.id, patch: { minor: 'yes' } });
    expect(await item(y.itemId!)).toMatchObject({ kind: 'hash', hasOriginal: false });
    // In the first case nothing says who is shown yet: held back; saying it is Noa removes it.
    expect(await item(x.itemId!)).toMatchObject({ hidden: 'age-review' });
    await call('person:set-item-people', { itemId: x.itemId, links: [{ personId: p1.id, link: 'shown' }] });
    expect(await item(x.itemId!)).toMatchObject({ kind: 'hash', hasOriginal: false, minor: 'yes' });
  });
});
