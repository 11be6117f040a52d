/**
 * The notice generator on its own (electron/core/takedown/notice.ts): the four parts of DSA
 * art. 16(2), built per target from its own kind of material (issue 14 item 1), age written as
 * recorded (item 2), several URLs and targets without a URL (items 4-5), and the escalation
 * report's own wording (item 6). The same rules through the core are in takedown-targets.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { CASE_CATEGORIES, type CaseCategory } from '../../shared/case-types';
import type { NoticeInput, NoticeTarget } from '../../shared/takedown-types';
import { composeNotice, formatSeenAt } from '../../electron/core/takedown/notice';
import { SIGNATURE } from '../helpers/notice-signatures';

// URLs that break naive handling: query strings, %20, unicode path, fragment, trailing slash.
const URLS = [
  'https://www.instagram.com/p/Cx_9aB-12/?igsh=MWx0c2Z3&utm_source=qr',
  'https://example.nl/map%20met%20spatie/foto.jpg?a=1&b=%2F',
  'https://voorbeeld.nl/straße/été/ß?q=ĳs',
  'https://x.com/someone/status/1234567890#reply-2',
  'https://www.tiktok.com/@account.name/',
];

const SENDER = { name: 'Fatima el Amrani', email: 'vertrouwenspersoon@rocvoorbeeld.nl', organisation: 'ROC Voorbeeld', role: 'Vertrouwenspersoon' };

const target = (over: Partial<NoticeTarget> = {}): NoticeTarget => ({
  kind: 'url',
  url: URLS[0]!,
  identifier: '',
  inAppRoute: '',
  handle: '@expose_klas3b',
  seenAt: '2026-01-15T13:05:00Z',
  description: 'Foto van een student in een kleedkamer, gepost met naam erbij.',
  category: 'hurtful-meme',
  sexual: false,
  minor: 'no',
  ...over,
});

/** Every URL a target with the same facts, so the details are written once. */
const base = (over: Partial<NoticeInput> = {}, t: Partial<NoticeTarget> = {}): NoticeInput => ({
  lang: 'nl',
  kind: 'notice',
  channel: 'web-form',
  platformName: 'Instagram',
  targets: URLS.map((url) => target({ url, ...t })),
  sender: SENDER,
  omitSender: false,
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

/** The provisions each kind of material's template must cite (both languages), for an adult (minor: 'no'). */
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
      it(`${category} in ${lang}: headings in order, URLs verbatim, good faith, the kind's law cited`, () => {
        const n = composeNotice(base({ lang }, { category }));
        const positions = HEADINGS[lang].map((h) => n.text.indexOf(h));
        for (const [i, h] of HEADINGS[lang].entries()) {
          expect(positions[i], h).toBeGreaterThanOrEqual(0);
          expect(n.text.split(h).length - 1, h).toBe(1);
        }
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);

        for (const re of CITES[category]) expect(n.parts.explanation).toMatch(re);
        expect(n.parts.explanation).toMatch(SIGNATURE[category][lang]);
        for (const other of CASE_CATEGORIES) if (other !== category && !(category === 'nude-photo' && other === 'sexual-video')) expect(n.parts.explanation).not.toMatch(SIGNATURE[other][lang]);
        expect(n.text).toContain(n.parts.explanation);

        const lines = n.text.split('\n');
        for (const url of URLS) expect(lines).toContain(url);
        expect(n.parts.location).toContain('Instagram');
        expect(n.parts.location).toContain('@expose_klas3b');
        expect(n.parts.location).toContain('Foto van een student in een kleedkamer');

        expect(n.text).toContain(SENDER.name);
        expect(n.text).toContain(SENDER.email);
        expect(n.text).toContain(SENDER.organisation);
        expect(n).toMatchObject({ kind: 'notice', senderOmitted: false, csam: false, senderOptional: false, senderMissing: false });
        expect(n.parts.goodFaith).toBe(GOOD_FAITH[lang]);
        expect(lines).toContain(GOOD_FAITH[lang]);
        expect(n.subject).toMatch(lang === 'nl' ? /DSA art\. 16/ : /DSA Article 16/);
        expect(n.text).not.toMatch(/<[a-z/][^>]*>/i);
      });
    }
  }

  it('uses different templates per kind of material and language', () => {
    const texts = new Set<string>();
    for (const lang of ['nl', 'en'] as const) for (const category of CASE_CATEGORIES) texts.add(composeNotice(base({ lang }, { category })).parts.explanation);
    expect(texts.size).toBe(CASE_CATEGORIES.length * 2);
  });

  it('cites the offence of making sexual images public as introduced (art. 139h Sr), not an unverified new number', () => {
    for (const lang of ['nl', 'en'] as const) {
      const n = composeNotice(base({ lang }, { category: 'nude-photo' }));
      expect(n.parts.explanation).toMatch(lang === 'nl' ? /ingevoerd als artikel 139h Sr/ : /introduced as Article 139h/);
      expect(n.parts.explanation).not.toMatch(/254ba/);
    }
  });
});

