/**
 * The minors rule as the UI needs it (mirrors electron/core/evidence/policy.ts, which is the
 * enforcer; docs/domain.md "The minors rule"). The UI uses it to explain before anything is
 * dropped, and to never even ask for an image of such an item.
 */
import { SEXUAL_CATEGORIES, type CaseCategory, type Tristate } from '../../../../shared/case-types';

export function bytesForbidden(category: CaseCategory, sexual: boolean, minor: Tristate): boolean {
  return (sexual || SEXUAL_CATEGORIES.includes(category)) && minor !== 'no';
}
