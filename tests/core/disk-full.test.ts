/**
 * A full disk, as SQLite meets it: `PRAGMA max_page_count` stops the database from growing,
 * and SQLite answers SQLITE_FULL exactly as it does when the disk itself is full (SQLite
 * docs, "max_page_count"). Mounting a small tmpfs would need root; this runs anywhere.
 */
import { describe, expect, it } from 'vitest';
import { createBridgeHostHandlers } from '../../electron/bridge/host-handlers';
import { PathGrants } from '../../electron/core/files/path-grants';
import { createDispatcher } from '../../electron/core/dispatch';
import { silentLogger } from '../../electron/core/logger';
import { PASS, newCore } from '../helpers/temp';
import { screenshot } from '../helpers/images';

const ctx = { transport: 'test' } as const;

describe('full disk', () => {
  it('says DISK_FULL (never "unexpected"), keeps what was stored, still locks, and opens again once there is room', async () => {
    const core = newCore();
    const dispatch = createDispatcher({ ...core.handlers, ...createBridgeHostHandlers(new PathGrants()) }, silentLogger);
    const call = async (channel: string, input: unknown) => dispatch(channel, input, ctx);
    await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'Vertrouwenspersoon' }, ctx);
    const c = await core.handlers['case:create']({ title: 'Meme in klassenapp', category: 'hurtful-meme' }, ctx);
    const file = async (i: number) => ({ name: `scherm-${i}.png`, bytes: new Uint8Array(await screenshot(`Bericht ${i}`, { hue: i * 40 })) });
    const first = await core.handlers['evidence:import']({ caseId: c.id, meta: {}, files: [await file(0), await file(1)] }, ctx);
    expect(first.results.map((r) => r.status)).toEqual(['stored', 'stored']);

    const db = core.session().db;
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);

    const later = await call('evidence:import', { caseId: c.id, meta: {}, files: await Promise.all([2, 3, 4, 5, 6, 7].map(file)) });
    expect(later.ok).toBe(true);
    const results = later.ok ? (later.value as { results: { status: string; error: { code: string; reason?: string } | null }[] }).results : [];
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) expect(r.error).toMatchObject({ code: 'DISK_FULL', reason: 'disk-full' });
    const storedNow = 2 + results.filter((r) => r.status === 'stored').length;

    // Any other write: the envelope says DISK_FULL, the same words the renderer translates.
    let failure: unknown = null;
    for (let i = 0; i < 200 && !failure; i++) {
      const r = await call('case:create', { title: `Zaak ${i}`, description: 'Een lange beschrijving van wat er rondgaat. '.repeat(40), category: 'other' });
      if (!r.ok) failure = r.error;
    }
    expect(failure).toMatchObject({ code: 'DISK_FULL' });

    // Locking must work even though its audit entry cannot be written: the keys leave memory.
    expect(await call('vault:lock', { reason: 'idle' })).toMatchObject({ ok: true, value: { unlocked: false } });
    expect(core.isUnlocked()).toBe(false);

    // A new connection has no page limit: "room again". Everything committed is there.
    expect(await call('vault:unlock', { passphrase: PASS })).toMatchObject({ ok: true, value: { unlocked: true } });
    expect((await core.handlers['evidence:list']({ caseId: c.id }, ctx)).length).toBe(storedNow);
    const check = await core.handlers['vault:check']({}, ctx);
    expect(check.ok).toBe(true);
    expect(core.session().audit.verify().ok).toBe(true);
    await core.close();
  });
});