describe('composeNotice: part (a) from each target, several grounds in one notice', () => {
  it('one paragraph per distinct kind of material, each naming the targets it applies to', () => {
    const n = composeNotice(
      base({ targets: [target({ url: URLS[0]!, category: 'violence-video' }), target({ url: URLS[1]!, category: 'expose-account' }), target({ url: URLS[2]!, category: 'violence-video' })] }),
    );
    const paragraphs = n.parts.explanation.split('Dit geldt voor:').filter((p) => p.trim());
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toMatch(/toont geweld/);
    expect(paragraphs[0]!.split('\n')).toEqual(expect.arrayContaining([URLS[0], URLS[2]]));
    expect(paragraphs[0]).not.toMatch(/expose-account/);
    expect(paragraphs[1]).toMatch(/285d/);
    expect(paragraphs[1]!.split('\n')).toContain(URLS[1]);
  });

  it('an adult sexual image marked by the officer in another kind adds the sexual-images offence', () => {
    const n = composeNotice(base({}, { category: 'expose-account', sexual: true, minor: 'no' }));
    expect(n.parts.explanation).toMatch(/139h/);
    expect(n.parts.explanation).toMatch(/285d/);
    expect(n.csam).toBe(false);
  });
});

describe('composeNotice: age written as recorded (issue 14 item 2)', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`${lang}: 'yes' says the person is a minor; 'unknown' says may be a minor and treats it as such; 'no' is the adults' offence`, () => {
      const yes = composeNotice(base({ lang }, { category: 'nude-photo', minor: 'yes' }));
      const unknown = composeNotice(base({ lang }, { category: 'nude-photo', minor: 'unknown' }));
      const no = composeNotice(base({ lang }, { category: 'nude-photo', minor: 'no' }));
      const minorFact = lang === 'nl' ? /toont een minderjarige/ : /shows a minor/;
      const maybe = lang === 'nl' ? /mogelijk minderjarig/ : /may be a minor/;
      const treat = lang === 'nl' ? /Behandel de inhoud daarom als mogelijk materiaal van seksueel misbruik van kinderen/ : /treat the content as possible child sexual abuse material/;

      expect(yes.parts.explanation).toMatch(minorFact);
      expect(yes.parts.explanation).toMatch(/252/);
      expect(yes.parts.explanation).not.toMatch(maybe);
      expect(yes.csam).toBe(true);

      expect(unknown.parts.explanation).toMatch(maybe);
      expect(unknown.parts.explanation).toMatch(treat);
      expect(unknown.parts.explanation).not.toMatch(minorFact);
      expect(unknown.parts.explanation).toMatch(/252/);
      expect(unknown.parts.explanation).toMatch(/139h/);
      expect(unknown.csam).toBe(true);

      expect(no.parts.explanation).not.toMatch(/252/);
      expect(no.parts.explanation).toMatch(/139h/);
      expect(no.csam).toBe(false);
    });
  }

  it('a sexual image in another kind of case keeps that kind\'s ground beside the CSAM text', () => {
    const n = composeNotice(base({}, { category: 'expose-account', sexual: true, minor: 'yes' }));
    expect(n.parts.explanation).toMatch(/252/);
    expect(n.parts.explanation).toMatch(/285d/);
  });
});

