import { describe, expect, it } from 'vitest';
import { ERROR_REASONS, reasonText } from '../../shared/error-reasons';

describe('error reasons', () => {
  it('every reason has its own Dutch and English words; an unknown or missing reason falls back to the code', () => {
    for (const reason of ERROR_REASONS) {
      const nl = reasonText('nl', { reason });
      const en = reasonText('en', { reason });
      expect(nl, reason).toBeTruthy();
      expect(en, reason).toBeTruthy();
      expect(nl).not.toBe(en);
    }
    expect(new Set(ERROR_REASONS.map((reason) => reasonText('nl', { reason }))).size).toBe(ERROR_REASONS.length);
    expect(reasonText('nl', { reason: 'exists' })).toBeNull();
    expect(reasonText('nl', undefined)).toBeNull();
    expect(reasonText('en', { reason: 42 })).toBeNull();
  });
});
