import { AUDIT_KINDS } from '../../shared/audit-kinds';
import { AUDIT_KIND_LABELS, auditKindLabel } from '../../shared/i18n/audit-kinds';
import { en } from '../../renderer/src/i18n/en';
import { nl } from '../../renderer/src/i18n/nl';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, toFilter, toQuery } from '../../renderer/src/features/audit-log/filters';
import { daysSince, isAbsolutePath, parseWhole } from '../../renderer/src/features/backup/paths';
import { formatDay, stepProgress } from '../../renderer/src/features/steps/day';
import { reportCounts } from '../../renderer/src/features/retention/components/InspectionReport';

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

describe('inspection report', () => {
  it('sums cases, items and requests', () => {
    const rec = (items: number, takedowns: number) => ({ person: {}, case: {}, items: Array.from({ length: items }, () => ({})), takedowns: Array.from({ length: takedowns }, () => ({})) });
    expect(reportCounts({ generatedAt: '', records: [rec(2, 1), rec(3, 0)] })).toEqual({ cases: 2, items: 5, requests: 1 });
  });
});
