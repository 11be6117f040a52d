/**
 * The klachtdelict deadline (issue 14 item 8, shared/complaint-deadline.ts): three months from
 * the earliest day the app knows (art. 66(1) Sr), only for insult / defamation kinds (art. 269
 * Sr), urgent in the last 30 days, passed after the last day. Days are Amsterdam calendar days.
 */
import { describe, expect, it } from 'vitest';
import { complaintDeadline } from '../../shared/complaint-deadline';

describe('complaintDeadline', () => {
  const meme = { category: 'hurtful-meme' as const, openedAt: '2026-03-10T09:00:00Z', items: [] };

  it('runs three calendar months from the case opening when nothing earlier is known', () => {
    expect(complaintDeadline(meme, '2026-03-10')).toEqual({ knownFrom: '2026-03-10', lastDay: '2026-06-10', daysLeft: 92, state: 'open' });
  });

  it('counts from the earliest sighting or posting (local day in Amsterdam), which may lie before the case', () => {
    const d = complaintDeadline({ ...meme, items: [{ seenAt: '2026-02-27T23:30:00Z' }, { seenAt: null, postedAt: '2026-03-01T10:00:00Z' }] }, '2026-05-01');
    // 23:30 UTC on 27 February is 28 February in Amsterdam.
    expect(d).toMatchObject({ knownFrom: '2026-02-28', lastDay: '2026-05-28', daysLeft: 27, state: 'soon' });
  });

  it('is urgent in the last 30 days, today on the last day, passed after it', () => {
    expect(complaintDeadline(meme, '2026-05-11')?.state).toBe('soon');
    expect(complaintDeadline(meme, '2026-05-10')?.state).toBe('open');
    expect(complaintDeadline(meme, '2026-06-10')).toMatchObject({ daysLeft: 0, state: 'soon' });
    expect(complaintDeadline(meme, '2026-06-11')).toMatchObject({ daysLeft: -1, state: 'passed' });
  });

  it('applies to the insult, defamation and slander kinds only, also when only one item is of that kind', () => {
    for (const category of ['hurtful-meme', 'edited-screenshot', 'expose-account'] as const) expect(complaintDeadline({ ...meme, category }, '2026-03-10'), category).not.toBeNull();
    for (const category of ['nude-photo', 'sexual-video', 'violence-video', 'other'] as const) expect(complaintDeadline({ ...meme, category }, '2026-03-10'), category).toBeNull();
    expect(complaintDeadline({ ...meme, category: 'violence-video', items: [{ seenAt: null, category: 'edited-screenshot' }] }, '2026-03-10')).not.toBeNull();
    expect(complaintDeadline({ ...meme, category: 'hurtful-meme', items: [{ seenAt: null, category: 'nude-photo' }] }, '2026-03-10')).not.toBeNull();
  });

  it('clamps to the month\'s last day (30 November + 3 months = 28 February)', () => {
    expect(complaintDeadline({ ...meme, openedAt: '2026-11-30T12:00:00Z' }, '2026-12-01')?.lastDay).toBe('2027-02-28');
  });
});
