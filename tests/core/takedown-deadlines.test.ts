import { describe, expect, it } from 'vitest';
import { addDays, addMonths, localDate, startOfLocalDay } from '../../shared/time';
import { takedownCore, testSeed } from '../helpers/takedown';

describe('local dates in Europe/Amsterdam', () => {
  it('counts calendar days across the DST changes and the year end', () => {
    expect(addDays('2026-03-27', 3)).toBe('2026-03-30'); // summer time starts 29 March 2026
    expect(addDays('2026-10-23', 3)).toBe('2026-10-26'); // winter time starts 25 October 2026
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(startOfLocalDay('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z'); // CEST, UTC+2
    expect(startOfLocalDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z'); // the change day starts in CET
    expect(startOfLocalDay('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z'); // CET, UTC+1
    expect(localDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});

describe('deadlines and overdue', () => {
  it('a request sent just before summer time gets its deadline on the right local day; overdue appears after it and disappears on an answer', async () => {
    const { h, ctx, c, clock } = await takedownCore('2026-03-27T22:30:00Z'); // 23:30 on 27 March in Amsterdam
    const r = await h['takedown:create']({ caseId: c.id, url: 'https://www.instagram.com/p/x/', channel: 'web-form' }, ctx);
    const sent = await h['takedown:set-status']({ requestId: r.id, status: 'sent' }, ctx);
    expect(sent).toMatchObject({ deadlineDate: '2026-03-30', nextFollowUpDate: '2026-03-30', deadlineAt: '2026-03-29T22:00:00.000Z', overdue: false });

    clock.set('2026-03-30T21:59:00Z'); // 23:59 on the follow-up day: due today, not yet overdue
    expect((await h['takedown:get']({ requestId: r.id }, ctx)).overdue).toBe(false);
    expect((await h['takedown:list-today']({}, ctx)).map((x) => x.id)).toEqual([r.id]);
    clock.set('2026-03-30T22:00:00Z'); // midnight: 31 March begins
    expect((await h['takedown:get']({ requestId: r.id }, ctx)).overdue).toBe(true);
    expect((await h['takedown:list']({ overdue: true }, ctx)).map((x) => x.id)).toEqual([r.id]);

    const ack = await h['takedown:set-status']({ requestId: r.id, status: 'acknowledged', reference: '123456789' }, ctx);
    expect(ack).toMatchObject({ overdue: false, reference: '123456789', nextFollowUpDate: '2026-04-03' });
    expect(await h['takedown:list']({ overdue: true }, ctx)).toEqual([]);
  });

  it('a request sent on 30 December is due in January of the next year, and a late winter-time change keeps the day', async () => {
    const { h, ctx, c, clock } = await takedownCore('2026-12-30T16:00:00Z', testSeed(1, 3));
    const r = await h['takedown:create']({ caseId: c.id, url: 'https://www.instagram.com/p/y/', channel: 'web-form' }, ctx);
    expect((await h['takedown:set-status']({ requestId: r.id, status: 'sent' }, ctx)).deadlineDate).toBe('2027-01-02');
    clock.set('2027-01-02T23:00:00Z'); // 3 January 00:00 local
    expect((await h['takedown:get']({ requestId: r.id }, ctx)).overdue).toBe(true);

    const late = await takedownCore('2026-10-23T12:00:00Z');
    const r2 = await late.h['takedown:create']({ caseId: late.c.id, url: 'https://www.tiktok.com/@a/video/2', channel: 'in-app' }, late.ctx);
    expect((await late.h['takedown:set-status']({ requestId: r2.id, status: 'sent' }, late.ctx)).nextFollowUpDate).toBe('2026-10-28');
  });

  it('the dashboard counts per platform, the median days to removal, and overdue per day', async () => {
    const { h, ctx, c, clock } = await takedownCore('2026-11-01T09:00:00Z');
    const mk = async (url: string) => (await h['takedown:create']({ caseId: c.id, url, channel: 'web-form' }, ctx)).id;
    const a = await mk('https://www.instagram.com/p/1/');
    const b = await mk('https://www.instagram.com/p/2/');
    const t = await mk('https://www.tiktok.com/@x/video/3');
    for (const id of [a, b, t]) await h['takedown:set-status']({ requestId: id, status: 'sent' }, ctx);
    clock.set('2026-11-03T09:00:00Z');
    await h['takedown:set-status']({ requestId: a, status: 'removed' }, ctx);
    clock.set('2026-11-10T09:00:00Z'); // instagram b follow-up was 4 Nov; tiktok t was 6 Nov
    const stats = await h['takedown:get-dashboard']({ days: 10 }, ctx);
    const ig = stats.perPlatform.find((p) => p.platformId === 'instagram')!;
    expect(ig).toMatchObject({ open: 1, removed: 1, refused: 0, medianDaysToRemoval: 2 });
    expect(stats.totals).toMatchObject({ open: 2, removed: 1, overdue: 2 });
    const byDay = Object.fromEntries(stats.overdueOverTime.map((d) => [d.date, d.overdue]));
    expect(byDay['2026-11-04']).toBe(0);
    expect(byDay['2026-11-05']).toBe(1);
    expect(byDay['2026-11-07']).toBe(2);
    expect(stats.overdueOverTime.length).toBe(10);
  });
});
