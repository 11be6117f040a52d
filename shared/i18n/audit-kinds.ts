/**
 * The audit-kind labels by language (audit-kinds-nl.ts, audit-kinds-en.ts) and their lookup for
 * a kind read from a vault. The renderer joins them into its catalogue as 'audit.kind.<kind>';
 * the dossier PDF and the CSV export call auditKindLabel.
 */
import type { Language } from '../app-types';
import { isAuditKind } from '../audit-kinds';
import type { TranslationOf } from '../catalogue';
import { auditKindsEn } from './audit-kinds-en';
import { auditKindsNl } from './audit-kinds-nl';

export const AUDIT_KIND_LABELS: Record<Language, TranslationOf<typeof auditKindsNl>> = { nl: auditKindsNl, en: auditKindsEn };

/** The label of `kind`, or null for a kind this version does not write (a redacted entry, or one from a newer app). */
export function auditKindLabel(language: Language, kind: string): string | null {
  return isAuditKind(kind) ? AUDIT_KIND_LABELS[language][kind] : null;
}
