import { describe, expect, it } from 'vitest';
import { makeSnippet, queryWords } from '../../electron/core/search/snippet';

describe('search snippets', () => {
  it('marks only the matching word inside a URL or handle, accent- and case-insensitively, as prefixes', () => {
    expect(makeSnippet('https://www.instagram.com/roddelpagina3b/', queryWords('roddel'))).toBe('https://www.instagram.com/[roddelpagina3b]/');
    expect(makeSnippet('Şükrü Yılmaz · slachtoffer', queryWords('sukru'))).toBe('[Şükrü] Yılmaz · slachtoffer');
    expect(makeSnippet('@expose.mbo volgt klas 3B', ['EXPOSE', 'klas'])).toBe('@[expose].mbo volgt [klas] 3B');
  });

  it('keeps the window around the first hit, with ellipses when text is cut', () => {
    const body = Array.from({ length: 40 }, (_, i) => `woord${i}`).join(' ') + ' treffer ' + 'na '.repeat(30);
    const s = makeSnippet(body, ['treffer']);
    expect(s.startsWith('… ')).toBe(true);
    expect(s.endsWith(' …')).toBe(true);
    expect(s).toContain('[treffer]');
  });
});
