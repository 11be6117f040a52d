/**
 * Takedowns that platforms act on, through the core (issue 14): the notice is built from each
 * item's own kind of material, not the case's; age is written as recorded; the platform reads
 * only the description meant for it; the sender rule; several URLs or items in one request;
 * targets without a URL; escalation reports that say what the school did.
 */
import { describe, expect, it } from 'vitest';
import { CASE_CATEGORIES, type CaseCategory } from '../../shared/case-types';
import { reasonText } from '../../shared/error-reasons';
import { screenshot } from '../helpers/images';
import { entry, takedownCore, testSeed, TEST_SENDER } from '../helpers/takedown';
import { SIGNATURE } from '../helpers/notice-signatures';

const seed = () => {
  const s = testSeed();
  s.platforms.push(entry('whatsapp', 'WhatsApp', ['whatsapp.com', 'wa.me']), entry('telegram', 'Telegram', ['t.me', 'telegram.org']), entry('helpwanted', 'Helpwanted', [], 3, 'escalation'));
  return s;
};
const core = (opts: { sender?: boolean } = {}) => takedownCore('2026-11-24T09:00:00Z', seed(), opts);

describe('part (a) comes from the item, not the case (item 1)', () => {
  for (const lang of ['nl', 'en'] as const) {
    for (const category of CASE_CATEGORIES) {
      it(`${category} item in a case of another kind, ${lang}`, async () => {
        const { h, ctx } = await core();
        const caseKind: CaseCategory = category === 'expose-account' ? 'other' : 'expose-account';
        const c = await h['case:create']({ title: 'Zaak', category: caseKind }, ctx);
        const item = await h['evidence:add-url']({ caseId: c.id, meta: { url: 'https://www.instagram.com/p/item/', platform: 'Instagram', minor: 'no', category } }, ctx);
        expect(item.category).toBe(category);
        const r = await h['takedown:create']({ caseId: c.id, itemId: item.id, channel: 'web-form' }, ctx);
        const n = await h['takedown:get-notice']({ requestId: r.id, lang }, ctx);
        expect(n.parts.explanation).toMatch(SIGNATURE[category][lang]);
        expect(n.parts.explanation).not.toMatch(SIGNATURE[caseKind][lang]);
      });
    }
  }

  it('a TikTok fight video in an expose case, and a Telegram CSAM item in the same case, each get their own ground', async () => {
    const { h, ctx, c } = await core();
    const fight = await h['evidence:add-url']({ caseId: c.id, meta: { url: 'https://www.tiktok.com/@x/video/1', platform: 'TikTok', violence: true, category: 'violence-video' } }, ctx);
    const csam = await h['evidence:add-url']({ caseId: c.id, meta: { url: 'https://t.me/kanaal/42', platform: 'Telegram', sexual: true, minor: 'unknown', category: 'nude-photo' } }, ctx);
    const nf = await h['takedown:get-notice']({ requestId: (await h['takedown:create']({ caseId: c.id, itemId: fight.id, channel: 'web-form' }, ctx)).id, lang: 'en' }, ctx);
    expect(nf.parts.explanation).toMatch(/shows violence/);
    expect(nf.parts.explanation).not.toMatch(/shame/);
    const nc = await h['takedown:get-notice']({ requestId: (await h['takedown:create']({ caseId: c.id, itemId: csam.id, channel: 'email' }, ctx)).id, lang: 'nl' }, ctx);
    expect(nc.parts.explanation).toMatch(/mogelijk minderjarig/);
    expect(nc.parts.explanation).not.toMatch(/expose-account/);
    expect(nc.csam).toBe(true);
  });

  it('an item without a kind of its own takes the case\'s; a correction through evidence:update and an import\'s --category are used', async () => {
    const { h, ctx, c } = await core();
    const plain = await h['evidence:add-url']({ caseId: c.id, meta: { url: 'https://www.instagram.com/p/a/' } }, ctx);
    expect(plain.category).toBeNull();
    const r = await h['takedown:create']({ caseId: c.id, itemId: plain.id, channel: 'web-form' }, ctx);
    expect((await h['takedown:get-notice']({ requestId: r.id, lang: 'nl' }, ctx)).parts.explanation).toMatch(/285d/);
    await h['evidence:update']({ itemId: plain.id, patch: { category: 'hurtful-meme' } }, ctx);
    expect((await h['takedown:get-notice']({ requestId: r.id, lang: 'nl' }, ctx)).parts.explanation).toMatch(/\(meme\)/);

    const imp = await h['evidence:import']({ caseId: c.id, meta: { url: 'https://www.instagram.com/p/b/', category: 'edited-screenshot', platformDescription: 'Bewerkte schermafbeelding.' }, files: [{ name: 'a.png', bytes: new Uint8Array(await screenshot('cat')) }] }, ctx);
    const stored = await h['evidence:get']({ itemId: imp.results[0]!.itemId! }, ctx);
    expect(stored.item).toMatchObject({ category: 'edited-screenshot', platformDescription: 'Bewerkte schermafbeelding.' });
  });
});

