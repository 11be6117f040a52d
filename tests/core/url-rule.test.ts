/**
 * One URL rule (issue 16 item 2): the same normalisation, refusal and platform detection on
 * every path that stores a location — add, import, edit (through the real handlers on a real
 * vault) and a takedown from a typed link; the CLI is tested in tests/cli/cli-evidence.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { checkUrl, platformOfUrl } from '../../shared/url-rule';
import { screenshot } from '../helpers/images';
import { PASS, newCore } from '../helpers/temp';

const ctx = { transport: 'test' } as const;

describe('the URL rule', () => {
  it('adds https:// to what people paste, keeps what they typed, and refuses what is no web address', () => {
    expect(checkUrl('instagram.com/p/x')).toEqual({ ok: true, url: 'https://instagram.com/p/x', host: 'instagram.com' });
    expect(checkUrl(' https://www.TikTok.com/@a/video/1?lang=nl ')).toEqual({ ok: true, url: 'https://www.tiktok.com/@a/video/1?lang=nl', host: 'tiktok.com' });
    expect(checkUrl('http://192.168.1.20/x')).toMatchObject({ ok: true });
    for (const bad of ['snap dot com slash djayy', 'djayy', 'snapchat', 'https://', 'instagram.com /p/x', '999.1.1.1/x', '-a.com']) {
      expect(checkUrl(bad), bad).toEqual({ ok: false, problem: 'url-invalid' });
    }
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.com/x', 'data:text/html,hi']) {
      expect(checkUrl(bad), bad).toEqual({ ok: false, problem: 'url-scheme' });
    }
  });

  it('finds the platform from the host, under subdomains too', () => {
    const platforms = [{ id: 'snapchat', name: 'Snapchat', domains: ['snapchat.com'] }];
    expect(platformOfUrl('story.snapchat.com/u/djayy', platforms)?.name).toBe('Snapchat');
    expect(platformOfUrl('notsnapchat.com/u', platforms)).toBeNull();
  });

  it('is the same on add, import and edit: normalised, platform detected, a non-URL refused in words', async () => {
    const core = newCore({ idleCheckMs: 0 });
    const h = core.handlers;
    await h['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    const c = await h['case:create']({ title: 'Account', category: 'expose-account' }, ctx);

    await expect(h['evidence:add-url']({ caseId: c.id, meta: { url: 'snap dot com slash djayy' } }, ctx)).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { reason: 'url-invalid', issues: [{ path: 'meta.url', code: 'url-invalid' }] },
    });
    expect(await h['evidence:list']({ caseId: c.id }, ctx)).toEqual([]);

    const added = await h['evidence:add-url']({ caseId: c.id, meta: { url: 'instagram.com/p/x' } }, ctx);
    expect(added).toMatchObject({ url: 'https://instagram.com/p/x', platform: 'Instagram' });
    // A platform the user named is kept, even when the host says otherwise.
    expect(await h['evidence:add-url']({ caseId: c.id, meta: { url: 'instagram.com/p/y', platform: 'Facebook' } }, ctx)).toMatchObject({ platform: 'Facebook' });

    const png = new Uint8Array(await screenshot('url-regel'));
    await expect(h['evidence:import']({ caseId: c.id, meta: { url: 'javascript:alert(1)' }, files: [{ name: 'a.png', bytes: png }] }, ctx)).rejects.toMatchObject({ details: { reason: 'url-scheme' } });
    const imp = await h['evidence:import']({ caseId: c.id, meta: { url: 'www.tiktok.com/@x/video/1' }, files: [{ name: 'a.png', bytes: png }] }, ctx);
    const item = (await h['evidence:get']({ itemId: imp.results[0]!.itemId! }, ctx)).item;
    expect(item).toMatchObject({ url: 'https://www.tiktok.com/@x/video/1', platform: 'TikTok' });

    await expect(h['evidence:update']({ itemId: item.id, patch: { url: 'tiktok dot com', sexual: true } }, ctx)).rejects.toMatchObject({ details: { reason: 'url-invalid' } });
    // The refused edit changed nothing (not even the flag saved with it).
    expect((await h['evidence:get']({ itemId: item.id }, ctx)).item).toMatchObject({ url: 'https://www.tiktok.com/@x/video/1', sexual: false });
    const edited = await h['evidence:update']({ itemId: added.id, patch: { url: 'snapchat.com/add/djayy', platform: '' } }, ctx);
    expect(edited).toMatchObject({ url: 'https://snapchat.com/add/djayy', platform: 'Snapchat' });
    // Clearing the URL is allowed (an account may be all that is known).
    expect(await h['evidence:update']({ itemId: added.id, patch: { url: '', handle: '@djayy' } }, ctx)).toMatchObject({ url: '', handle: '@djayy' });
  });

  it('applies to a takedown started from a typed link', async () => {
    const core = newCore({ idleCheckMs: 0 });
    const h = core.handlers;
    await h['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    const c = await h['case:create']({ title: 'Meme', category: 'hurtful-meme' }, ctx);
    await expect(h['takedown:create']({ caseId: c.id, url: 'snap dot com', channel: 'web-form' }, ctx)).rejects.toMatchObject({ details: { reason: 'url-invalid' } });
    const r = await h['takedown:create']({ caseId: c.id, url: 'instagram.com/p/abc', channel: 'web-form' }, ctx);
    expect(r.occurrence).toMatchObject({ url: 'https://instagram.com/p/abc', platformId: 'instagram' });
  });
});
