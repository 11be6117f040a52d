import { describe, expect, it } from 'vitest';
import { PASS, newCore } from '../helpers/temp';

const ctx = { transport: 'test' } as const;

describe('search', () => {
  it('finds cases, persons and items by words, with diacritics folded, and filters by status, category and platform', async () => {
    const core = newCore();
    const h = core.handlers;
    await h['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    const a = await h['case:create']({ title: 'Expose-account over eerstejaars', category: 'expose-account', tags: ['klas 1B'] }, ctx);
    const b = await h['case:create']({ title: 'Vechtvideo op het plein', category: 'violence-video' }, ctx);
    await h['person:add']({ caseId: a.id, role: 'victim', name: 'Şükrü Yılmaz', minor: 'yes' }, ctx);
    await h['evidence:add-url']({ caseId: a.id, meta: { platform: 'Instagram', url: 'https://www.instagram.com/expose.mbo/', handle: '@expose.mbo' } }, ctx);
    await h['evidence:add-url']({ caseId: b.id, meta: { platform: 'TikTok', url: 'https://www.tiktok.com/@vechten/video/1', description: 'video van een vechtpartij' } }, ctx);
    await h['case:update']({ caseId: b.id, patch: { status: 'closed' } }, ctx);

    const refs = async (q: Parameters<typeof h['search:query']>[0]) => (await h['search:query'](q, ctx)).map((x) => `${x.entity}:${x.caseRef}`);
    expect(await refs({ text: 'sukru' })).toEqual([`person:${a.ref}`]);
    expect(await refs({ text: 'expose.mbo' })).toContain(`item:${a.ref}`);
    expect(await refs({ text: 'vecht' })).toEqual(expect.arrayContaining([`case:${b.ref}`, `item:${b.ref}`]));
    expect(await refs({ text: 'vecht', status: 'open' })).toEqual([]);
    expect(await refs({ platform: 'tiktok' })).toEqual([`item:${b.ref}`]);
    expect(await refs({ category: 'expose-account' })).toEqual([`case:${a.ref}`]);
    expect(await refs({ text: '"); DROP TABLE cases; --' })).toEqual([]);
    expect((await h['case:list']({}, ctx)).length).toBe(2);
    expect((await h['case:list']({ status: 'closed' }, ctx)).map((c) => c.ref)).toEqual([b.ref]);
  });

  it('numbers cases per year in the school time zone and keeps working notes out of search', async () => {
    const core = newCore();
    const h = core.handlers;
    await h['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    const c1 = await h['case:create']({ title: 'Eerste', category: 'other' }, ctx);
    const c2 = await h['case:create']({ title: 'Tweede', category: 'other' }, ctx);
    expect([c1.ref, c2.ref]).toEqual(['2026-001', '2026-002']);
    await h['note:add']({ caseId: c1.id, body: 'persoonlijke indruk geheimwoord' }, ctx);
    expect(await h['search:query']({ text: 'geheimwoord' }, ctx)).toEqual([]);
    const updated = await h['case:update']({ caseId: c1.id, patch: { status: 'closed' } }, ctx);
    expect(updated.closedAt).not.toBeNull();
    const reopened = await h['case:update']({ caseId: c1.id, patch: { status: 'monitoring' } }, ctx);
    expect(reopened.closedAt).toBeNull();
  });
});
