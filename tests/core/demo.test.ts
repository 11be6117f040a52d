import { describe, expect, it } from 'vitest';
import { DEMO_PASSPHRASE, seedDemo } from '../../electron/bridge/demo';
import { TAKEDOWN_STATUSES } from '../../shared/takedown-types';
import { newCore } from '../helpers/temp';

describe('demo data for the browser preview', () => {
  it('fills a fresh vault with cases, evidence and takedown requests in every status, some overdue, without storing a minor image', async () => {
    const core = newCore();
    const ctx = { transport: 'test' } as const;
    await core.handlers['vault:create']({ passphrase: DEMO_PASSPHRASE, ownerName: 'Demo' }, ctx);
    await seedDemo(core, new Date('2026-11-24T09:00:00Z'));
    const cases = await core.handlers['case:list']({}, ctx);
    expect(cases.length).toBeGreaterThanOrEqual(4);
    const requests = await core.handlers['takedown:list']({}, ctx);
    expect(new Set(requests.map((r) => r.status))).toEqual(new Set(TAKEDOWN_STATUSES));
    expect(requests.some((r) => r.overdue)).toBe(true);
    const nude = cases.find((c) => c.category === 'nude-photo')!;
    const items = await core.handlers['evidence:list']({ caseId: nude.id }, ctx);
    expect(items.every((i) => !i.hasOriginal)).toBe(true);
    expect(core.session().audit.verify().ok).toBe(true);
  });
});
