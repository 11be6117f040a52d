import { describe, expect, it } from 'vitest';
import { TAKEDOWN_STATUSES, type TakedownStatus } from '../../shared/takedown-types';
import { TRANSITIONS } from '../../electron/core/takedown/status-machine';
import { takedownCore } from '../helpers/takedown';

/** Shortest path of legal transitions from to-send to each status. */
const PATH: Record<TakedownStatus, TakedownStatus[]> = {
  'to-send': [],
  sent: ['sent'],
  acknowledged: ['sent', 'acknowledged'],
  removed: ['sent', 'removed'],
  refused: ['sent', 'refused'],
  appealed: ['sent', 'refused', 'appealed'],
  escalated: ['sent', 'escalated'],
};

describe('takedown status machine', () => {
  const pairs = TAKEDOWN_STATUSES.flatMap((from) => TAKEDOWN_STATUSES.map((to) => [from, to] as const));

  it.each(pairs)('%s -> %s is allowed exactly when the machine lists it', async (from, to) => {
    const { h, ctx, c } = await takedownCore('2026-11-24T09:00:00Z');
    const r = await h['takedown:create']({ caseId: c.id, url: 'https://www.instagram.com/p/abc/', channel: 'web-form' }, ctx);
    for (const step of PATH[from]) await h['takedown:set-status']({ requestId: r.id, status: step }, ctx);
    const legal = TRANSITIONS[from].includes(to);
    if (legal) {
      const after = await h['takedown:set-status']({ requestId: r.id, status: to, reference: 'REF-1' }, ctx);
      expect(after.status).toBe(to);
      expect(after.history.at(-1)).toMatchObject({ from, to, reference: 'REF-1', by: 'Coördinator' });
    } else {
      await expect(h['takedown:set-status']({ requestId: r.id, status: to }, ctx)).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'illegal-transition', from, to } });
      expect((await h['takedown:get']({ requestId: r.id }, ctx)).status).toBe(from);
    }
  });

  it('records decision, appeal window (six months, DSA art. 20) and removal check; every change is logged', async () => {
    const { h, ctx, c, core } = await takedownCore('2026-08-31T10:00:00Z');
    const r = await h['takedown:create']({ caseId: c.id, url: 'https://www.tiktok.com/@x/video/1', channel: 'in-app' }, ctx);
    await h['takedown:set-status']({ requestId: r.id, status: 'sent' }, ctx);
    const refused = await h['takedown:set-status']({ requestId: r.id, status: 'refused', note: 'Geen schending volgens platform' }, ctx);
    expect(refused).toMatchObject({ decision: 'refused', appealUntilDate: '2027-02-28', nextFollowUpDate: null, overdue: false });
    await h['takedown:set-status']({ requestId: r.id, status: 'appealed' }, ctx);
    await expect(h['takedown:check-removal']({ requestId: r.id, method: 'URL geopend' }, ctx)).rejects.toMatchObject({ code: 'CONFLICT' });
    await h['takedown:set-status']({ requestId: r.id, status: 'removed' }, ctx);
    const checked = await h['takedown:check-removal']({ requestId: r.id, method: 'URL geopend in privévenster: pagina bestaat niet meer' }, ctx);
    expect(checked.removalCheck).toMatchObject({ checkedBy: 'Coördinator', method: expect.stringContaining('privévenster') });
    const kinds = core.session().audit.list({ subject: r.id }).map((e) => e.kind).reverse();
    expect(kinds).toEqual(['takedown.created', 'takedown.status_changed', 'takedown.status_changed', 'takedown.status_changed', 'takedown.status_changed', 'takedown.removal_checked']);
  });

  it('creates a request from an evidence item, resolving the platform from its URL; escalations target their channel', async () => {
    const { h, ctx, c } = await takedownCore('2026-11-24T09:00:00Z');
    const item = await h['evidence:add-url']({ caseId: c.id, meta: { url: 'https://instagram.com/expose.mbo', platform: 'instagram' } }, ctx);
    const r = await h['takedown:create']({ caseId: c.id, itemId: item.id, channel: 'web-form' }, ctx);
    expect(r.occurrence).toMatchObject({ itemId: item.id, platformId: 'instagram', url: 'https://instagram.com/expose.mbo' });
    expect(r).toMatchObject({ platformName: 'Instagram', targetPlatformId: 'instagram' });
    const esc = await h['takedown:create']({ caseId: c.id, itemId: item.id, channel: 'offlimits' }, ctx);
    expect(esc).toMatchObject({ platformName: 'Offlimits Meldpunt', targetPlatformId: 'offlimits-meldpunt' });
    expect(esc.occurrence.id).toBe(r.occurrence.id);
    const unknown = await h['takedown:create']({ caseId: c.id, url: 'https://forum.example.net/t/123', platform: 'SomeNewApp', channel: 'email' }, ctx);
    expect(unknown.occurrence.platformId).toBe('other-host');
    await expect(h['takedown:create']({ caseId: c.id, channel: 'email' }, ctx)).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});
