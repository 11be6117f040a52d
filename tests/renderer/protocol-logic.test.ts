import { AUDIT_KINDS } from '../../shared/audit-kinds';
import { AUDIT_KIND_LABELS, auditKindLabel } from '../../shared/i18n/audit-kinds';
import { en } from '../../renderer/src/i18n/en';
import { nl } from '../../renderer/src/i18n/nl';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, toFilter, toQuery } from '../../renderer/src/features/audit-log/filters';
import { daysSince, isAbsolutePath, parseWhole } from '../../renderer/src/features/backup/paths';
import { formatDay, stepProgress } from '../../renderer/src/features/steps/day';
import { complaintDeadline } from '../../shared/offences';
import { shortCode } from '../../shared/short-code';

describe('step plan helpers', () => {
  it('counts done steps', () => {
    expect(stepProgress([{ doneAt: '2026-01-01T10:00:00Z' }, { doneAt: null }, { doneAt: null }])).toEqual({ done: 1, total: 3 });
  });
  it('formats a calendar day without shifting it through UTC', () => {
    expect(formatDay('2026-03-01', 'nl')).toBe('1 mrt 2026');
    expect(formatDay(null, 'nl')).toBe('');
  });
});

describe('backup helpers', () => {
  it('accepts only full paths', () => {
    expect(isAbsolutePath('/media/usb/a.bkbackup')).toBe(true);
    expect(isAbsolutePath('E:\\a.bkbackup')).toBe(true);
    expect(isAbsolutePath('a.bkbackup')).toBe(false);
  });
  it('counts whole days since the last backup', () => {
    expect(daysSince('2026-01-01T00:00:00Z', new Date('2026-01-10T12:00:00Z'))).toBe(9);
    expect(daysSince('2026-01-10T00:00:00Z', new Date('2026-01-01T00:00:00Z'))).toBe(0);
  });
  it('parses whole numbers within bounds', () => {
    expect(parseWhole(' 7 ', 1, 365)).toBe(7);
    expect(parseWhole('0', 1, 365)).toBeNull();
    expect(parseWhole('2.5', 1, 30)).toBeNull();
  });
});

describe('audit viewer filters', () => {
  it('sends only what is filled in, dates as the start and end of the local day', () => {
    expect(toQuery(EMPTY_FILTERS)).toEqual({ limit: 500 });
    const f = toFilter({ kind: 'backup.created', actor: ' Marieke ', from: '2026-03-01', to: '2026-03-02', caseId: '' });
    expect(f.kind).toBe('backup.created');
    expect(f.actor).toBe('Marieke');
    expect(f.from).toMatch(/^2026-03-01T00:00:00[+-]\d{2}:\d{2}$/);
    expect(f.to).toMatch(/^2026-03-02T23:59:59[+-]\d{2}:\d{2}$/);
    expect('caseId' in f).toBe(false);
  });
  it('every audit kind the core can write has a label in both languages, and every label is a kind', () => {
    // The one shared catalogue (shared/i18n/audit-kinds-*.ts) that the viewer, the PDF and the CSV print.
    for (const language of ['nl', 'en'] as const) {
      for (const kind of AUDIT_KINDS) expect(auditKindLabel(language, kind), `${language} ${kind}`).toBeTruthy();
      expect(Object.keys(AUDIT_KIND_LABELS[language]).filter((k) => !(AUDIT_KINDS as readonly string[]).includes(k))).toEqual([]);
    }
    expect(auditKindLabel('nl', 'redacted')).toBeNull();
    // The viewer reads them from its own catalogue as 'audit.kind.<kind>', word for word.
    for (const kind of AUDIT_KINDS) {
      expect(nl[`audit.kind.${kind}`], kind).toBe(auditKindLabel('nl', kind));
      expect(en[`audit.kind.${kind}`], kind).toBe(auditKindLabel('en', kind));
    }
    const labelled = Object.keys(nl).filter((k) => k.startsWith('audit.kind.')).map((k) => k.slice('audit.kind.'.length));
    expect(labelled.filter((k) => !(AUDIT_KINDS as readonly string[]).includes(k))).toEqual([]);
  });
});

describe('complaint deadline and the short code (issue 15)', () => {
  it('a klachtdelict needs a complaint within three calendar months of the day the victim learned of it (art. 66 Sr)', () => {
    expect(complaintDeadline(['sr-254ba'], '2026-11-30')).toEqual({ applies: false, deadline: null });
    expect(complaintDeadline(['sr-266'], null)).toEqual({ applies: true, deadline: null });
    expect(complaintDeadline(['sr-254ba', 'sr-261'], '2026-11-30')).toEqual({ applies: true, deadline: '2027-02-28' });
    expect(complaintDeadline(['sr-262'], '2026-01-15')).toEqual({ applies: true, deadline: '2026-04-15' });
  });

  it('the short code is the first 40 bits of the hash in Crockford base32, two groups of four, without I, L, O or U', () => {
    expect(shortCode('0'.repeat(64))).toBe('0000-0000');
    expect(shortCode('ffffffffff' + '0'.repeat(54))).toBe('ZZZZ-ZZZZ');
    // 0x0842108421 = 00001 00001 ... (eight groups of five bits, each 1).
    expect(shortCode('0842108421' + 'a'.repeat(54))).toBe('1111-1111');
    expect(shortCode('abc')).toBe('');
    for (let i = 0; i < 50; i++) {
      const hex = Array.from({ length: 64 }, (_, k) => ((k * 7 + i * 13) % 16).toString(16)).join('');
      expect(shortCode(hex)).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    }
  });
});
