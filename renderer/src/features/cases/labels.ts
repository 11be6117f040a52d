/** Translated option lists for the case enums (shared/case-types is the single source). */
import { CASE_CATEGORIES, CASE_STATUSES, type CaseCategory, type CaseStatus } from '../../../../shared/case-types';
import { isOneOf } from '../../../../shared/one-of';
import type { Translate } from '../../i18n/i18n-context';

export function categoryOptions(t: Translate, withHelp = false): { value: CaseCategory; label: string; help?: string }[] {
  return CASE_CATEGORIES.map((c) => ({ value: c, label: t(`case.category.${c}`), ...(withHelp ? { help: t(`case.categoryHelp.${c}`) } : {}) }));
}

export function statusOptions(t: Translate, withHelp = false): { value: CaseStatus; label: string; help?: string }[] {
  return CASE_STATUSES.map((s) => ({ value: s, label: t(`case.status.${s}`), ...(withHelp ? { help: t(`case.statusHelp.${s}`) } : {}) }));
}

export function isCategory(v: string): v is CaseCategory {
  return isOneOf(CASE_CATEGORIES, v);
}

export function isStatus(v: string): v is CaseStatus {
  return isOneOf(CASE_STATUSES, v);
}
