import { describe, expect, it } from 'vitest';
import { hrefForCase, hrefForInbox, hrefForItem, hrefForMessage, hrefForSettings, hrefForTerm, parseLocation } from '../../renderer/src/app/router';
import { parseSnippet } from '../../renderer/src/lib/snippet';
import { dateInputToIso, isoToLocalInput, localInputToIso } from '../../renderer/src/lib/dates';
import { chunkFiles } from '../../renderer/src/features/evidence/read-files';
import { draftToMeta, EMPTY_DRAFT } from '../../renderer/src/features/evidence/meta-draft';
import { bytesForbidden } from '../../renderer/src/features/evidence/minors-rule';
import { importSummary, rejectionText } from '../../renderer/src/features/evidence/import-reasons';
import type { ImportReport, ImportResult } from '../../shared/evidence-types';
import { parseTags } from '../../renderer/src/features/cases/components/NewCaseForm';
import { nl } from '../../renderer/src/i18n/nl';
import { en } from '../../renderer/src/i18n/en';
import { interpolate } from '../../shared/interpolate';
import type { MessageKey } from '../../renderer/src/i18n/nl';

describe('router', () => {
  it('parses case, tab and item addresses', () => {
    expect(parseLocation('#/cases')).toEqual({ route: 'cases', view: 'list' });
    expect(parseLocation('#/cases/new')).toEqual({ route: 'cases', view: 'new' });
    expect(parseLocation(hrefForCase('c1', 'spread'))).toEqual({ route: 'cases', view: 'case', caseId: 'c1', tab: 'spread' });
    expect(parseLocation('#/cases/c1/whatever')).toEqual({ route: 'cases', view: 'case', caseId: 'c1', tab: 'overview' });
    expect(parseLocation(hrefForItem('c1', 'i9'))).toEqual({ route: 'cases', view: 'item', caseId: 'c1', itemId: 'i9' });
    expect(parseLocation('#/nonsense')).toEqual({ route: 'dashboard', inbox: null });
    // Issue 16: one kind of the inbox, and the sub-pages of Instellingen.
    expect(parseLocation(hrefForInbox('overdue'))).toEqual({ route: 'dashboard', inbox: 'overdue' });
    expect(parseLocation('#/dashboard/unknown')).toEqual({ route: 'dashboard', inbox: null });
    expect(parseLocation('#/settings')).toEqual({ route: 'settings', section: 'general' });
    expect(parseLocation(hrefForSettings('log'))).toEqual({ route: 'settings', section: 'log' });
    expect(parseLocation('#/settings/nonsense')).toEqual({ route: 'settings', section: 'general' });
    // Issue 19: a line of the communication log (a ticked step links to it), "Begrippen" at one term.
    expect(parseLocation(hrefForMessage('c1', 'm7'))).toEqual({ route: 'cases', view: 'case', caseId: 'c1', tab: 'communication', entryId: 'm7' });
    expect(parseLocation(hrefForCase('c1', 'communication'))).toEqual({ route: 'cases', view: 'case', caseId: 'c1', tab: 'communication' });
    expect(parseLocation('#/cases/c1/steps/m7')).toEqual({ route: 'cases', view: 'case', caseId: 'c1', tab: 'steps' });
    expect(parseLocation(hrefForTerm('pdq'))).toEqual({ route: 'glossary', term: 'pdq' });
    expect(parseLocation(hrefForTerm(null))).toEqual({ route: 'glossary', term: null });
    expect(parseLocation('#/glossary/<script>')).toEqual({ route: 'glossary', term: null });
    expect(parseLocation(hrefForSettings('communication'))).toEqual({ route: 'settings', section: 'communication' });
  });
});

describe('search snippets', () => {
  it('splits marked and plain text without interpreting HTML', () => {
    expect(parseSnippet('account [roddel] op <b>Insta</b>')).toEqual([
      { text: 'account ', mark: false },
      { text: 'roddel', mark: true },
      { text: ' op <b>Insta</b>', mark: false },
    ]);
    expect(parseSnippet('[a] en [b]').filter((p) => p.mark).map((p) => p.text)).toEqual(['a', 'b']);
    expect(parseSnippet('geen treffer')).toEqual([{ text: 'geen treffer', mark: false }]);
  });
});

describe('times', () => {
  it('sends datetime-local values with the local offset', () => {
    const iso = localInputToIso('2026-11-20T15:30');
    expect(iso).toMatch(/^2026-11-20T15:30:00[+-]\d{2}:\d{2}$/);
    expect(new Date(iso!).getTime()).toBe(new Date(2026, 10, 20, 15, 30).getTime());
    expect(isoToLocalInput(iso)).toBe('2026-11-20T15:30');
    expect(localInputToIso('')).toBeNull();
    expect(localInputToIso('gisteren')).toBeNull();
    expect(dateInputToIso('2026-11-20', true)).toMatch(/^2026-11-20T23:59:59/);
  });
});

