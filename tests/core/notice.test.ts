import { describe, expect, it } from 'vitest';
import { CASE_CATEGORIES, type CaseCategory } from '../../shared/case-types';
import type { NoticeInput } from '../../shared/takedown-types';
import { composeNotice, formatSeenAt } from '../../electron/core/takedown/notice';
import { takedownCore } from '../helpers/takedown';

// URLs that break naive handling: query strings, %20, unicode path, fragment, trailing slash.
const URLS = [
  'https://www.instagram.com/p/Cx_9aB-12/?igsh=MWx0c2Z3&utm_source=qr',
  'https://example.nl/map%20met%20spatie/foto.jpg?a=1&b=%2F',
  'https://voorbeeld.nl/straße/été/ß?q=ĳs',
  'https://x.com/someone/status/1234567890#reply-2',
  'https://www.tiktok.com/@account.name/',
];

const SENDER = { name: 'Fatima el Amrani', email: 'vertrouwenspersoon@rocvoorbeeld.nl', organisation: 'ROC Voorbeeld', role: 'Vertrouwenspersoon' };

const base = (over: Partial<NoticeInput> = {}): NoticeInput => ({
  lang: 'nl',
  category: 'nude-photo',
  csam: false,
  platformName: 'Instagram',
  urls: URLS,
  handle: '@expose_klas3b',
  seenAt: '2026-01-15T13:05:00Z',
  description: 'Foto van een student in een kleedkamer, gepost met naam erbij.',
  sender: SENDER,
  ...over,
});

const HEADINGS = {
  nl: ['(a) Waarom deze inhoud illegaal is', '(b) Waar de inhoud staat', '(c) Melder', '(d) Verklaring te goeder trouw'],
  en: ['(a) Why this content is illegal', '(b) Where the content is', '(c) Sender', '(d) Statement of good faith'],
} as const;

const GOOD_FAITH = {
  nl: 'Ik verklaar te goeder trouw dat de informatie en beweringen in deze melding juist en volledig zijn.',
  en: 'I confirm in good faith that the information and allegations in this notice are accurate and complete.',
} as const;

/** The provisions each category's template must cite (both languages). */
const CITES: Record<CaseCategory, RegExp[]> = {
  'nude-photo': [/139h/],
  'sexual-video': [/139h/],
  'violence-video': [/21 (Auteurswet|of the Dutch Copyright Act)/],
  'hurtful-meme': [/266/, /21 (Auteurswet|of the Dutch Copyright Act)/],
  'edited-screenshot': [/261/, /262/],
  'expose-account': [/285d/, /21 (Auteurswet|of the Dutch Copyright Act)/],
  other: [/\b(AVG|GDPR)\b/],
};

describe('composeNotice: the four parts of DSA art. 16(2)', () => {
  for (const lang of ['nl', 'en'] as const) {
    for (const category of CASE_CATEGORIES) {
      it(`${category} in ${lang}: headings in order, URLs verbatim, good faith, law cited`, () => {
        const n = composeNotice(base({ lang, category }));
        // All four headings, each once and in order a, b, c, d.
        const positions = HEADINGS[lang].map((h) => n.text.indexOf(h));
        for (const [i, h] of HEADINGS[lang].entries()) {
          expect(positions[i], h).toBeGreaterThanOrEqual(0);
          expect(n.text.split(h).length - 1, h).toBe(1);
        }
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);

        // (a) the category template, citing the right provisions.
        for (const re of CITES[category]) expect(n.parts.explanation).toMatch(re);
        expect(n.text).toContain(n.parts.explanation);

        // (b) every URL exactly, on a line of its own, plus platform, handle, description.
        const lines = n.text.split('\n');
        for (const url of URLS) expect(lines).toContain(url);
        expect(n.parts.location).toContain('Instagram');
        expect(n.parts.location).toContain('@expose_klas3b');
        expect(n.parts.location).toContain('Foto van een student in een kleedkamer');

        // (c) sender present; (d) good faith.
        expect(n.text).toContain(SENDER.name);
        expect(n.text).toContain(SENDER.email);
        expect(n.text).toContain(SENDER.organisation);
        expect(n.senderOmitted).toBe(false);
        expect(n.csam).toBe(false);
        expect(n.parts.goodFaith).toBe(GOOD_FAITH[lang]);
        expect(lines).toContain(GOOD_FAITH[lang]);

        expect(n.lang).toBe(lang);
        expect(n.subject).toMatch(lang === 'nl' ? /DSA art\. 16/ : /DSA Article 16/);
        expect(n.text).not.toMatch(/<[a-z/][^>]*>/i);
      });
    }
  }

  it('uses different templates per category and language', () => {
    const texts = new Set<string>();
    for (const lang of ['nl', 'en'] as const) for (const category of CASE_CATEGORIES) texts.add(composeNotice(base({ lang, category })).parts.explanation);
    expect(texts.size).toBe(CASE_CATEGORIES.length * 2);
  });

  it('gives the subject lines', () => {
    expect(composeNotice(base()).subject).toBe('Verzoek tot verwijdering van onrechtmatige inhoud (DSA art. 16)');
    expect(composeNotice(base({ lang: 'en' })).subject).toBe('Notice of illegal content (DSA Article 16)');
  });
});

