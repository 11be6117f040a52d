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

  it('ranks best matches first and still finds the few hits a filter keeps when they rank last', async () => {
    const core = newCore();
    const h = core.handlers;
    await h['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    const c = await h['case:create']({ title: 'Veel meldingen', category: 'hurtful-meme' }, ctx);
    const add = (platform: string, description: string, seenAt: string) =>
      h['evidence:add-url']({ caseId: c.id, meta: { platform, url: `https://${platform.toLowerCase()}.example/${Math.random().toString(36).slice(2)}`, description, seenAt } }, ctx);
    // 450 strong matches (more than two batches of hits) on one platform, in one week...
    for (let i = 0; i < 450; i++) await add('Instagram', `schoolplein schoolplein ${i}`, '2026-10-05T10:00:00Z');
    // ...and three weak matches (one mention in a long text) elsewhere and later.
    const filler = 'een lange beschrijving met veel andere woorden over wat er gebeurde in de klas en daarna';
    for (let i = 0; i < 3; i++) await add('Discord', `${filler} schoolplein ${filler}`, '2026-11-20T10:00:00Z');

    const platformOf = new Map((await h['evidence:list']({ caseId: c.id }, ctx)).map((it) => [it.id, it.platform]));
    const platforms = (hits: { entityId: string }[]) => hits.map((x) => platformOf.get(x.entityId));
    const top = await h['search:query']({ text: 'schoolplein', limit: 10 }, ctx);
    expect(platforms(top)).toEqual(Array(10).fill('Instagram'));
    expect(platforms(await h['search:query']({ text: 'schoolplein', platform: 'discord' }, ctx))).toEqual(['Discord', 'Discord', 'Discord']);
    // A date filter is not part of the text index: the late hits are still found.
    expect(platforms(await h['search:query']({ text: 'schoolplein', from: '2026-11-01T00:00:00Z' }, ctx))).toEqual(['Discord', 'Discord', 'Discord']);
  });
});
