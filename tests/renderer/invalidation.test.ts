/** The channel -> invalidated reads map (renderer/src/lib/invalidation.ts) is consistent with the contract. */
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/contract';
import { AUDIT_READS, EFFECTS, invalidatedBy } from '../../renderer/src/lib/invalidation';

describe('what each channel invalidates', () => {
  it('names only read channels, and every get/list/query/verify channel is a read', () => {
    for (const c of CHANNELS) {
      const e = EFFECTS[c];
      if (e !== 'read') for (const r of e) expect(EFFECTS[r], `${c} invalidates ${r}, which is not a read`).toBe('read');
      if (/:(get|list|query)(-|$)/.test(c)) expect(e, `${c} reads`).toBe('read');
    }
  });

  it('every change refreshes the audit views (each one writes the log), a read refreshes nothing', () => {
    for (const c of CHANNELS) {
      if (EFFECTS[c] === 'read') expect(invalidatedBy(c)).toEqual([]);
      else for (const a of AUDIT_READS) expect(invalidatedBy(c)).toContain(a);
    }
  });

  it('changes that can remove stored images refresh the evidence views', () => {
    for (const c of ['case:update', 'evidence:update', 'retention:purge'] as const) {
      expect(invalidatedBy(c)).toEqual(expect.arrayContaining(['evidence:list', 'evidence:get', 'evidence:get-thumbnail']));
    }
  });

  it('creating or recovering a vault never refreshes its status (the recovery key is confirmed first)', () => {
    expect(invalidatedBy('vault:create')).not.toContain('vault:get-status');
    expect(invalidatedBy('vault:recover')).not.toContain('vault:get-status');
  });
});
