/**
 * "Vandaag" as the officer's inbox (issue 16 item 3): requests to send, overdue, follow-ups due
 * today, step-plan items due, removals to confirm — each in its own section, each leaving the
 * inbox once the work is done, on the core's clock (calendar days in Europe/Amsterdam).
 */
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../electron/core/clock';
import { INBOX_SOURCE_LIST } from '../../electron/core/inbox/sources';
import { INBOX_SOURCES, type Inbox } from '../../shared/inbox-types';
import { PASS, newCore } from '../helpers/temp';

const ctx = { transport: 'test' } as const;
const DAY = 86_400_000;

function summary(inbox: Inbox): Record<string, string[]> {
  return Object.fromEntries(
    inbox.sections.map((s) => [s.source, s.entries.map((e) => (e.kind === 'request' ? `${e.request.caseRef} ${e.request.occurrence.url}` : e.kind === 'access' ? `${e.access.cases.map((c) => c.caseRef).join(',')} ${e.access.dueOn}` : `${e.caseRef} ${e.step.title}`))]),
  );
}

describe('the inbox', () => {
  it('lists each source in order, and an entry leaves when its work is done', async () => {
    const clock = manualClock('2026-11-24T08:00:00Z');
    const core = newCore({ clock, idleCheckMs: 0 });
    const h = core.handlers;
    await h['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    // "Sent" needs a sender (DSA art. 16(2)(c)).
    await h['settings:set']({ senderName: 'VP', senderEmail: 'vp@school.example' }, ctx);
    // Steps: the shipped template puts three steps on the opening day; a closed case's steps are not work.
    const c = await h['case:create']({ title: 'Meme', category: 'hurtful-meme' }, ctx);
    const closed = await h['case:create']({ title: 'Afgerond', category: 'hurtful-meme' }, ctx);
    await h['case:update']({ caseId: closed.id, patch: { status: 'closed' } }, ctx);

    const toSend = await h['takedown:create']({ caseId: c.id, url: 'https://www.tiktok.com/@a/video/1', channel: 'web-form' }, ctx);
    const chase = await h['takedown:create']({ caseId: c.id, url: 'https://www.instagram.com/p/chase', channel: 'web-form' }, ctx);
    await h['takedown:set-status']({ requestId: chase.id, status: 'sent' }, ctx);
    const gone = await h['takedown:create']({ caseId: c.id, url: 'https://x.com/a/status/9', channel: 'web-form' }, ctx);
    await h['takedown:set-status']({ requestId: gone.id, status: 'sent' }, ctx);
    await h['takedown:set-status']({ requestId: gone.id, status: 'removed' }, ctx);

    let inbox = await h['inbox:get']({}, ctx);
    expect(inbox.today).toBe('2026-11-24');
    expect(inbox.sections.map((s) => s.source)).toEqual([...INBOX_SOURCES]);
    let s = summary(inbox);
    expect(s['to-send']).toEqual([`${c.ref} https://www.tiktok.com/@a/video/1`]);
    expect(s['removal-check']).toEqual([`${c.ref} https://x.com/a/status/9`]);
    expect(s['overdue']).toEqual([]);
    expect(s['follow-up']).toEqual([]);
    expect(s['steps-due']!.length).toBe(3);
    expect(s['steps-due']!.every((e) => e.startsWith(c.ref))).toBe(true);

    // Instagram's follow-up is three days after sending: on that day it is due, a day later overdue.
    clock.advance(3 * DAY);
    s = summary(await h['inbox:get']({}, ctx));
    expect(s['follow-up']).toEqual([`${c.ref} https://www.instagram.com/p/chase`]);
    clock.advance(DAY);
    s = summary(await h['inbox:get']({}, ctx));
    expect(s['follow-up']).toEqual([]);
    expect(s['overdue']).toEqual([`${c.ref} https://www.instagram.com/p/chase`]);
    // Later steps came due meanwhile.
    expect(s['steps-due']!.length).toBeGreaterThan(3);

    // Done work leaves.
    await h['takedown:set-status']({ requestId: toSend.id, status: 'sent' }, ctx);
    await h['takedown:set-status']({ requestId: chase.id, status: 'acknowledged' }, ctx);
    await h['takedown:check-removal']({ requestId: gone.id, method: 'Link geopend in privévenster: pagina bestaat niet meer' }, ctx);
    const steps = await h['step:list']({ caseId: c.id }, ctx);
    for (const st of steps) await h['step:update']({ stepId: st.id, patch: { done: true } }, ctx);
    inbox = await h['inbox:get']({}, ctx);
    s = summary(inbox);
    expect(s['to-send']).toEqual([]);
    expect(s['removal-check']).toEqual([]);
    expect(s['steps-due']).toEqual([]);
    expect(s['overdue']).toEqual([]);
  });

  it('lists an open request for access from two weeks before its deadline (art. 12(3) AVG) until it is answered', async () => {
    const clock = manualClock('2026-11-24T08:00:00Z');
    const core = newCore({ clock, idleCheckMs: 0 });
    const h = core.handlers;
    await h['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    const c = await h['case:create']({ title: 'Meme', category: 'hurtful-meme' }, ctx);
    const p = await h['person:add']({ caseId: c.id, role: 'victim', name: 'Mila' }, ctx);
    const r = await h['person:add-access-request']({ personId: p.id, receivedOn: '2026-11-24' }, ctx);
    expect(r.dueOn).toBe('2026-12-24');
    expect(summary(await h['inbox:get']({}, ctx))['access-due']).toEqual([]);
    clock.advance(16 * DAY);
    expect(summary(await h['inbox:get']({}, ctx))['access-due']).toEqual([`${c.ref} 2026-12-24`]);
    // Past the deadline it stays (as overdue); answered, it goes.
    clock.advance(30 * DAY);
    const late = (await h['inbox:get']({}, ctx)).sections.find((x) => x.source === 'access-due')!.entries[0]!;
    expect(late.kind === 'access' && late.access.overdue).toBe(true);
    await h['person:update-access-request']({ requestId: r.id, patch: { answeredOn: '2027-01-20' } }, ctx);
    expect(summary(await h['inbox:get']({}, ctx))['access-due']).toEqual([]);
  });

  it('has one core source per inbox source id, in the same order', () => {
    expect(INBOX_SOURCE_LIST.map((s) => s.id)).toEqual([...INBOX_SOURCES]);
  });
});