describe('the platform reads only the description meant for it (item 3)', () => {
  it('never the internal description; the platform description when given, else no description line', async () => {
    const { h, ctx, c } = await core();
    const internal = 'Volgens Mila staat hier een naaktfoto van Sanne';
    const item = await h['evidence:add-url']({ caseId: c.id, meta: { url: 'https://t.me/kanaal/7', platform: 'Telegram', description: internal } }, ctx);
    const r = await h['takedown:create']({ caseId: c.id, itemId: item.id, channel: 'email' }, ctx);
    for (const lang of ['nl', 'en'] as const) {
      const n = await h['takedown:get-notice']({ requestId: r.id, lang }, ctx);
      expect(n.text).not.toContain('Mila');
      expect(n.text).not.toContain('Sanne');
      expect(n.parts.location).not.toMatch(/Beschrijving|Description/);
    }
    await h['evidence:update']({ itemId: item.id, patch: { platformDescription: 'Bewerkte foto van een student, gedeeld in een openbaar kanaal.' } }, ctx);
    const n = await h['takedown:get-notice']({ requestId: r.id, lang: 'nl' }, ctx);
    expect(n.parts.location).toContain('Beschrijving: Bewerkte foto van een student, gedeeld in een openbaar kanaal.');
    expect(n.text).not.toContain('Mila');
  });
});

