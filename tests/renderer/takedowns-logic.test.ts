import { describe, expect, it } from 'vitest';
import type { Platform } from '../../shared/platform-types';
import type { TakedownRequest } from '../../shared/takedown-types';
import { TAKEDOWN_STATUSES } from '../../shared/takedown-types';
import { TRANSITIONS } from '../../electron/core/takedown/status-machine';
import { hrefForNewTakedown, hrefForRequest, parseLocation } from '../../renderer/src/app/router';
import { BOARD_ORDER, NEXT_STEPS, formatLocalDate, groupBy, shortUrl, targetPlatform } from '../../renderer/src/features/takedowns/logic';
import { matchPlatform } from '../../renderer/src/features/takedowns/components/NewTakedownForm';
import { draftToEntry, emptyDraft, toDraft, validateDraft } from '../../renderer/src/features/platforms/platform-draft';

const platform = (id: string, name: string, kind: Platform['kind'] = 'platform'): Platform => ({
  id,
  kind,
  name,
  domains: [`${id}.com`],
  routes: [{ kind: 'web-form', label: { nl: 'Formulier', en: 'Form' }, url: `https://${id}.com/report` }],
  reference: { returned: true, looksLike: { nl: 'Een nummer', en: 'A number' } },
  whoMayFile: { nl: 'Iedereen', en: 'Anyone' },
  followUpDays: 3,
  notes: { nl: '', en: '' },
  origin: 'seed',
  seedVersion: 1,
});

describe('takedown status steps', () => {
  it('offers exactly the transitions the core accepts', () => {
    expect(NEXT_STEPS).toEqual(TRANSITIONS);
  });

  it('shows every status as a board column once', () => {
    expect([...BOARD_ORDER].sort()).toEqual([...TAKEDOWN_STATUSES].sort());
  });
});

describe('takedown helpers', () => {
  it('shortens URLs for cards but keeps host and path', () => {
    expect(shortUrl('https://www.instagram.com/p/ABC/')).toBe('instagram.com/p/ABC/');
    expect(shortUrl('https://example.org/' + 'x'.repeat(80), 20)).toHaveLength(20);
    expect(shortUrl('not a url')).toBe('not a url');
  });

  it('groups in first-seen order', () => {
    expect(groupBy(['b1', 'a1', 'b2'], (s) => s[0]!)).toEqual([
      { key: 'b', items: ['b1', 'b2'] },
      { key: 'a', items: ['a1'] },
    ]);
  });

  it('formats calendar days without a time-zone shift', () => {
    expect(formatLocalDate('2026-03-01', 'nl-NL')).toBe('1 mrt 2026');
    expect(formatLocalDate(null, 'nl-NL')).toBe('');
  });

  it('finds the catalogue entry a request is addressed to', () => {
    const list = [platform('instagram', 'Instagram'), platform('offlimits-meldpunt', 'Meldpunt', 'escalation')];
    const r = { targetPlatformId: 'offlimits-meldpunt', platformName: 'Meldpunt', occurrence: { platformId: 'instagram' } } as TakedownRequest;
    expect(targetPlatform(r, list)?.id).toBe('offlimits-meldpunt');
    // By id, not by name: a renamed entry is still found, and a name shared with another entry cannot mislead.
    expect(targetPlatform({ ...r, platformName: 'Instagram' }, list)?.id).toBe('offlimits-meldpunt');
    // An entry removed from the catalogue has no routes to offer; never fall back to the occurrence's platform.
    expect(targetPlatform({ ...r, targetPlatformId: 'gone' }, list)).toBeNull();
    expect(matchPlatform(' instagram ', list)).toBe('instagram');
    expect(matchPlatform('Onbekend forum', list)).toBe('');
  });

  it('routes requests and new requests by opaque ids only', () => {
    expect(parseLocation(hrefForRequest('r1'))).toEqual({ route: 'takedowns', view: 'request', requestId: 'r1' });
    expect(parseLocation('#/takedowns')).toEqual({ route: 'takedowns', view: 'board' });
    expect(parseLocation(hrefForNewTakedown('c1', 'i1'))).toEqual({ route: 'cases', view: 'new-takedown', caseId: 'c1', itemId: 'i1' });
    expect(parseLocation(hrefForNewTakedown('c1'))).toEqual({ route: 'cases', view: 'new-takedown', caseId: 'c1', itemId: null });
    expect(parseLocation('#/cases/c1/takedowns')).toEqual({ route: 'cases', view: 'case', caseId: 'c1', tab: 'takedowns' });
  });
});

describe('platform editor draft', () => {
  it('round-trips a catalogue entry', () => {
    const p = platform('discord', 'Discord');
    expect(draftToEntry(toDraft(p))).toEqual({ id: p.id, kind: p.kind, name: p.name, domains: p.domains, routes: p.routes, reference: p.reference, whoMayFile: p.whoMayFile, followUpDays: 3, notes: p.notes });
  });

  it('refuses what the contract would refuse', () => {
    const d = { ...emptyDraft(), followUpDays: '0' };
    d.routes = [{ ...d.routes[0]!, url: 'http://insecure.example', email: 'geen-adres' }];
    expect(validateDraft(d)).toEqual({ name: true, followUpDays: true, 'route.0.url': true, 'route.0.email': true });
    const ok = { ...emptyDraft(), name: 'Forum', domains: 'Forum.Example , ', routes: [] };
    expect(validateDraft(ok)).toEqual({});
    expect(draftToEntry(ok).domains).toEqual(['forum.example']);
  });
});