describe('composeNotice: the sender (issue 14 item 2)', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`${lang}: a CSAM notice includes the sender unless the officer chose to leave it out`, () => {
      const kept = composeNotice(base({ lang }, { category: 'nude-photo', minor: 'unknown' }));
      expect(kept).toMatchObject({ csam: true, senderOptional: true, senderOmitted: false, senderMissing: false });
      expect(kept.text).toContain(SENDER.email);

      const left = composeNotice(base({ lang, omitSender: true }, { category: 'nude-photo', minor: 'unknown' }));
      for (const secret of [SENDER.name, SENDER.email, SENDER.organisation, SENDER.role, 'Fatima', 'rocvoorbeeld']) {
        expect(left.text).not.toContain(secret);
        expect(JSON.stringify(left.parts)).not.toContain(secret);
      }
      expect(left).toMatchObject({ csam: true, senderOmitted: true, senderMissing: false, parts: { sender: null } });
      expect(left.text).toMatch(lang === 'nl' ? /identiteit van de melder is weggelaten.*16, lid 2, onder c/ : /identity of the sender is left out.*16\(2\)\(c\)/);
    });
  }

  it('leaving the sender out is honoured only for CSAM; without a sender any other notice is marked missing', () => {
    const notCsam = composeNotice(base({ omitSender: true }));
    expect(notCsam.text).toContain(SENDER.email);
    expect(notCsam.senderOmitted).toBe(false);

    const none = composeNotice(base({ sender: null }));
    expect(none).toMatchObject({ senderMissing: true, senderOmitted: true, csam: false, parts: { sender: null } });
    expect(none.text).toContain('Zonder deze gegevens is de melding niet geldig (DSA art. 16, lid 2, onder c). Vul ze in bij Instellingen > Afzender voor meldingen.');
    const csamNone = composeNotice(base({ sender: null }, { category: 'sexual-video', minor: 'yes' }));
    expect(csamNone.senderMissing).toBe(true);
    expect(composeNotice(base({ sender: null, omitSender: true }, { category: 'sexual-video', minor: 'yes' })).senderMissing).toBe(false);
    // An in-app report is made from the reporter's own account: no block, and part (c) says so.
    const inApp = composeNotice(base({ sender: null, channel: 'in-app' }));
    expect(inApp.senderMissing).toBe(false);
    expect(inApp.text).toContain('vanuit het eigen account van de melder');
  });

  it('writes name, e-mail, organisation and role', () => {
    expect(composeNotice(base()).parts.sender).toBe('Naam: Fatima el Amrani\nE-mail: vertrouwenspersoon@rocvoorbeeld.nl\nOrganisatie: ROC Voorbeeld\nFunctie: Vertrouwenspersoon');
    const bare = composeNotice(base({ lang: 'en', sender: { name: 'A. Jansen', email: 'a.jansen@school.nl' } }));
    expect(bare.parts.sender).toBe('Name: A. Jansen\nE-mail: a.jansen@school.nl');
  });
});

describe('composeNotice: several URLs and targets without a URL (issue 14 items 4-5)', () => {
  it('lists two URLs exactly, each on its own line, with per-target details when they differ', () => {
    const [a, b] = [URLS[1]!, URLS[2]!];
    const n = composeNotice(base({ targets: [target({ url: a, handle: '@een', seenAt: null, description: '' }), target({ url: b, handle: '@twee', seenAt: null, description: '' })] }));
    const lines = n.parts.location.split('\n');
    expect(lines.slice(0, 4)).toEqual(['Platform: Instagram', 'URL(s), precies zoals waargenomen:', a, b]);
    expect(lines.filter((l) => l === a)).toHaveLength(2); // once in the list, once before its details
    expect(n.parts.location).toContain(`Per vindplaats:\n${a}\n  Account: @een\n${b}\n  Account: @twee`);
  });

  it('a WhatsApp group: its kind, its name as the platform knows it and the route in the app, no URL line', () => {
    const n = composeNotice(
      base({
        platformName: 'WhatsApp',
        channel: 'in-app',
        targets: [target({ kind: 'group', url: '', identifier: 'Klas 2C roddels', inAppRoute: 'Chats > Klas 2C roddels > Groepsinfo > Groep rapporteren', handle: '', seenAt: null, description: '' })],
      }),
    );
    expect(n.parts.location).toBe(['Platform: WhatsApp', 'Groep of kanaal: Klas 2C roddels', 'Zo vindt u het in de app: Chats > Klas 2C roddels > Groepsinfo > Groep rapporteren'].join('\n'));
    const en = composeNotice(base({ lang: 'en', platformName: 'Snapchat', targets: [target({ kind: 'account', url: '', identifier: 'roddel.3b', handle: 'roddel.3b', seenAt: null, description: '' })] }));
    expect(en.parts.location).toBe('Platform: Snapchat\nAccount or profile: roddel.3b');
  });

  it('leaves out optional lines that are not given', () => {
    const n = composeNotice(base({}, { handle: '', seenAt: null, description: '' }));
    expect(n.parts.location).toBe(['Platform: Instagram', 'URL(s), precies zoals waargenomen:', ...URLS].join('\n'));
  });

  it('refuses a notice without targets, with a broken URL or identifier line, or with an invalid time', () => {
    expect(() => composeNotice(base({ targets: [] }))).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(() => composeNotice(base({ targets: [target({ url: 'https://a.nl/x\nInjected line' })] }))).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(() => composeNotice(base({ targets: [target({ url: '' })] }))).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(() => composeNotice(base({ targets: [target({ kind: 'chat', url: '', identifier: 'a\nb' })] }))).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(() => composeNotice(base({}, { seenAt: 'gisteren' }))).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });
});