describe('the sender rule (item 2)', () => {
  it('without a sender, "sent" is refused for a notice, with words that say where to set it; with one it goes', async () => {
    const { h, ctx, c } = await core({ sender: false });
    const r = await h['takedown:create']({ caseId: c.id, url: 'https://www.instagram.com/p/x/', channel: 'web-form' }, ctx);
    const n = await h['takedown:get-notice']({ requestId: r.id, lang: 'nl' }, ctx);
    expect(n).toMatchObject({ senderMissing: true, senderOptional: false });
    const refused = await h['takedown:set-status']({ requestId: r.id, status: 'sent' }, ctx).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'CONFLICT', details: { reason: 'sender-missing' } });
    expect(reasonText('nl', (refused as { details: Record<string, unknown> }).details)).toContain('Instellingen > Afzender voor meldingen');
    expect(reasonText('en', (refused as { details: Record<string, unknown> }).details)).toContain('Settings > Sender for notices');
    expect((await h['takedown:get']({ requestId: r.id }, ctx)).status).toBe('to-send');
    await h['settings:set']({ ...TEST_SENDER }, ctx);
    expect((await h['takedown:set-status']({ requestId: r.id, status: 'sent' }, ctx)).status).toBe('sent');
  });

  it('CSAM: the sender is included by default; leaving it out is a choice that unblocks sending without one', async () => {
    const { h, ctx } = await core({ sender: false });
    const c = await h['case:create']({ title: 'Naaktfoto', category: 'nude-photo' }, ctx);
    const r = await h['takedown:create']({ caseId: c.id, url: 'https://t.me/kanaal/1', channel: 'email' }, ctx);
    expect(await h['takedown:get-notice']({ requestId: r.id, lang: 'nl' }, ctx)).toMatchObject({ csam: true, senderOptional: true, senderMissing: true });
    await expect(h['takedown:set-status']({ requestId: r.id, status: 'sent' }, ctx)).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'sender-missing-csam' } });
    const chosen = await h['takedown:update']({ requestId: r.id, patch: { omitSender: true } }, ctx);
    expect(chosen.omitSender).toBe(true);
    const n = await h['takedown:get-notice']({ requestId: r.id, lang: 'nl' }, ctx);
    expect(n).toMatchObject({ senderMissing: false, senderOmitted: true });
    expect(n.text).toContain('De identiteit van de melder is weggelaten.');
    expect((await h['takedown:set-status']({ requestId: r.id, status: 'sent' }, ctx)).status).toBe('sent');

    // With a sender set and the choice undone, the notice names the sender again.
    await h['settings:set']({ ...TEST_SENDER }, ctx);
    await h['takedown:update']({ requestId: r.id, patch: { omitSender: false } }, ctx);
    expect((await h['takedown:get-notice']({ requestId: r.id, lang: 'en' }, ctx)).text).toContain(TEST_SENDER.senderEmail);
  });

  it('refuses leaving the sender out of any other notice; an in-app report and a hash programme need no sender', async () => {
    const { h, ctx, c } = await core({ sender: false });
    const r = await h['takedown:create']({ caseId: c.id, url: 'https://www.instagram.com/p/y/', channel: 'web-form' }, ctx);
    await expect(h['takedown:update']({ requestId: r.id, patch: { omitSender: true } }, ctx)).rejects.toMatchObject({ code: 'VALIDATION', details: { reason: 'omit-sender-not-csam' } });
    const inApp = await h['takedown:create']({ caseId: c.id, url: 'https://www.instagram.com/p/z/', channel: 'in-app' }, ctx);
    expect((await h['takedown:set-status']({ requestId: inApp.id, status: 'sent' }, ctx)).status).toBe('sent');
    const hash = await h['takedown:create']({ caseId: c.id, url: 'https://www.instagram.com/p/z/', channel: 'take-it-down' }, ctx);
    expect((await h['takedown:set-status']({ requestId: hash.id, status: 'sent' }, ctx)).status).toBe('sent');
    await expect(h['takedown:get-notice']({ requestId: hash.id, lang: 'nl' }, ctx)).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'no-notice-for-hash' } });
  });
});

