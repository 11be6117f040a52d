/** The one time-zone module (shared/time.ts): wall time <-> instants in a named zone, whatever the machine's zone. */
import { describe, expect, it } from 'vitest';
import { isoToWallTime, localDate, startOfLocalDay, wallTimeToIso, formatBoth } from '../../shared/time';

describe('shared/time', () => {
  it('reads a wall time in the named zone, in winter and in summer', () => {
    expect(wallTimeToIso('2026-01-15T14:30', 'Europe/Amsterdam')).toBe('2026-01-15T14:30:00+01:00');
    expect(wallTimeToIso('2026-07-15T14:30', 'Europe/Amsterdam')).toBe('2026-07-15T14:30:00+02:00');
    expect(wallTimeToIso('2026-07-15T14:30', 'America/New_York')).toBe('2026-07-15T14:30:00-04:00');
    expect(wallTimeToIso('2026-13-01T10:00', 'Europe/Amsterdam')).toBeNull();
    expect(wallTimeToIso('gisteren', 'Europe/Amsterdam')).toBeNull();
  });

  it('a wall time in the spring-forward gap moves to just after it; the round trip is stable', () => {
    const iso = wallTimeToIso('2026-03-29T02:30', 'Europe/Amsterdam')!;
    expect(iso).toBe('2026-03-29T03:30:00+02:00');
    expect(isoToWallTime(iso, 'Europe/Amsterdam')).toBe('2026-03-29T03:30');
    expect(isoToWallTime('2026-11-20T19:42:10Z', 'Europe/Amsterdam')).toBe('2026-11-20T20:42');
  });

  it('calendar days and their start follow the zone, not UTC', () => {
    expect(localDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(startOfLocalDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfLocalDay('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('prints an instant in local time with zone and offset, and in UTC', () => {
    expect(formatBoth('2026-11-20T19:42:10Z', 'Europe/Amsterdam', 'nl')).toBe('20-11-2026 20:42:10 (Europe/Amsterdam, UTC+01:00)\n20-11-2026 19:42:10 UTC');
    expect(formatBoth('2026-11-20T19:42:10Z', 'Nergens/Zone', 'en')).toBe('2026-11-20 19:42:10 (UTC, UTC+00:00)\n2026-11-20 19:42:10 UTC');
  });
});
