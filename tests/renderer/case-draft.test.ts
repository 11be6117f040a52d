import { describe, expect, it } from 'vitest';
import { EMPTY_POLICE_FACTS, type CaseDetail } from '../../shared/case-types';
import { draftFromCase, draftProblems, EMPTY_CASE_DRAFT, parseTags, patchFromDraft } from '../../renderer/src/features/cases/case-draft';

const saved: CaseDetail = {
  retentionYears: null,
  hold: null,
  police: EMPTY_POLICE_FACTS,
  id: 'c1',
  ref: '2026-001',
  title: 'Expose-account klas 3B',
  category: 'expose-account',
  status: 'open',
  openedAt: '2026-11-20T14:00:00.000Z',
  statusChangedAt: '2026-11-20T14:00:00.000Z',
  closedAt: null,
  assignedOfficer: 'Marieke de Vries',
  tags: ['klas 3B', 'Instagram'],
  updatedAt: '2026-11-20T14:00:00.000Z',
  itemCount: 0,
  personCount: 0,
  description: 'Account plaatst foto’s.',
  createdBy: 'Marieke de Vries',
  platforms: [],
};

describe('case draft', () => {
  it('prefills from the saved case; unchanged gives an empty patch', () => {
    const d = draftFromCase(saved);
    expect(d.tags).toBe('klas 3B, Instagram');
    expect(patchFromDraft(saved, d)).toEqual({});
    // Whitespace and repeated tags alone are no change either.
    expect(patchFromDraft(saved, { ...d, title: `  ${saved.title} `, tags: 'klas 3B,, Instagram, klas 3B' })).toEqual({});
  });

  it('sends only the changed fields, trimmed', () => {
    const d = draftFromCase(saved);
    expect(patchFromDraft(saved, { ...d, title: ' Expose-account 3B en 3C ', tags: `${d.tags}, TikTok` })).toEqual({
      title: 'Expose-account 3B en 3C',
      tags: ['klas 3B', 'Instagram', 'TikTok'],
    });
    expect(patchFromDraft(saved, { ...d, category: 'hurtful-meme', description: '  ', assignedOfficer: 'J. Bakker' })).toEqual({
      category: 'hurtful-meme',
      description: '',
      assignedOfficer: 'J. Bakker',
    });
    expect(patchFromDraft(saved, { ...d, tags: '' })).toEqual({ tags: [] });
  });

  it('reports the missing required fields', () => {
    expect(draftProblems(EMPTY_CASE_DRAFT)).toEqual({ title: true, category: true });
    expect(draftProblems({ ...draftFromCase(saved), title: '   ' })).toEqual({ title: true, category: false });
    expect(parseTags(' a, b ,a,, ')).toEqual(['a', 'b']);
  });
});