describe('several URLs or items in one request (item 5)', () => {
  it('two typed URLs: one request, one notice listing both exactly; status, reference and history stay on the request', async () => {
    const { h, ctx, c } = await core();
    const a = 'https://www.instagram.com/p/Een_1/?igsh=a%20b';
    const b = 'https://www.instagram.com/stories/klas2c.expose/3141592653/';
    const r = await h['takedown:create']({ caseId: c.id, urls: [a, b], platform: 'Instagram', channel: 'web-form' }, ctx);
    expect(r.occurrences.map((o) => o.url)).toEqual([a, b]);
    expect(r.occurrence.url).toBe(a);
    expect(r.platformName).toBe('Instagram');
    const n = await h['takedown:get-notice']({ requestId: r.id, lang: 'nl' }, ctx);
    const lines = n.text.split('\n');
    expect(lines).toContain(a);
    expect(lines).toContain(b);
    expect(lines.indexOf(b)).toBe(lines.indexOf(a) + 1);

    const sent = await h['takedown:set-status']({ requestId: r.id, status: 'sent', reference: 'IG-555' }, ctx);
    expect(sent).toMatchObject({ status: 'sent', reference: 'IG-555' });
    expect(sent.history.map((e) => e.to)).toEqual(['to-send', 'sent']);
    expect(sent.occurrences).toHaveLength(2);
    expect(await h['takedown:list']({ caseId: c.id }, ctx)).toHaveLength(1);
  });

  it('several selected items on one platform make one request; items on two platforms are refused in words', async () => {
    const { h, ctx, c } = await core();
    const one = await h['evidence:add-url']({ caseId: c.id, meta: { url: 'https://www.instagram.com/p/1/', platform: 'Instagram', handle: '@een' } }, ctx);
    const two = await h['evidence:add-url']({ caseId: c.id, meta: { url: 'https://www.instagram.com/p/2/', platform: 'Instagram', handle: '@twee' } }, ctx);
    const tiktok = await h['evidence:add-url']({ caseId: c.id, meta: { url: 'https://www.tiktok.com/@x/video/9', platform: 'TikTok' } }, ctx);
    const r = await h['takedown:create']({ caseId: c.id, itemIds: [one.id, two.id], channel: 'web-form' }, ctx);
    expect(r.occurrences.map((o) => o.itemId)).toEqual([one.id, two.id]);
    const n = await h['takedown:get-notice']({ requestId: r.id, lang: 'en' }, ctx);
    expect(n.parts.location).toContain('Per location:\nhttps://www.instagram.com/p/1/\n  Account: @een\nhttps://www.instagram.com/p/2/\n  Account: @twee');

    const mixed = await h['takedown:create']({ caseId: c.id, itemIds: [one.id, tiktok.id], channel: 'web-form' }, ctx).catch((e: unknown) => e);
    expect(mixed).toMatchObject({ code: 'VALIDATION', details: { reason: 'several-platforms' } });
    expect(reasonText('nl', (mixed as { details: Record<string, unknown> }).details)).toMatch(/verschillende platforms \((Instagram, TikTok|TikTok, Instagram)\)/);
    await expect(h['takedown:create']({ caseId: c.id, itemIds: [one.id], urls: ['https://www.tiktok.com/@y'], channel: 'web-form' }, ctx)).rejects.toMatchObject({ details: { reason: 'several-platforms' } });
    await expect(h['takedown:create']({ caseId: c.id, itemIds: [one.id], platform: 'TikTok', channel: 'web-form' }, ctx)).rejects.toMatchObject({ details: { reason: 'several-platforms' } });
  });

  it('refuses a request with nothing to report, in words (not an English-only message)', async () => {
    const { h, ctx, c } = await core();
    const e = await h['takedown:create']({ caseId: c.id, channel: 'email' }, ctx).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'VALIDATION', details: { reason: 'target-required' } });
    expect(reasonText('nl', (e as { details: Record<string, unknown> }).details)).toMatch(/^Een verwijderverzoek heeft minstens één vindplaats nodig/);
  });
});

