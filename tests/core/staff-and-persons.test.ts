/**
 * Staff who capture and persons as identities (issue 15 items 1 and 2), through the handlers:
 * the default staff member captures, sends and checks (not the vault's name); a URL-only
 * sighting is "seen, not saved"; a notice without a sender set names the staff member; an
 * archived staff member is no longer offered, never deleted; a person is chosen across cases,
 * once per case, and who they are changes everywhere they appear; links to items stay within
 * the item's case, with one giver.
 */
import { describe, expect, it } from 'vitest';
import { screenshot } from '../helpers/images';
import { PASS, newCore } from '../helpers/temp';

const ctx = { transport: 'test' } as const;

async function vault() {
  const core = newCore({ idleCheckMs: 0 });
  const h = core.handlers;
  await h['vault:create']({ passphrase: PASS, ownerName: 'ROC Voorbeeld – vertrouwenspersoon' }, ctx);
  return { core, h };
}

describe('staff who capture', () => {
  it('the default staff member captures, sends and checks; a sighting is seen, not saved; a notice names them', async () => {
    const { h } = await vault();
    const c = await h['case:create']({ title: 'Meme', category: 'hurtful-meme' }, ctx);
    // Without staff the vault's owner name is all there is.
    const before = await h['evidence:add-url']({ caseId: c.id, meta: { url: 'https://x.com/a/status/1', platform: 'X' } }, ctx);
    expect(before).toMatchObject({ capturedBy: 'ROC Voorbeeld – vertrouwenspersoon', capturedByStaffId: null, captureMethod: 'seen-not-saved' });

    const sanne = await h['staff:add']({ name: 'Sanne Bakker', role: 'SLB', email: 'sanne@roc.example', makeDefault: true }, ctx);
    const joris = await h['staff:add']({ name: 'Joris Mulder', role: 'zorgcoördinator' }, ctx);
    expect((await h['staff:list']({}, ctx)).map((s) => [s.name, s.isDefault])).toEqual([
      ['Joris Mulder', false],
      ['Sanne Bakker', true],
    ]);
    const sighting = await h['evidence:add-url']({ caseId: c.id, meta: { url: 'https://x.com/a/status/2', platform: 'X' } }, ctx);
    expect(sighting).toMatchObject({ capturedBy: 'Sanne Bakker (SLB)', capturedByStaffId: sanne.id });
    const imp = await h['evidence:import']({ caseId: c.id, meta: { capturedByStaffId: joris.id, url: 'https://x.com/a/status/3' }, files: [{ name: 'a.png', bytes: new Uint8Array(await screenshot('a')) }] }, ctx);
    const item = (await h['evidence:get']({ itemId: imp.results[0]!.itemId! }, ctx)).item;
    expect(item).toMatchObject({ capturedBy: 'Joris Mulder (zorgcoördinator)', capturedByStaffId: joris.id, captureMethod: 'own-screenshot' });

    const r = await h['takedown:create']({ caseId: c.id, itemId: sighting.id, channel: 'web-form' }, ctx);
    const sent = await h['takedown:set-status']({ requestId: r.id, status: 'sent' }, ctx);
    expect(sent.sentBy).toBe('Sanne Bakker (SLB)');
    expect(sent.history.map((e) => e.by)).toEqual(['Sanne Bakker (SLB)', 'Sanne Bakker (SLB)']);
    // No sender in the settings: the notice's part (c) names the staff member, not the vault.
    const notice = await h['takedown:get-notice']({ requestId: r.id, lang: 'nl' }, ctx);
    expect(notice.senderOmitted).toBe(false);
    expect(notice.parts.sender).toContain('Sanne Bakker');
    expect(notice.parts.sender).toContain('sanne@roc.example');
    expect(notice.text).not.toContain('ROC Voorbeeld – vertrouwenspersoon');
  });

  it('an archived staff member stays on what they captured, is not offered, and cannot be linked anew', async () => {
    const { h } = await vault();
    const c = await h['case:create']({ title: 'Meme', category: 'hurtful-meme' }, ctx);
    const sanne = await h['staff:add']({ name: 'Sanne Bakker', role: 'SLB', makeDefault: true }, ctx);
    const item = await h['evidence:add-url']({ caseId: c.id, meta: { url: 'https://x.com/a/status/1' } }, ctx);
    const archived = await h['staff:update']({ staffId: sanne.id, patch: { archived: true } }, ctx);
    expect(archived).toMatchObject({ archived: true, isDefault: false });
    expect(await h['staff:list']({}, ctx)).toEqual([]);
    expect((await h['staff:list']({ includeArchived: true }, ctx)).map((s) => s.name)).toEqual(['Sanne Bakker']);
    expect((await h['person:list-item-people']({ caseId: c.id }, ctx))[0]!.capturedByStaffId).toBe(sanne.id);
    await expect(h['staff:set-default']({ staffId: sanne.id }, ctx)).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(h['evidence:add-url']({ caseId: c.id, meta: { url: 'https://x.com/b', capturedByStaffId: sanne.id } }, ctx)).rejects.toMatchObject({ code: 'VALIDATION' });
    expect((await h['evidence:get']({ itemId: item.id }, ctx)).item.capturedBy).toBe('Sanne Bakker (SLB)');
  });
});

