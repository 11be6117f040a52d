import { describe, expect, it } from 'vitest';
import type { EvidenceItem } from '../../shared/evidence-types';
import { DOSSIER_PROFILES } from '../../shared/dossier-types';
import { hrefForDossier, parseLocation } from '../../renderer/src/app/router';
import { defaultFileName, fileName, hexGroups, isAbsolutePath, sameHex, sortFiles, summarise } from '../../renderer/src/features/dossier/logic';
import { nl } from '../../renderer/src/i18n/nl';

const item = (over: Partial<EvidenceItem>): EvidenceItem => ({
  capturedByStaffId: null,
  receivedFromStaffId: null,
  receivedFromPersonId: null,
  id: 'i',
  caseId: 'c',
  caseRef: '2026-007',
  itemNo: 1,
  label: '2026-007/1',
  kind: 'image',
  platform: '',
  url: '',
  handle: '',
  postedAt: null,
  seenAt: null,
  capturedAt: '2026-11-24T09:00:00Z',
  timeZone: 'Europe/Amsterdam',
  capturedBy: 'M',
  captureMethod: 'own-screenshot',
  description: '',
  sexual: false,
  violence: false,
  minor: 'unknown',
  fileName: 'a.png',
  mime: 'image/png',
  size: 10,
  width: 1,
  height: 1,
  sha256: 'ab',
  pdq: null,
  pdqQuality: null,
  hasOriginal: true,
  hasThumbnail: true,
  hasSheet: false,
  media: null,
  vpdqFrames: null,
  createdAt: '2026-11-24T09:00:00Z',
  hidden: null,
  ...over,
});

describe('dossier summary', () => {
  const items = [
    item({}),
    item({}),
    item({ kind: 'file', mime: 'application/pdf' }),
    item({ kind: 'url', hasOriginal: false, sha256: null }),
    item({ kind: 'hash', hasOriginal: false }),
    // Re-labelled later as sexual with a minor: stored, but never exported.
    item({ sexual: true, minor: 'yes' }),
  ];

  it('counts what the police profile embeds and what the minors rule keeps out', () => {
    expect(summarise('police', 'hurtful-meme', items, 3)).toEqual({ images: 2, files: 1, urlOnly: 1, hashOnly: 1, withheld: 1, requests: 3 });
  });

  it('puts no images or files in a coordinator dossier', () => {
    expect(summarise('coordinator', 'hurtful-meme', items, 3)).toMatchObject({ images: 0, files: 0, withheld: 0, urlOnly: 1 });
  });

  it('keeps every stored image out in a sexual category unless the person is known to be adult', () => {
    expect(summarise('police', 'nude-photo', [item({ minor: 'unknown' }), item({ minor: 'no' })], 0)).toMatchObject({ images: 1, withheld: 1 });
  });
});

describe('dossier helpers', () => {
  it('groups a hash in fours and compares codes read aloud', () => {
    const hex = 'ABCDEF0123456789'.repeat(4);
    expect(hexGroups(hex)).toHaveLength(16);
    expect(hexGroups(hex)[0]).toBe('abcd');
    expect(sameHex(hexGroups(hex).join(' '), hex)).toBe(true);
  });

  it('suggests a file name per profile in the dossier language', () => {
    expect(defaultFileName('2026-007', nl['dossier.fileWord.police'])).toBe('dossier-2026-007-politie.zip');
  });

  it('accepts only full paths, as the core does', () => {
    expect(isAbsolutePath('/media/usb/d.zip')).toBe(true);
    expect(isAbsolutePath('D:\\dossiers\\d.zip')).toBe(true);
    expect(isAbsolutePath('\\\\server\\share\\d.zip')).toBe(true);
    expect(isAbsolutePath('d.zip')).toBe(false);
    expect(isAbsolutePath('./d.zip')).toBe(false);
    expect(fileName('/a/b/dossier.zip')).toBe('dossier.zip');
    expect(fileName('C:\\a\\dossier.zip')).toBe('dossier.zip');
  });

  it('lists files that do not match first', () => {
    const files = [
      { name: 'a', status: 'ok' as const, expected: 'x', actual: 'x' },
      { name: 'z', status: 'altered' as const, expected: 'x', actual: 'y' },
      { name: 'b', status: 'extra' as const, expected: null, actual: 'y' },
    ];
    expect(sortFiles(files).map((f) => f.name)).toEqual(['b', 'z', 'a']);
  });

  it('has a route to the export page of a case', () => {
    expect(parseLocation(hrefForDossier('c1'))).toEqual({ route: 'cases', view: 'dossier', caseId: 'c1' });
    expect(DOSSIER_PROFILES.every((p) => `dossier.profile.${p}.help` in nl)).toBe(true);
  });
});
