import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/errors';
import { en } from '../../renderer/src/i18n/en';
import { nl } from '../../renderer/src/i18n/nl';
import { interpolate, placeholderNames } from '../../shared/interpolate';

const catalogues = { nl, en } as Record<string, Record<string, string>>;

describe('i18n catalogues', () => {
  it('Dutch and English have exactly the same keys', () => {
    const nlKeys = Object.keys(nl).sort();
    const enKeys = Object.keys(en).sort();
    expect(enKeys.filter((k) => !nlKeys.includes(k)), 'keys only in en').toEqual([]);
    expect(nlKeys.filter((k) => !enKeys.includes(k)), 'keys only in nl').toEqual([]);
  });

  it.each(Object.keys(catalogues))('%s has no empty or untrimmed messages', (lang) => {
    const bad = Object.entries(catalogues[lang]!).filter(([, text]) => text.trim() === '' || text !== text.trim());
    expect(bad).toEqual([]);
  });

  it.each(Object.keys(catalogues))('%s has a message for every error code', (lang) => {
    const missing = ERROR_CODES.filter((code) => !catalogues[lang]![`errors.${code}`]);
    expect(missing).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const differ = Object.keys(nl).filter((key) => placeholderNames(nl[key as keyof typeof nl]).join() !== placeholderNames(en[key as keyof typeof en]).join());
    expect(differ).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate(nl['common.stepOf'], { step: 2, total: 3 })).toBe('Stap 2 van 3');
    expect(interpolate('Hallo {naam}', {})).toBe('Hallo {naam}');
  });

  it('puts a count with the right form of its noun', () => {
    expect(interpolate(nl['overview.countsValue'], { items: 1, persons: 2 })).toBe('1 bewijsstuk, 2 betrokkenen');
    expect(interpolate(nl['inspection.summary'], { cases: 1, items: 0, requests: 1 })).toBe('1 zaak, 0 bewijsstukken, 1 verwijderverzoek.');
    expect(interpolate(nl['template.due'], { days: 1 })).toBe('Uiterlijk 1 dag na het openen van de zaak');
    expect(interpolate(en['routes.followUpDays'], { days: 1 })).toBe('Follow up after 1 day without an answer.');
    expect(interpolate(en['chart.median.value'], { days: '1.5' })).toBe('1.5 days');
    expect(interpolate('{n|stap|stappen}', {})).toBe('{n|stap|stappen}');
  });

  it('no count sentence reads "1 <plural>": every number before a plural noun uses the count form', () => {
    // A plain {placeholder} directly followed by a plural noun would print "1 dagen".
    const plurals = /\{\w+\} (dagen|days|bewijsstukken|evidence items|zaken|cases|regels|lines|stappen|steps|bestanden|files|betrokkenen|verwijderverzoeken|takedown requests)\b/;
    const offenders = Object.entries({ ...nl, ...Object.fromEntries(Object.entries(en).map(([k, v]) => [`en:${k}`, v])) }).filter(([, text]) => plurals.test(text)).map(([k]) => k);
    expect(offenders).toEqual([]);
  });
});
