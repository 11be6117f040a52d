// What holds for every catalogue in the app (same keys and placeholders in both languages,
// no empty or padded texts, no "1 dagen", formal "u") is checked for all of them, this one
// included, in tests/lint/catalogues.test.ts. Here: what is particular to the renderer's.
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/errors';
import { en } from '../../renderer/src/i18n/en';
import { nl } from '../../renderer/src/i18n/nl';
import { hasKey, prefixed, translator, translators } from '../../shared/catalogue';
import { interpolate } from '../../shared/interpolate';

const catalogues = { nl, en } as Record<string, Record<string, string>>;

describe('i18n catalogues', () => {
  it.each(Object.keys(catalogues))('%s has a message for every error code', (lang) => {
    const missing = ERROR_CODES.filter((code) => !catalogues[lang]![`errors.${code}`]);
    expect(missing).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate(nl['common.stepOf'], { step: 2, total: 3 })).toBe('Stap 2 van 3');
    expect(interpolate('Hallo {naam}', {})).toBe('Hallo {naam}');
  });

  it('puts a count with the right form of its noun', () => {
    expect(interpolate(nl['overview.countsValue'], { items: 1, persons: 2 })).toBe('1 bewijsstuk, 2 betrokkenen');
    expect(interpolate(nl['access.made'], { path: '/x.pdf', pages: 1, cases: 2, items: 1 })).toBe('De brief is opgeslagen in /x.pdf (1 pagina; 2 zaken, 1 bewijsstuk).');
    expect(interpolate(nl['template.due'], { days: 1 })).toBe('Uiterlijk 1 dag na het openen van de zaak');
    expect(interpolate(en['routes.followUpDays'], { days: 1 })).toBe('Follow up after 1 day without an answer.');
    expect(interpolate(en['chart.median.value'], { days: '1.5' })).toBe('1.5 days');
    expect(interpolate('{n|stap|stappen}', {})).toBe('{n|stap|stappen}');
  });
});

describe('the catalogue helper every side uses (shared/catalogue.ts)', () => {
  it('fills placeholders, shows a key the catalogue lacks as itself, and joins catalogues under a prefix', () => {
    const catalogue = { 'step.of': 'Stap {step} van {total}', 'step.days': '{n|dag|dagen}' } as const;
    const t = translator(catalogue);
    expect(t('step.of', { step: 1, total: 2 })).toBe('Stap 1 van 2');
    expect(t('step.days', { n: 1 })).toBe('1 dag');
    // A key built from data at run time: never "undefined", never an Object.prototype member.
    const loose = t as (key: string) => string;
    expect(loose('step.unknown')).toBe('step.unknown');
    expect(loose('constructor')).toBe('constructor');
    expect(hasKey(catalogue, 'step.of')).toBe(true);
    expect(hasKey(catalogue, 'toString')).toBe(false);
    expect(prefixed('audit.kind.', { 'case.created': 'Zaak aangemaakt' })).toEqual({ 'audit.kind.case.created': 'Zaak aangemaakt' });
    expect(translators({ nl: { a: 'Ja' }, en: { a: 'Yes' } }).en('a')).toBe('Yes');
  });
});
