import { describe, expect, it } from 'vitest';
import { loadSeed, platformForUrl, validateSeed } from '../../electron/core/platform/catalogue-seed';
import type { CatalogueSeed, PlatformEntry } from '../../shared/platform-types';

const REQUIRED = [
  'instagram', 'facebook', 'messenger', 'whatsapp', 'tiktok', 'snapchat', 'x', 'youtube', 'telegram', 'discord', 'reddit',
  'pornhub', 'aylo-sites', 'xvideos', 'xnxx', 'stripchat', 'adult-sites', 'google-search', 'bing', 'other-host',
  'offlimits-meldpunt', 'helpwanted', 'police', 'stopncii', 'take-it-down', 'hosting-provider',
  '113-zelfmoordpreventie', 'veilig-thuis', 'meld-misdaad-anoniem', 'mind', 'sextortion',
];
const ESCALATIONS = ['offlimits-meldpunt', 'helpwanted', 'police', 'stopncii', 'take-it-down', 'hosting-provider'];
const HELPLINES = ['113-zelfmoordpreventie', 'veilig-thuis', 'meld-misdaad-anoniem', 'mind', 'sextortion'];
const kindOf = (id: string) => (ESCALATIONS.includes(id) ? 'escalation' : HELPLINES.includes(id) ? 'helpline' : 'platform');

/** Informal Dutch address as whole words (the same rule as tests/lint/catalogues.test.ts). */
const INFORMAL = /(?<![\p{L}\p{N}])(je|jij|jou|jouw|jouwe|jezelf|jullie)(?![\p{L}\p{N}])/iu;

/** Every Dutch text of an entry, with where it is. */
function dutchTexts(p: PlatformEntry): [string, string][] {
  return [
    ['whoMayFile', p.whoMayFile.nl],
    ['notes', p.notes.nl],
    ['reference', p.reference.looksLike.nl],
    ...p.routes.flatMap((r, i): [string, string][] => [[`routes.${i}.label`, r.label.nl], ...(r.steps ? [[`routes.${i}.steps`, r.steps.nl] as [string, string]] : [])]),
  ];
}

const SAME_IN_BOTH = new Set(['Offlimits', 'Snapchat Support', 'Discord Support']);

const clone = (s: CatalogueSeed): CatalogueSeed => structuredClone(s);

