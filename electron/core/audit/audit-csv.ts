/**
 * The audit log as CSV: RFC 4180 (quoted fields, CRLF) with a UTF-8 BOM so spreadsheet
 * programs on Windows read the accents right; cells that start with = + - @ are prefixed with '
 * so a spreadsheet never runs them as formulas (OWASP "CSV Injection").
 */
import type { AuditEntry } from '../../../shared/audit-types';

function cell(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function auditCsv(entries: AuditEntry[]): string {
  const head = ['seq', 'at_utc', 'actor', 'kind', 'subject', 'details', 'hash'];
  const rows = entries.map((e) => [String(e.seq), e.at, e.actor, e.kind, e.subject ?? '', JSON.stringify(e.details), e.hash].map(cell).join(','));
  return '\ufeff' + [head.join(','), ...rows].join('\r\n') + '\r\n';
}