describe('targets without a URL (item 4)', () => {
  it('a WhatsApp group: recorded with its name and route, shown in the notice, sent and followed up like any request', async () => {
    const { h, ctx, c } = await core();
    const r = await h['takedown:create'](
      { caseId: c.id, platform: 'WhatsApp', channel: 'in-app', targets: [{ kind: 'group', identifier: 'Klas 2C roddels', inAppRoute: 'Chats > Klas 2C roddels > Groepsinfo > Groep rapporteren' }], category: 'hurtful-meme', description: 'Groep waarin bewerkte foto’s van een student worden gedeeld.' },
      ctx,
    );
    expect(r.platformName).toBe('WhatsApp');
    expect(r.occurrence).toMatchObject({ targetKind: 'group', url: '', identifier: 'Klas 2C roddels', platformId: 'whatsapp', category: 'hurtful-meme' });
    const n = await h['takedown:get-notice']({ requestId: r.id, lang: 'nl' }, ctx);
    expect(n.parts.location).toBe(
      ['Platform: WhatsApp', 'Groep of kanaal: Klas 2C roddels', 'Zo vindt u het in de app: Chats > Klas 2C roddels > Groepsinfo > Groep rapporteren', 'Beschrijving: Groep waarin bewerkte foto’s van een student worden gedeeld.'].join('\n'),
    );
    expect(n.parts.explanation).toMatch(/\(meme\)/);
    expect(n.parts.location).not.toMatch(/URL/);
    expect((await h['takedown:set-status']({ requestId: r.id, status: 'sent' }, ctx)).nextFollowUpDate).not.toBeNull();
    // The same group again reuses its occurrence, so both requests are about one location.
    const again = await h['takedown:create']({ caseId: c.id, platform: 'WhatsApp', channel: 'police', targets: [{ kind: 'group', identifier: 'Klas 2C roddels' }] }, ctx);
    expect(again.occurrence.id).toBe(r.occurrence.id);
  });

  it('needs its platform: no host can name it', async () => {
    const { h, ctx, c } = await core();
    const e = await h['takedown:create']({ caseId: c.id, channel: 'in-app', targets: [{ kind: 'account', identifier: 'roddel.3b' }] }, ctx).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'VALIDATION', details: { reason: 'target-needs-platform' } });
    const snap = await h['takedown:create']({ caseId: c.id, platform: 'Snapchat', channel: 'in-app', targets: [{ kind: 'account', identifier: 'roddel.3b' }] }, ctx);
    expect(snap.occurrence).toMatchObject({ platformId: 'other-host', targetKind: 'account', identifier: 'roddel.3b' });
  });

  it('an evidence item without a URL reports its account; typed targets take the age given with them', async () => {
    const { h, ctx } = await core();
    const c = await h['case:create']({ title: 'Naaktfoto', category: 'nude-photo' }, ctx);
    const item = await h['evidence:add-url']({ caseId: c.id, meta: { platform: 'WhatsApp', handle: '+31 6 12345678', minor: 'yes' } }, ctx);
    const r = await h['takedown:create']({ caseId: c.id, itemId: item.id, channel: 'in-app' }, ctx);
    expect(r.occurrence).toMatchObject({ targetKind: 'account', identifier: '+31 6 12345678', platformId: 'whatsapp' });
    expect((await h['takedown:get-notice']({ requestId: r.id, lang: 'nl' }, ctx)).parts.explanation).toMatch(/toont een minderjarige/);
    const adult = await h['takedown:create']({ caseId: c.id, platform: 'Telegram', channel: 'email', targets: [{ kind: 'chat', identifier: '@verspreider' }], minor: 'no' }, ctx);
    const n = await h['takedown:get-notice']({ requestId: adult.id, lang: 'nl' }, ctx);
    expect(n.csam).toBe(false);
    expect(n.parts.explanation).toMatch(/139h/);
  });
});

describe('escalations are reports, not notices (item 6)', () => {
  for (const channel of ['offlimits', 'helpwanted', 'police'] as const) {
    it(`${channel}: what, where and when, what the school did; never "on your service"`, async () => {
      const { h, ctx, c, clock } = await core();
      const item = await h['evidence:add-url']({ caseId: c.id, meta: { url: 'https://www.instagram.com/expose.klas2c/', platform: 'Instagram', seenAt: '2026-11-20T19:05:00Z' } }, ctx);
      const notice = await h['takedown:create']({ caseId: c.id, itemId: item.id, channel: 'web-form' }, ctx);
      await h['takedown:set-status']({ requestId: notice.id, status: 'sent', at: '2026-11-21T10:00:00Z' }, ctx);
      clock.advance(60_000);
      await h['takedown:set-status']({ requestId: notice.id, status: 'refused', reference: 'IG-77' }, ctx);
      const esc = await h['takedown:create']({ caseId: c.id, itemId: item.id, channel }, ctx);
      for (const lang of ['nl', 'en'] as const) {
        const n = await h['takedown:get-notice']({ requestId: esc.id, lang }, ctx);
        expect(n.kind).toBe('report');
        expect(n.text).not.toMatch(/uw dienst|your service/i);
        expect(n.parts.location).toContain(lang === 'nl' ? 'Platform: Instagram' : 'Platform: Instagram');
        expect(n.parts.location).toContain(lang === 'nl' ? 'Waargenomen op: 20 november 2026, 20:05 Nederlandse tijd' : 'Seen at: 20 November 2026, 20:05 Amsterdam time');
        expect(n.parts.actions).toBe(lang === 'nl' ? '- 21 november 2026: webformulier aan Instagram; status: geweigerd; kenmerk IG-77' : '- 21 November 2026: web form to Instagram; status: refused; reference IG-77');
      }
      // The platform's own notice is still a notice.
      expect((await h['takedown:get-notice']({ requestId: notice.id, lang: 'nl' }, ctx)).text).toMatch(/uw dienst/);
    });
  }
});