describe('the seeded platform catalogue', () => {
  const seed = loadSeed();

  it('validates and has every required entry, with the right kind', () => {
    expect(seed.version).toBe(2);
    const ids = seed.platforms.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of REQUIRED) expect(ids).toContain(id);
    for (const p of seed.platforms) expect(p.kind, p.id).toBe(kindOf(p.id));
  });

  it('every entry cites its source: an https page of its own, the day it was checked, and whether that was live (issue 14 item 7)', () => {
    for (const p of seed.platforms) {
      expect(p.source, p.id).toBeDefined();
      expect(new URL(p.source!.url).protocol, p.id).toBe('https:');
      expect(p.source!.checkedOn, p.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(`${p.source!.checkedOn}T00:00:00Z`)), p.id).toBe(false);
      // Nothing could be fetched on the project's machines: no entry may claim a live check.
      expect(p.source!.liveChecked, p.id).toBe(false);
    }
    const noSource = clone(seed) as unknown as { platforms: Record<string, unknown>[] };
    delete noSource.platforms[0]!.source;
    expect(() => validateSeed(noSource)).toThrow(expect.objectContaining({ code: 'INTERNAL' }));
    const badDate = clone(seed);
    badDate.platforms[0]!.source = { ...badDate.platforms[0]!.source!, checkedOn: '1 december' };
    expect(() => validateSeed(badDate)).toThrow();
  });

  it('addresses the reader as "u" in every Dutch text, never "je" or "jij"', () => {
    expect(INFORMAL.test('Kopieer de link vóór je meldt.')).toBe(true);
    const informal = seed.platforms.flatMap((p) => dutchTexts(p).filter(([, text]) => INFORMAL.test(text)).map(([where, text]) => `${p.id}.${where}: ${text}`));
    expect(informal).toEqual([]);
  });

  it('carries the December 2026 additions: adult sites, Google\'s two forms, Take It Down and StopNCII on Meta, the helplines', () => {
    const byId = (id: string) => seed.platforms.find((p) => p.id === id)!;
    expect(byId('pornhub').routes.some((r) => r.url === 'https://www.pornhub.com/content-removal' && /Content Removal Request/.test(r.label.en))).toBe(true);
    expect(byId('pornhub').domains).toContain('pornhub.com');
    expect(byId('xvideos').domains).toContain('xvideos.com');
    expect(byId('xnxx').domains).toContain('xnxx.com');
    expect(byId('stripchat').domains).toContain('stripchat.com');
    expect(byId('google-search').routes.map((r) => r.url)).toEqual(expect.arrayContaining(['https://support.google.com/websearch/answer/10949130', 'https://support.google.com/websearch/answer/6302812']));
    for (const id of ['instagram', 'facebook']) {
      expect(byId(id).notes.nl, id).toMatch(/Take It Down/);
      expect(byId(id).notes.nl, id).toMatch(/StopNCII/);
    }
    // The 48 hours of the US act run from a removal request to a covered platform, not from a hash.
    const tid = byId('take-it-down');
    expect(tid.notes.en).toMatch(/not a removal request/);
    expect(tid.notes.en).toMatch(/48-hour deadline of the US Take It Down Act applies to a valid removal request to a platform/);
    expect(tid.notes.nl).toMatch(/geen verwijderverzoek/);
    expect(byId('113-zelfmoordpreventie').routes.map((r) => r.phone)).toEqual(expect.arrayContaining(['113', '0800-0113']));
    expect(byId('veilig-thuis').routes.map((r) => r.phone)).toContain('0800-2000');
    expect(byId('meld-misdaad-anoniem').routes.map((r) => r.phone)).toContain('0800-7000');
    expect(byId('mind').notes.nl).toMatch(/geloof/);
    expect(byId('sextortion').routes.flatMap((r) => (r.steps ? [r.steps.nl] : []))).toEqual([expect.stringMatching(/Niet betalen.*Wis het gesprek niet/)]);
  });

  it('uses https for every route URL', () => {
    const urls = seed.platforms.flatMap((p) => p.routes.flatMap((r) => (r.url ? [r.url] : [])));
    expect(urls.length).toBeGreaterThan(20);
    for (const u of urls) expect(new URL(u).protocol, u).toBe('https:');
  });

  it('has Dutch and English text everywhere', () => {
    for (const p of seed.platforms) {
      const texts = [p.whoMayFile, p.notes, p.reference.looksLike, ...p.routes.flatMap((r) => [r.label, ...(r.steps ? [r.steps] : [])])];
      for (const t of texts) {
        expect(t.nl.trim(), p.id).not.toBe('');
        expect(t.en.trim(), p.id).not.toBe('');
        // Proper names may read the same; every other text must really be translated.
        if (!SAME_IN_BOTH.has(t.en)) expect(t.nl, `${p.id}: NL and EN should differ`).not.toBe(t.en);
      }
    }
  });

  it('carries the domain facts of docs/domain.md', () => {
    const byId = (id: string) => seed.platforms.find((p) => p.id === id)!;
    expect(byId('telegram').routes.map((r) => r.email)).toEqual(expect.arrayContaining(['abuse@telegram.org', 'stopCA@telegram.org']));
    expect(byId('police').routes.map((r) => r.phone)).toEqual(expect.arrayContaining(['0900-8844', '112']));
    expect(byId('x').domains).toEqual(expect.arrayContaining(['x.com', 'twitter.com']));
    expect(byId('stopncii').reference.looksLike.nl).toMatch(/pincode/);
    for (const p of seed.platforms) expect(p.followUpDays).toBeLessThanOrEqual(7);
  });

  it('rejects invalid seeds: unknown keys, http URLs, duplicate ids or domains, bad follow-up days', () => {
    const withExtra = clone(seed) as unknown as { platforms: Record<string, unknown>[] };
    withExtra.platforms[0]!.colour = 'blue';
    expect(() => validateSeed(withExtra)).toThrow(expect.objectContaining({ code: 'INTERNAL' }));

    const nestedExtra = clone(seed) as unknown as { platforms: { reference: Record<string, unknown> }[] };
    nestedExtra.platforms[2]!.reference.caseNumber = 'x';
    expect(() => validateSeed(nestedExtra)).toThrow();

    const http = clone(seed);
    http.platforms[0]!.routes.push({ kind: 'web-form', label: { nl: 'a', en: 'b' }, url: 'http://help.instagram.com/' });
    expect(() => validateSeed(http)).toThrow(/invalid/);

    const dupId = clone(seed);
    dupId.platforms.push({ ...dupId.platforms[0]!, domains: [] });
    expect(() => validateSeed(dupId)).toThrow(expect.objectContaining({ details: { problems: [expect.stringMatching(/duplicate id "instagram"/)] } }));

    const dupDomain = clone(seed);
    dupDomain.platforms[1]!.domains.push('instagram.com');
    expect(() => validateSeed(dupDomain)).toThrow();

    for (const days of [0, 61, 2.5]) {
      const bad = clone(seed);
      bad.platforms[0]!.followUpDays = days;
      expect(() => validateSeed(bad), String(days)).toThrow();
    }

    const noNl = clone(seed) as unknown as { platforms: { notes: Record<string, string> }[] };
    delete noNl.platforms[0]!.notes.nl;
    expect(() => validateSeed(noNl)).toThrow();

    const emailRouteWithoutEmail = clone(seed);
    emailRouteWithoutEmail.platforms[0]!.routes.push({ kind: 'email', label: { nl: 'a', en: 'b' } });
    expect(() => validateSeed(emailRouteWithoutEmail)).toThrow();

    expect(() => validateSeed(clone(seed))).not.toThrow();
  });
});

