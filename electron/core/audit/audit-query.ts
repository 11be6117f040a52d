/**
 * The audit viewer's query: filters by case, kind, actor and time run in SQL, newest first,
 * so a vault with a million entries answers without loading them.
 * A case's entries are those about the case or any row it owns (case/case-owned.ts), and
 * those whose details name the case's reference.
 */
import type { AuditEntry } from '../../../shared/audit-types';
import type { Db } from '../db/open';
import { getCase } from '../case/case-repo';
import { caseSubjects } from '../case/case-owned';
import { auditEntryOf, type AuditRow } from './audit-log';

export interface AuditFilter {
  caseId?: string;
  kind?: string;
  actor?: string;
  from?: string;
  to?: string;
  limit?: number;
}

const ABOUT = `(subject IN (SELECT value FROM json_each(?)) OR json_extract(details, '$.case') = ?)`;

/** Entries about any of the given subjects, or whose details name the case reference, oldest first (a dossier's chain of custody). */
export function entriesAbout(db: Db, subjects: string[], caseRef: string): AuditEntry[] {
  return (db.prepare(`SELECT * FROM audit_log WHERE ${ABOUT} ORDER BY seq`).all(JSON.stringify(subjects), caseRef) as AuditRow[]).map(auditEntryOf);
}

export function queryAudit(db: Db, f: AuditFilter): AuditEntry[] {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (f.caseId) {
    const c = getCase(db, f.caseId);
    where.push(ABOUT);
    args.push(JSON.stringify(caseSubjects(db, c.id)), c.ref);
  }
  if (f.kind) {
    where.push('kind = ?');
    args.push(f.kind);
  }
  if (f.actor) {
    where.push('actor = ?');
    args.push(f.actor);
  }
  // Stored times are ISO-8601 UTC with the same precision, so text order is time order.
  if (f.from) {
    where.push('at >= ?');
    args.push(new Date(f.from).toISOString());
  }
  if (f.to) {
    where.push('at <= ?');
    args.push(new Date(f.to).toISOString());
  }
  const sql = `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ?`;
  return (db.prepare(sql).all(...args, f.limit ?? 1000) as AuditRow[]).map(auditEntryOf);
}