describe('persons as identities', () => {
  it('a person is chosen across cases, once per case; who they are changes in every case; a namesake is someone else', async () => {
    const { h } = await vault();
    const a = await h['case:create']({ title: 'A', category: 'other' }, ctx);
    const b = await h['case:create']({ title: 'B', category: 'other' }, ctx);
    const mila = await h['person:add']({ caseId: a.id, role: 'victim', name: 'Mila de Groot', minor: 'yes', contactNotes: 'Alleen in A' }, ctx);
    const again = await h['person:add']({ caseId: b.id, role: 'witness', identityId: mila.identityId, name: 'genegeerd' }, ctx);
    expect(again).toMatchObject({ identityId: mila.identityId, name: 'Mila de Groot', minor: 'yes', role: 'witness', contactNotes: '' });
    await expect(h['person:add']({ caseId: b.id, role: 'victim', identityId: mila.identityId }, ctx)).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'person-in-case' } });
    await expect(h['person:add']({ caseId: b.id, role: 'victim' }, ctx)).rejects.toMatchObject({ code: 'VALIDATION' });
    const namesake = await h['person:add']({ caseId: b.id, role: 'spreader', name: 'Mila de Groot' }, ctx);
    expect(namesake.identityId).not.toBe(mila.identityId);

    await h['person:update']({ personId: again.id, patch: { name: 'Mila de Groot-Jansen', role: 'victim', pseudonym: 'Leerling M' } }, ctx);
    const [inA] = await h['person:list']({ caseId: a.id }, ctx);
    expect(inA).toMatchObject({ name: 'Mila de Groot-Jansen', role: 'victim', pseudonym: '', contactNotes: 'Alleen in A' });
    expect((await h['person:list']({ caseId: b.id }, ctx)).find((p) => p.id === namesake.id)!.name).toBe('Mila de Groot');
    const ids = await h['person:list-identities']({}, ctx);
    expect(ids.find((i) => i.identityId === mila.identityId)!.cases.map((c) => c.caseRef).sort()).toEqual([a.ref, b.ref].sort());
    expect((await h['person:list-identities']({ excludeCaseId: a.id }, ctx)).some((i) => i.identityId === mila.identityId)).toBe(false);
  });

  it('links stay within the item’s case, an item has one giver, and the audit entry names no one', async () => {
    const { h, core } = await vault();
    const a = await h['case:create']({ title: 'A', category: 'other' }, ctx);
    const b = await h['case:create']({ title: 'B', category: 'other' }, ctx);
    const victim = await h['person:add']({ caseId: a.id, role: 'victim', name: 'Mila de Groot' }, ctx);
    const stranger = await h['person:add']({ caseId: b.id, role: 'victim', name: 'Iemand Anders' }, ctx);
    const staff = await h['staff:add']({ name: 'Sanne Bakker' }, ctx);
    const item = await h['evidence:add-url']({ caseId: a.id, meta: { url: 'https://x.com/a' } }, ctx);
    await expect(h['person:set-item-people']({ itemId: item.id, links: [{ personId: stranger.id, link: 'shown' }] }, ctx)).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(h['person:set-item-people']({ itemId: item.id, receivedFromPersonId: victim.id, receivedFromStaffId: staff.id }, ctx)).rejects.toMatchObject({ code: 'VALIDATION' });
    await h['person:set-item-people']({ itemId: item.id, receivedFromStaffId: staff.id, links: [{ personId: victim.id, link: 'shown' }, { personId: victim.id, link: 'shown' }] }, ctx);
    // Choosing a person as giver replaces the staff member.
    const people = await h['person:set-item-people']({ itemId: item.id, receivedFromPersonId: victim.id }, ctx);
    expect(people).toMatchObject({ receivedFromStaffId: null, receivedFromPersonId: victim.id, links: [{ personId: victim.id, link: 'shown' }] });
    const entries = core.session().audit.list({ subject: item.id }).filter((e) => e.kind === 'evidence.people_changed');
    expect(entries).toHaveLength(2);
    expect(JSON.stringify(entries)).not.toContain('Mila');
    expect(JSON.stringify(entries)).not.toContain('Sanne');
    // Removing the person from the case removes the link and the giver with them.
    await h['person:remove']({ personId: victim.id }, ctx);
    expect((await h['person:list-item-people']({ caseId: a.id }, ctx))[0]).toMatchObject({ receivedFromPersonId: null, links: [] });
  });
});
