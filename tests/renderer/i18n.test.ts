import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/errors';
import { en } from '../../renderer/src/i18n/en';
import { nl } from '../../renderer/src/i18n/nl';
import { interpolate } from '../../renderer/src/i18n/interpolate';

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
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differ = Object.keys(nl).filter((key) => names(nl[key as keyof typeof nl]).join() !== names(en[key as keyof typeof en]).join());
    expect(differ).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate(nl['common.stepOf'], { step: 2, total: 3 })).toBe('Stap 2 van 3');
    expect(interpolate('Hallo {naam}', {})).toBe('Hallo {naam}');
  });
});
