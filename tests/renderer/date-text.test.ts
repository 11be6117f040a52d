/**
 * The app's own date fields (issue 16 item 9): day-month-year and a 24-hour clock in both
 * languages, whatever the browser's locale; impossible dates are refused, not rolled over.
 */
import { describe, expect, it } from 'vitest';
import { fieldText, fieldValue, formatDateText, formatDateTimeText, isInvalidDateValue, parseDateText, parseDateTimeText } from '../../shared/date-text';

describe('date text', () => {
  it('reads day-month-year with -, / or . and ISO order', () => {
    expect(parseDateText('20-11-2026')).toBe('2026-11-20');
    expect(parseDateText(' 1/2/2026 ')).toBe('2026-02-01');
    expect(parseDateText('01.02.2026')).toBe('2026-02-01');
    expect(parseDateText('2026-02-01')).toBe('2026-02-01');
  });

  it('refuses dates that do not exist and text that is no date', () => {
    for (const bad of ['31-02-2026', '29-02-2027', '00-01-2026', '12-13-2026', '11/20/2026', '20-11-26', 'morgen', '']) expect(parseDateText(bad), bad).toBeNull();
    expect(parseDateText('29-02-2028')).toBe('2028-02-29');
  });

  it('reads a 24-hour time after the date, and refuses AM/PM and impossible times', () => {
    expect(parseDateTimeText('20-11-2026 15:30')).toBe('2026-11-20T15:30');
    expect(parseDateTimeText('20-11-2026, 9.05')).toBe('2026-11-20T09:05');
    expect(parseDateTimeText('2026-11-20T15:30')).toBe('2026-11-20T15:30');
    for (const bad of ['20-11-2026', '20-11-2026 24:00', '20-11-2026 12:60', '20-11-2026 3:30 PM', '15:30']) expect(parseDateTimeText(bad), bad).toBeNull();
  });

  it('writes Dutch as dd-mm-jjjj and English as dd/mm/yyyy, both with a 24-hour clock', () => {
    expect(formatDateText('2026-11-20', 'nl')).toBe('20-11-2026');
    expect(formatDateText('2026-11-20', 'en')).toBe('20/11/2026');
    expect(formatDateTimeText('2026-11-20T21:05', 'nl')).toBe('20-11-2026 21:05');
    expect(formatDateTimeText('2026-11-20T21:05', 'en')).toBe('20/11/2026 21:05');
  });

  it('keeps unreadable text as an invalid value, so a form refuses it and a draft keeps it', () => {
    const v = fieldValue('20-13-2026 10:00', 'datetime');
    expect(isInvalidDateValue(v)).toBe(true);
    expect(fieldText(v, 'datetime', 'nl')).toBe('20-13-2026 10:00');
    expect(fieldValue('  ', 'date')).toBe('');
    expect(fieldValue('5-3-2026', 'date')).toBe('2026-03-05');
    expect(fieldText('2026-03-05', 'date', 'en')).toBe('05/03/2026');
  });
});