describe('composeNotice: child sexual abuse material', () => {
  for (const lang of ['nl', 'en'] as const) {
    for (const category of CASE_CATEGORIES) {
      it(`${category} in ${lang}: no trace of the sender, the omission line, art. 252 Sr`, () => {
        const n = composeNotice(base({ lang, category, csam: true }));
        for (const secret of [SENDER.name, SENDER.email, SENDER.organisation, SENDER.role, 'Fatima', 'rocvoorbeeld']) {
          expect(n.text).not.toContain(secret);
          expect(JSON.stringify(n.parts)).not.toContain(secret);
        }
        expect(n.senderOmitted).toBe(true);
        expect(n.csam).toBe(true);
        expect(n.parts.sender).toBeNull();
        expect(n.text).toContain(HEADINGS[lang][2]);
        expect(n.text).toMatch(lang === 'nl' ? /identiteit van de melder is weggelaten.*16, lid 2, onder c/ : /identity of the sender is left out.*16\(2\)\(c\)/);
        expect(n.parts.explanation).toMatch(/252/);
        expect(n.parts.explanation).toMatch(/240b/);
        // A sexual category no longer leans on the adults' provision.
        if (category === 'nude-photo' || category === 'sexual-video') expect(n.parts.explanation).not.toMatch(/139h/);
        else for (const re of CITES[category]) expect(n.parts.explanation).toMatch(re);
        for (const url of URLS) expect(n.text.split('\n')).toContain(url);
        expect(n.text).toContain(GOOD_FAITH[lang]);
      });
    }
  }

  it('says the sender is missing when there is none (not csam)', () => {
    const nl = composeNotice(base({ sender: null }));
    expect(nl.senderOmitted).toBe(true);
    expect(nl.csam).toBe(false);
    expect(nl.parts.sender).toBeNull();
    expect(nl.text).toContain('Naam en e-mailadres van de melder ontbreken in deze melding.');
    expect(nl.text).not.toContain('weggelaten');
    const en = composeNotice(base({ lang: 'en', sender: null }));
    expect(en.text).toContain("The sender's name and e-mail address are missing from this notice.");
  });

  it('writes name, e-mail, organisation and role when not csam', () => {
    const n = composeNotice(base());
    expect(n.parts.sender).toBe('Naam: Fatima el Amrani\nE-mail: vertrouwenspersoon@rocvoorbeeld.nl\nOrganisatie: ROC Voorbeeld\nFunctie: Vertrouwenspersoon');
    const bare = composeNotice(base({ lang: 'en', sender: { name: 'A. Jansen', email: 'a.jansen@school.nl' } }));
    expect(bare.parts.sender).toBe('Name: A. Jansen\nE-mail: a.jansen@school.nl');
  });
});