describe('composeNotice: the escalation report (issue 14 item 6)', () => {
  const report = (over: Partial<NoticeInput> = {}, t: Partial<NoticeTarget> = {}) =>
    composeNotice(base({ kind: 'report', channel: 'offlimits', platformName: 'Telegram', targets: [target({ url: 'https://t.me/kanaal/42', ...t })], ...over }));

  for (const lang of ['nl', 'en'] as const) {
    it(`${lang}: what, where and when, what the school did, contact; never "your service", no DSA notice frame`, () => {
      const n = report({
        lang,
        actions: [
          { sentDate: '2026-03-12', addressee: 'Telegram', channel: 'email', status: 'refused', reference: 'TG-991' },
          { sentDate: null, addressee: 'Politie', channel: 'police', status: 'to-send', reference: null },
        ],
      }, { category: 'nude-photo', minor: 'yes' });
      expect(n.kind).toBe('report');
      const headings = lang === 'nl' ? ['1. Wat er is gezien', '2. Waar en wanneer', '3. Wat de school heeft gedaan', '4. Contact', '5. Verklaring'] : ['1. What was seen', '2. Where and when', '3. What the school has done', '4. Contact', '5. Statement'];
      const positions = headings.map((h) => n.text.indexOf(h));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(n.text).not.toMatch(/uw dienst|your service|DSA art(icle|\.) 16|\(a\) |\(d\) /i);
      expect(n.subject).toMatch(lang === 'nl' ? /^Melding door een school/ : /^Report from a school/);
      expect(n.text.split('\n')).toContain('https://t.me/kanaal/42');
      expect(n.parts.actions).toContain(lang === 'nl' ? '- 12 maart 2026: e-mail aan Telegram; status: geweigerd; kenmerk TG-991' : '- 12 March 2026: e-mail to Telegram; status: refused; reference TG-991');
      expect(n.parts.actions).toContain(lang === 'nl' ? '- Klaargezet, nog niet verstuurd: melding aan Politie' : '- Prepared, not sent yet: report to Politie');
      expect(n.parts.actions).toMatch(lang === 'nl' ? /niet opgeslagen en niet doorgestuurd/ : /not saved or forwarded/);
      expect(n.text).toContain(SENDER.email);
    });
  }

  it('says when the school has not yet reported it to the platform, and can stay anonymous for CSAM', () => {
    const n = report({ omitSender: true }, { category: 'sexual-video', minor: 'unknown' });
    expect(n.parts.actions).toContain('De school heeft deze inhoud nog niet bij het platform zelf gemeld.');
    expect(n.text).toContain('De melder blijft anoniem.');
    expect(n.text).not.toContain(SENDER.email);
    const plain = report({ sender: null }, { category: 'hurtful-meme' });
    expect(plain.senderMissing).toBe(true);
    expect(plain.parts.actions).not.toMatch(/niet opgeslagen/);
  });
});

describe('composeNotice: override and time', () => {
  it('uses explanationOverride verbatim as part (a)', () => {
    const own = 'Eigen toelichting:\n  regel twee met  dubbele spaties & <tekens> — en "aanhalingstekens".';
    const n = composeNotice(base({ explanationOverride: own }, { category: 'nude-photo', minor: 'yes' }));
    expect(n.parts.explanation).toBe(own);
    expect(n.text).toContain(`(a) Waarom deze inhoud illegaal is\n${own}\n`);
    expect(n.text).not.toMatch(/139h|252/);
  });

  it('falls back to the template when the override is empty or null', () => {
    expect(composeNotice(base({ explanationOverride: '  ' }, { category: 'nude-photo' })).parts.explanation).toMatch(/139h/);
    expect(composeNotice(base({ explanationOverride: null }, { category: 'nude-photo' })).parts.explanation).toMatch(/139h/);
  });

  it('renders seen-at in Europe/Amsterdam time with UTC in brackets (winter and summer time)', () => {
    expect(formatSeenAt('2026-01-15T13:05:00Z', 'nl')).toBe('15 januari 2026, 14:05 Nederlandse tijd (2026-01-15 13:05 UTC)');
    expect(formatSeenAt('2026-01-15T13:05:00Z', 'en')).toBe('15 January 2026, 14:05 Amsterdam time (2026-01-15 13:05 UTC)');
    expect(formatSeenAt('2026-07-01T22:30:00.000Z', 'nl')).toBe('2 juli 2026, 00:30 Nederlandse tijd (2026-07-01 22:30 UTC)');
    expect(formatSeenAt('2026-03-12T09:00:00-05:00', 'en')).toBe('12 March 2026, 15:00 Amsterdam time (2026-03-12 14:00 UTC)');
    expect(composeNotice(base()).parts.location).toContain('Waargenomen op: 15 januari 2026, 14:05 Nederlandse tijd (2026-01-15 13:05 UTC)');
  });
});
