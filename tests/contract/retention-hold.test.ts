/**
 * Retention per case and the legal hold (issue 15 item 5), through the contract (the
 * dispatcher, as every transport calls it, with its zod schemas): a case keeps its own period
 * or the vault's default; a case on legal hold is never due and never purged (CONFLICT
 * 'legal-hold', nothing deleted) until the hold is released with a reason; who set it and why
 * stay with the case and in the log; a purge names the backups made since the case was opened
 * (not older ones) and they are named before it too.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/core/dispatch';
import { silentLogger } from '../../electron/core/logger';
import { manualClock } from '../../electron/core/clock';
import { tablesHolding } from '../../electron/core/case/case-owned';
import { PASS, newCore, tempDir } from '../helpers/temp';

const ctx = { transport: 'test' } as const;

async function setup() {
  const clock = manualClock('2026-01-05T09:00:00Z');
  const core = newCore({ clock, idleCheckMs: 0 });
  const dispatch = createDispatcher(core.handlers as Parameters<typeof createDispatcher>[0], silentLogger);
  const call = async <T = unknown>(channel: string, input: unknown): Promise<T> => {
    const r = await dispatch(channel as never, input, ctx);
    if (!r.ok) throw Object.assign(new Error(r.error.message), r.error);
    return r.value as T;
  };
  await call('vault:create', { passphrase: PASS, ownerName: 'Vertrouwenspersoon ROC' });
  await call('settings:set', { retentionYears: 2 });
  return { core, call, clock };
}

describe('retention per case and the legal hold, through the contract', () => {
  it('a case keeps its own retention period or the default; list-due follows each case', async () => {
    const { call, clock } = await setup();
    const backupDir = tempDir();
    // A backup from before the case existed does not hold it.
    await call('backup:create', { outPath: join(backupDir, 'voor.bkbackup') });
    clock.advance(60_000);
    const a = await call<{ id: string; ref: string }>('case:create', { title: 'Kort bewaren', category: 'hurtful-meme' });
    const b = await call<{ id: string; ref: string }>('case:create', { title: 'Lang bewaren', category: 'hurtful-meme' });
    await call('backup:create', { outPath: join(backupDir, 'na-openen.bkbackup') });
    expect(await call('retention:set-case-period', { caseId: b.id, years: 5 })).toMatchObject({ retentionYears: 5 });
    // The schema refuses what the screen would also refuse.
    await expect(call('retention:set-case-period', { caseId: b.id, years: 0 })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(call('retention:set-case-period', { caseId: b.id, years: 31 })).rejects.toMatchObject({ code: 'VALIDATION' });
    for (const c of [a, b]) await call('case:update', { caseId: c.id, patch: { status: 'closed' } });
    expect(await call('case:get', { caseId: a.id })).toMatchObject({ retentionYears: null, purgeDate: '2028-01-05' });
    expect(await call('case:get', { caseId: b.id })).toMatchObject({ retentionYears: 5, purgeDate: '2031-01-05' });
    clock.set('2028-03-01T09:00:00Z');
    expect((await call<{ ref: string }[]>('retention:list-due', {})).map((d) => d.ref)).toEqual([a.ref]);
    await call('retention:set-case-period', { caseId: b.id, years: null });
    expect((await call<{ ref: string }[]>('retention:list-due', {})).map((d) => d.ref).sort()).toEqual([a.ref, b.ref].sort());
    // Before the purge the backups that hold the case are named; after it too.
    const preview = await call<{ backups: { fileName: string }[] }>('retention:purge-preview', { caseId: a.id });
    expect(preview.backups.map((x) => x.fileName)).toEqual(['na-openen.bkbackup']);
    const purged = await call<{ backups: { fileName: string }[] }>('retention:purge', { caseId: a.id, confirmRef: a.ref });
    expect(purged.backups.map((x) => x.fileName)).toEqual(['na-openen.bkbackup']);
  });

  it('a legal hold blocks the purge and the due list until it is released; who and why are kept', async () => {
    const { core, call, clock } = await setup();
    const staff = await call<{ id: string }>('staff:add', { name: 'Joris Mulder', role: 'zorgcoördinator' });
    const c = await call<{ id: string; ref: string }>('case:create', { title: 'Politiezaak', category: 'hurtful-meme' });
    await call('person:add', { caseId: c.id, role: 'victim', name: 'Mila de Groot' });
    await call('case:update', { caseId: c.id, patch: { status: 'closed' } });
    await expect(call('retention:set-hold', { caseId: c.id, kind: 'police-case', reason: '   ' })).rejects.toMatchObject({ code: 'VALIDATION' });
    const held = await call<{ hold: { kind: string; reason: string; setBy: string } }>('retention:set-hold', { caseId: c.id, kind: 'police-case', reason: 'Aangifte PL0900-2026-1', byStaffId: staff.id });
    expect(held.hold).toMatchObject({ kind: 'police-case', reason: 'Aangifte PL0900-2026-1', setBy: 'Joris Mulder (zorgcoördinator)' });

    clock.set('2030-01-01T09:00:00Z');
    expect(await call('retention:list-due', {})).toEqual([]);
    await expect(call('retention:purge', { caseId: c.id, confirmRef: c.ref })).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'legal-hold' } });
    const db = core.session().db;
    expect(tablesHolding(db, c.id)).toContain('persons');
    expect(await call('retention:purge-preview', { caseId: c.id })).toMatchObject({ hold: { kind: 'police-case' } });

    await expect(call('retention:release-hold', { caseId: c.id })).rejects.toMatchObject({ code: 'VALIDATION' });
    await call('retention:release-hold', { caseId: c.id, reason: 'Politie heeft de zaak gesloten' });
    await expect(call('retention:release-hold', { caseId: c.id, reason: 'nogmaals' })).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'no-hold' } });
    expect((await call<{ ref: string }[]>('retention:list-due', {})).map((d) => d.ref)).toEqual([c.ref]);
    // Before the purge: the log says who set and released the hold, and why.
    const log = core.session().audit.list({ subject: c.id }).filter((e) => e.kind.startsWith('case.hold_'));
    expect(log.map((e) => [e.kind, e.details.reason, e.details.by])).toEqual([
      ['case.hold_released', 'Politie heeft de zaak gesloten', 'Vertrouwenspersoon ROC'],
      ['case.hold_set', 'Aangifte PL0900-2026-1', 'Joris Mulder (zorgcoördinator)'],
    ]);
    await call('retention:purge', { caseId: c.id, confirmRef: c.ref });
    expect(tablesHolding(db, c.id)).toEqual([]);
  });

  it('a purge removes the requests for access of a person left in no case, and keeps those of a person still in another', async () => {
    const { core, call } = await setup();
    const gone = await call<{ id: string; ref: string }>('case:create', { title: 'Weg', category: 'other' });
    const kept = await call<{ id: string }>('case:create', { title: 'Blijft', category: 'other' });
    const only = await call<{ id: string }>('person:add', { caseId: gone.id, role: 'witness', name: 'Alleen Hier' });
    const both = await call<{ id: string; identityId: string }>('person:add', { caseId: gone.id, role: 'victim', name: 'In Beide' });
    await call('person:add', { caseId: kept.id, role: 'victim', identityId: both.identityId });
    await call('person:add-access-request', { personId: only.id, receivedOn: '2026-01-05' });
    await call('person:add-access-request', { personId: both.id, receivedOn: '2026-01-05' });
    await call('case:update', { caseId: gone.id, patch: { status: 'closed' } });
    await call('retention:purge', { caseId: gone.id, confirmRef: gone.ref });
    const left = await call<{ cases: { caseId: string }[] }[]>('person:list-access-requests', {});
    expect(left).toHaveLength(1);
    expect(left[0]!.cases.map((x) => x.caseId)).toEqual([kept.id]);
    expect((core.session().db.prepare('SELECT count(*) FROM access_requests').pluck().get() as number)).toBe(1);
  });
});
