import { describe, expect, it } from 'vitest';
import { loadSeed, platformForUrl, validateSeed } from '../../electron/core/platform/catalogue-seed';
import type { CatalogueSeed } from '../../shared/platform-types';

const REQUIRED = [
  'instagram', 'facebook', 'messenger', 'whatsapp', 'tiktok', 'snapchat', 'x', 'youtube', 'telegram', 'discord', 'reddit',
  'adult-sites', 'google-search', 'bing', 'other-host',
  'offlimits-meldpunt', 'helpwanted', 'police', 'stopncii', 'take-it-down', 'hosting-provider',
];
const ESCALATIONS = ['offlimits-meldpunt', 'helpwanted', 'police', 'stopncii', 'take-it-down', 'hosting-provider'];

const SAME_IN_BOTH = new Set(['Offlimits', 'Snapchat Support', 'Discord Support']);

const clone = (s: CatalogueSeed): CatalogueSeed => structuredClone(s);

describe('the seeded platform catalogue', () => {
  const seed = loadSeed();

  it('validates and has every required entry, with the right kind', () => {
    expect(seed.version).toBe(1);
    const ids = seed.platforms.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of REQUIRED) expect(ids).toContain(id);
    for (const p of seed.platforms) expect(p.kind).toBe(ESCALATIONS.includes(p.id) ? 'escalation' : 'platform');
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
    expect(byId('take-it-down').followUpDays).toBe(2);
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