describe('import', () => {
  it('chunks by count and size, keeping order', () => {
    const files = [5, 5, 5, 20, 1].map((size, i) => ({ size, i }));
    expect(chunkFiles(files, 2, 100).map((c) => c.map((f) => f.i))).toEqual([[0, 1], [2, 3], [4]]);
    expect(chunkFiles(files, 10, 10).map((c) => c.map((f) => f.i))).toEqual([[0, 1], [2], [3], [4]]);
  });

  it('leaves empty fields out of the batch metadata', () => {
    const meta = draftToMeta({ ...EMPTY_DRAFT, platform: ' Instagram ', seenAt: '2026-11-20T15:30' }, 'Europe/Amsterdam');
    expect(meta).toMatchObject({ platform: 'Instagram', minor: 'unknown', sexual: false, timeZone: 'Europe/Amsterdam' });
    expect(meta.url).toBeUndefined();
    expect(meta.seenAt).toMatch(/^2026-11-20T15:30:00/);
  });

  it('applies the minors rule like the core: sexual and not surely adult', () => {
    expect(bytesForbidden('nude-photo', false, 'unknown')).toBe(true);
    expect(bytesForbidden('nude-photo', false, 'no')).toBe(false);
    expect(bytesForbidden('hurtful-meme', true, 'yes')).toBe(true);
    expect(bytesForbidden('hurtful-meme', false, 'yes')).toBe(false);
  });

  it.each([
    ['nl', nl],
    ['en', en],
  ] as const)('explains every rejection reason in %s', (_lang, cat) => {
    const t = (key: MessageKey, vars?: Record<string, string | number>) => interpolate(cat[key], vars);
    const text = (reason: string, details?: Record<string, string | number>) => rejectionText({ code: 'UNSUPPORTED_FILE', message: 'x', reason, ...(details ? { details } : {}) }, t);
    for (const reason of ['empty', 'heic', 'svg', 'damaged', 'minor-sexual', 'unreadable', 'disk-full']) expect(text(reason)).toBe(cat[`import.reason.${reason}` as MessageKey]);
    expect(text('not-an-image', { detected: 'text' })).toContain(cat['import.detected.text']);
    expect(text('too-large', { limit: 200 * 1024 * 1024 })).toContain('200 MB');
    expect(text('too-many-pixels', { width: 20000, height: 9000 })).toContain('20000 x 9000');
    expect(rejectionText({ code: 'CANCELLED', message: 'x' }, t)).toBe(cat['import.reason.cancelled']);
    expect(rejectionText({ code: 'DISK_FULL', message: 'x', reason: 'something-new' }, t)).toBe(cat['errors.DISK_FULL']);
  });

  it('sums up an import in correct Dutch and English: singular and plural per part, zero counts left out', () => {
    const report = (...statuses: ImportResult['status'][]): ImportReport => ({
      batchId: 'b',
      cancelled: false,
      results: statuses.map((status, i) => ({ file: `f${i}.png`, status, itemId: null, sha256: null, pdq: null, quality: null, matches: [], error: null })),
    });
    const tNl = (key: MessageKey, vars?: Record<string, string | number>) => interpolate(nl[key], vars);
    const tEn = (key: MessageKey, vars?: Record<string, string | number>) => interpolate(en[key], vars);
    expect(importSummary(report('stored', 'duplicate', 'rejected'), tNl)).toBe('1 opgeslagen, 1 stond er al, 1 niet opgeslagen.');
    expect(importSummary(report('stored', 'stored', 'duplicate', 'duplicate'), tNl)).toBe('2 opgeslagen, 2 stonden er al.');
    expect(importSummary(report('duplicate'), tEn)).toBe('1 was already there.');
    expect(importSummary(report('rejected', 'rejected', 'stored'), tEn)).toBe('1 stored, 2 not stored.');
    expect(importSummary(report(), tNl)).toBe('Er zijn geen bestanden toegevoegd.');
  });

  it('matches the example wording of docs/ux.md', () => {
    expect(interpolate(nl['import.reason.not-an-image'], { detected: nl['import.detected.text'] })).toBe('Dit bestand is geen afbeelding (het is tekst). Kies een schermafbeelding.');
  });
});

describe('new case', () => {
  it('splits tags on commas, trims and de-duplicates', () => {
    expect(parseTags(' klas 3B, Instagram,,klas 3B ')).toEqual(['klas 3B', 'Instagram']);
  });
});
