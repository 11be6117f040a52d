/**
 * The audit log as CSV: RFC 4180 (quoted fields, CRLF) with a UTF-8 BOM so spreadsheet
 * programs on Windows read the accents right; cells that start with = + - @ are prefixed with '
 * so a spreadsheet never runs them as formulas (OWASP "CSV Injection"). The header is fixed and
 * English (scripts read it); `label` after `kind` is the kind in words, in the user's language,
 * from the app's shared audit-kind catalogue (shared/i18n/), the same words as the log viewer's;
 * a kind without a label (a redacted entry) repeats the kind.
 */
import type { Language } from '../../../shared/app-types';
import type { AuditEntry } from '../../../shared/audit-types';
import { auditKindLabel } from '../../../shared/i18n/audit-kinds';

function cell(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function auditCsv(entries: AuditEntry[], language: Language): string {
  const head = ['seq', 'at_utc', 'actor', 'kind', 'label', 'subject', 'details', 'hash'];
  const rows = entries.map((e) => [String(e.seq), e.at, e.actor, e.kind, auditKindLabel(language, e.kind) ?? e.kind, e.subject ?? '', JSON.stringify(e.details), e.hash].map(cell).join(','));
  return '\ufeff' + [head.join(','), ...rows].join('\r\n') + '\r\n';
}
