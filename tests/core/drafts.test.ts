/**
 * Drafts in the vault (issue 16 item 1): a form's unsaved text is kept through a lock and an
 * unlock, is encrypted on disk like everything else (no plaintext in the vault or the temp
 * folders), goes with its case when the case is purged, and is not an audit record.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import { filesContaining, watchTempFolders } from '../helpers/scan';
import { PASS, newCore, tempDir } from '../helpers/temp';

const ctx = { transport: 'test' } as const;

describe('drafts', () => {
  it('survive a lock and an unlock, encrypted on disk, and are gone once discarded', async () => {
    const temps = watchTempFolders();
    const appData = tempDir();
    const core = newCore({ appDataDir: appData, idleCheckMs: 0 });
    const h = core.handlers;
    await h['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    const c = await h['case:create']({ title: 'Nepaccount', category: 'expose-account' }, ctx);
    const marker = `DRAFT-${randomBytes(6).toString('hex')}`;
    const body = JSON.stringify({ body: `${marker} gesprek met moeder van Zoë, morgen bellen` });
    await h['draft:save']({ key: `note:${c.id}:new`, caseId: c.id, body }, ctx);
    await h['draft:save']({ key: 'case:new', body: JSON.stringify({ title: `${marker} tweede zaak` }) }, ctx);

    await core.lock('idle');
    expect(await filesContaining([appData, ...temps.folders()], [marker])).toEqual([]);
    await expect(h['draft:get']({ key: 'case:new' }, ctx)).rejects.toMatchObject({ code: 'VAULT_LOCKED' });

    await h['vault:unlock']({ passphrase: PASS }, ctx);
    expect(await h['draft:get']({ key: `note:${c.id}:new` }, ctx)).toMatchObject({ caseId: c.id, body, updatedAt: '2026-11-24T09:00:00.000Z' });
    expect(await h['draft:discard']({ key: 'case:new' }, ctx)).toEqual({ discarded: true });
    expect(await h['draft:get']({ key: 'case:new' }, ctx)).toBeNull();
    expect(await h['draft:discard']({ key: 'case:new' }, ctx)).toEqual({ discarded: false });
  });

  it('are not audit records, refuse a key that is not a form key, and need an existing case', async () => {
    const core = newCore({ idleCheckMs: 0 });
    const h = core.handlers;
    await h['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    const before = (await h['audit:verify']({}, ctx)).count;
    for (let i = 0; i < 5; i++) await h['draft:save']({ key: 'case:new', body: JSON.stringify({ title: 'x'.repeat(i) }) }, ctx);
    expect((await h['audit:verify']({}, ctx)).count).toBe(before);

    for (const key of ['../../etc', 'Case:new', 'case:new:a/b', 'case:' + 'x'.repeat(101)]) {
      expect(contract['draft:save'].input.safeParse({ key, body: '{}' }).success, key).toBe(false);
    }
    expect(contract['draft:save'].input.safeParse({ key: `note:${'a'.repeat(36)}:new`, body: '{}' }).success).toBe(true);
    await expect(h['draft:save']({ key: 'case:x:edit', caseId: 'no-such-case', body: '{}' }, ctx)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('of a case go when the case is purged; others stay', async () => {
    const core = newCore({ idleCheckMs: 0 });
    const h = core.handlers;
    await h['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    const c = await h['case:create']({ title: 'Weg', category: 'hurtful-meme' }, ctx);
    await h['draft:save']({ key: `case:${c.id}:edit`, caseId: c.id, body: '{"title":"Weg?"}' }, ctx);
    await h['draft:save']({ key: 'case:new', body: '{"title":"Blijft"}' }, ctx);
    await h['case:update']({ caseId: c.id, patch: { status: 'closed' } }, ctx);
    await h['retention:purge']({ caseId: c.id, confirmRef: c.ref }, ctx);
    expect(await h['draft:get']({ key: `case:${c.id}:edit` }, ctx)).toBeNull();
    expect(await h['draft:get']({ key: 'case:new' }, ctx)).not.toBeNull();
  });
});
