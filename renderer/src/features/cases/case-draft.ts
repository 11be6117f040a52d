/**
 * The case fields as the forms hold them (plain strings, tags as one comma-separated text),
 * shared by "Nieuwe zaak" and "Gegevens wijzigen". Pure: no React, no calls.
 */
import type { CaseCategory, CaseDetail } from '../../../../shared/case-types';
import type { Input } from '../../../../shared/contract';
import { refusedFields } from '../../lib/contract-check';

export interface CaseDraft {
  title: string;
  category: CaseCategory | null;
  description: string;
  assignedOfficer: string;
  tags: string;
}

export const EMPTY_CASE_DRAFT: CaseDraft = { title: '', category: null, description: '', assignedOfficer: '', tags: '' };

/** Comma-separated text to a tag list: trimmed, no empties, no repeats, at most 30. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((s) => s.trim()).filter(Boolean))].slice(0, 30);
}

export function draftFromCase(c: CaseDetail): CaseDraft {
  return { title: c.title, category: c.category, description: c.description, assignedOfficer: c.assignedOfficer, tags: c.tags.join(', ') };
}

/** Which fields the contract would refuse (a missing title or category); the forms show these once the user tried to submit. */
export function draftProblems(d: CaseDraft): { title: boolean; category: boolean } {
  const refused = refusedFields('case:create', { title: d.title, category: d.category ?? undefined, description: d.description, assignedOfficer: d.assignedOfficer, tags: parseTags(d.tags) });
  return { title: refused.has('title'), category: refused.has('category') };
}

export type CasePatch = Input<'case:update'>['patch'];

/**
 * Only the fields that differ from the saved case, trimmed as the core would store them;
 * an empty object means nothing changed. Assumes `draftProblems` found nothing missing.
 */
export function patchFromDraft(saved: CaseDetail, d: CaseDraft): CasePatch {
  const patch: CasePatch = {};
  const title = d.title.trim();
  const description = d.description.trim();
  const officer = d.assignedOfficer.trim();
  const tags = parseTags(d.tags);
  if (title && title !== saved.title) patch.title = title;
  if (d.category && d.category !== saved.category) patch.category = d.category;
  if (description !== saved.description) patch.description = description;
  if (officer !== saved.assignedOfficer) patch.assignedOfficer = officer;
  if (tags.join('\n') !== saved.tags.join('\n')) patch.tags = tags;
  return patch;
}