describe('composeNotice: override, time and input checks', () => {
  it('uses explanationOverride verbatim as part (a)', () => {
    const own = 'Eigen toelichting:\n  regel twee met  dubbele spaties & <tekens> — en "aanhalingstekens".';
    const n = composeNotice(base({ explanationOverride: own, csam: true }));
    expect(n.parts.explanation).toBe(own);
    expect(n.text).toContain(`(a) Waarom deze inhoud illegaal is\n${own}\n`);
    expect(n.text).not.toMatch(/139h|252/);
  });

  it('falls back to the template when the override is empty or null', () => {
    expect(composeNotice(base({ explanationOverride: '  ' })).parts.explanation).toMatch(/139h/);
    expect(composeNotice(base({ explanationOverride: null })).parts.explanation).toMatch(/139h/);
  });

  it('renders seen-at in Europe/Amsterdam time with UTC in brackets (winter and summer time)', () => {
    expect(formatSeenAt('2026-01-15T13:05:00Z', 'nl')).toBe('15 januari 2026, 14:05 Nederlandse tijd (2026-01-15 13:05 UTC)');
    expect(formatSeenAt('2026-01-15T13:05:00Z', 'en')).toBe('15 January 2026, 14:05 Amsterdam time (2026-01-15 13:05 UTC)');
    // CEST (UTC+2), and the local date is a day later than the UTC date.
    expect(formatSeenAt('2026-07-01T22:30:00.000Z', 'nl')).toBe('2 juli 2026, 00:30 Nederlandse tijd (2026-07-01 22:30 UTC)');
    // An offset in the input is honoured.
    expect(formatSeenAt('2026-03-12T09:00:00-05:00', 'en')).toBe('12 March 2026, 15:00 Amsterdam time (2026-03-12 14:00 UTC)');
    const n = composeNotice(base());
    expect(n.parts.location).toContain('Waargenomen op: 15 januari 2026, 14:05 Nederlandse tijd (2026-01-15 13:05 UTC)');
  });

  it('leaves out optional lines that are not given', () => {
    const n = composeNotice(base({ handle: undefined, seenAt: null, description: undefined }));
    expect(n.parts.location).toBe(['Platform: Instagram', 'URL(s), precies zoals waargenomen:', ...URLS].join('\n'));
  });

  it('refuses a notice without URL, with a broken URL line, or with an invalid time', () => {
    expect(() => composeNotice(base({ urls: [] }))).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(() => composeNotice(base({ urls: ['https://a.nl/x\nInjected line'] }))).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(() => composeNotice(base({ urls: [''] }))).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(() => composeNotice(base({ seenAt: 'gisteren' }))).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });
});

describe('takedown:get-notice through the core', () => {
  it('leaves the sender out for a sexual case (age unknown) and names the sender in any other case', async () => {
    const { h, ctx } = await takedownCore('2026-11-24T09:00:00Z');
    await h['settings:set']({ senderName: 'Fatima El Amrani', senderEmail: 'vp@rocvoorbeeld.nl' }, ctx);
    const sexual = await h['case:create']({ title: 'Naaktfoto in groepsapp', category: 'nude-photo' }, ctx);
    const meme = await h['case:create']({ title: 'Meme over docent', category: 'hurtful-meme' }, ctx);
    const a = await h['takedown:create']({ caseId: sexual.id, url: 'https://www.instagram.com/p/abc/', channel: 'web-form' }, ctx);
    const b = await h['takedown:create']({ caseId: meme.id, url: 'https://www.instagram.com/p/def/', channel: 'web-form' }, ctx);
    const na = await h['takedown:get-notice']({ requestId: a.id, lang: 'nl' }, ctx);
    expect(na).toMatchObject({ csam: true, senderOmitted: true, parts: { sender: null } });
    expect(na.text).not.toContain('Fatima');
    const nb = await h['takedown:get-notice']({ requestId: b.id, lang: 'en' }, ctx);
    expect(nb).toMatchObject({ csam: false, senderOmitted: false });
    expect(nb.text).toContain('Fatima El Amrani');
  });

  it('an escalation to Offlimits says where the material is (the platform), not who the notice goes to', async () => {
    const { h, ctx, c } = await takedownCore('2026-11-24T09:00:00Z');
    const item = await h['evidence:add-url']({ caseId: c.id, meta: { url: 'https://www.instagram.com/p/abc/' } }, ctx);
    const esc = await h['takedown:create']({ caseId: c.id, itemId: item.id, channel: 'offlimits' }, ctx);
    expect(esc.platformName).toBe('Offlimits Meldpunt');
    const n = await h['takedown:get-notice']({ requestId: esc.id, lang: 'nl' }, ctx);
    expect(n.parts.location).toContain('Platform: Instagram');
    expect(n.parts.location).not.toContain('Offlimits');
  });
});
