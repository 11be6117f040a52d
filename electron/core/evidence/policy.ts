/**
 * The minors rule (docs/domain.md "The minors rule"): making, possessing or accessing a
 * sexual image of someone who is or appears to be under 18 is a crime in the Netherlands
 * (art. 252 Sr). So when an item or its case is sexual material and the person shown is a
 * minor or of unknown age, no image or file bytes are stored or shown — only URL, handle,
 * description and (in memory) hashes. Invariant: every path that stores or returns bytes
 * calls assertMayHoldBytes first.
 */
import { SEXUAL_CATEGORIES, type CaseCategory, type Tristate } from '../../../shared/case-types';
import { AppError } from '../../../shared/errors';

export interface PolicyInput {
  caseCategory: CaseCategory;
  sexual: boolean;
  minor: Tristate;
}

export function isSexualMaterial(p: Pick<PolicyInput, 'caseCategory' | 'sexual'>): boolean {
  return p.sexual || SEXUAL_CATEGORIES.includes(p.caseCategory);
}

/** True when bytes of this item may never be stored or shown. */
export function bytesForbidden(p: PolicyInput): boolean {
  return isSexualMaterial(p) && p.minor !== 'no';
}

export function assertMayHoldBytes(p: PolicyInput): void {
  if (bytesForbidden(p)) {
    throw new AppError(
      'FORBIDDEN_CONTENT',
      'A sexual image of a minor (or of someone whose age is unknown) is never stored or shown. Record the URL, or use hash-only, and report it to the police or Offlimits.',
      { reason: 'minor-sexual', alternatives: ['url', 'hash-only'] },
    );
  }
}