describe('platformForUrl', () => {
  const { platforms } = loadSeed();
  const idFor = (url: string) => platformForUrl(platforms, url)?.id ?? null;

  it('matches the host or a parent domain', () => {
    expect(idFor('https://www.instagram.com/p/x')).toBe('instagram');
    expect(idFor('https://twitter.com/someone/status/1')).toBe('x');
    expect(idFor('https://mobile.twitter.com/someone')).toBe('x');
    expect(idFor('https://youtu.be/dQw4w9WgXcQ?t=42')).toBe('youtube');
    expect(idFor('https://m.youtube.com/watch?v=abc')).toBe('youtube');
    expect(idFor('https://t.me/somechannel/12')).toBe('telegram');
    expect(idFor('https://discord.gg/invite')).toBe('discord');
    expect(idFor('https://vm.tiktok.com/ZGabc/')).toBe('tiktok');
    expect(idFor('HTTPS://WWW.FACEBOOK.COM./groups/1')).toBe('facebook');
  });

  it('does not match look-alike hosts', () => {
    expect(idFor('https://notinstagram.com/p/x')).toBeNull();
    expect(idFor('https://instagram.com.evil.example/p/x')).toBeNull();
  });

  it('gives null for an unknown host and for garbage', () => {
    expect(idFor('https://example.org/page')).toBeNull();
    expect(idFor('not a url at all')).toBeNull();
    expect(idFor('')).toBeNull();
    expect(idFor('instagram.com/p/x')).toBeNull();
    expect(idFor('javascript:alert(1)')).toBeNull();
    expect(idFor('mailto:someone@instagram.com')).toBeNull();
  });
});
