/**
 * Audit viewer queries and CSV export. The CSV is RFC 4180 (quoted fields, CRLF) with a UTF-8
 * BOM so spreadsheet programs on Windows read the accents right; cells that start with = + -
 * @ are prefixed with ' so a spreadsheet never runs them as formulas (CSV injection).
 */
import type { AuditEntry } from '../../../shared/domain';
import type { Db } from '../db/open';
import { getCase } from '../cases/case-repo';
import type { AuditLog } from '../audit/audit-log';

export interface AuditFilter {
  caseId?: string;
  kind?: string;
  actor?: string;
  from?: string;
  to?: string;
  limit?: number;
}

function caseSubjects(db: Db, caseId: string): string[] {
  const q = (sql: string) => (db.prepare(sql).all(caseId) as { id: string }[]).map((r) => r.id);
  return [caseId, ...q('SELECT id FROM evidence_items WHERE case_id = ?'), ...q('SELECT id FROM persons WHERE case_id = ?'), ...q('SELECT id FROM case_notes WHERE case_id = ?'), ...q('SELECT id FROM takedown_requests WHERE case_id = ?'), ...q('SELECT id FROM case_steps WHERE case_id = ?')];
}

export function queryAudit(db: Db, audit: AuditLog, f: AuditFilter): AuditEntry[] {
  let entries: AuditEntry[];
  if (f.caseId) {
    const c = getCase(db, f.caseId);
    entries = audit.forSubjects(caseSubjects(db, c.id), c.ref).reverse();
  } else entries = audit.list({ limit: 1_000_000 });
  const from = f.from ? new Date(f.from).toISOString() : null;
  const to = f.to ? new Date(f.to).toISOString() : null;
  return entries
    .filter((e) => (!f.kind || e.kind === f.kind) && (!f.actor || e.actor === f.actor) && (!from || e.at >= from) && (!to || e.at <= to))
    .slice(0, f.limit ?? 1000);
}

function cell(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function auditCsv(entries: AuditEntry[]): string {
  const head = ['seq', 'at_utc', 'actor', 'kind', 'subject', 'details', 'hash'];
  const rows = entries.map((e) => [String(e.seq), e.at, e.actor, e.kind, e.subject ?? '', JSON.stringify(e.details), e.hash].map(cell).join(','));
  return '\ufeff' + [head.join(','), ...rows].join('\r\n') + '\r\n';
}
