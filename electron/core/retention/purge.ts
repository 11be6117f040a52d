/**
 * Retention (AVG/GDPR) and purge. A closed case may be kept for its retention period (the
 * case's own, else the school's default: 2 years after closing); after that it must be deleted
 * for real. A legal hold (a police case or complaint runs, issue 15 item 5) keeps it whatever
 * the date: a case on hold is never due and never purged. Invariants of a purge: rows (case,
 * persons, items, links, notes, steps, occurrences, requests) and their FTS entries are deleted
 * with secure_delete on; blobs no other case uses are deleted; audit entries about the case are
 * redacted (content gone, chain intact) and one tombstone records reference, time and who;
 * requests for access of persons left in no case go too; afterwards the WAL is truncated and
 * the database vacuumed so no freed page keeps the old content. Backups made before the purge
 * still hold the case: the purge names them (from the audit log) so the school can handle them.
 */
import type { CaseDetail, CaseSummary } from '../../../shared/case-types';
import type { BackupRecord, PurgePreview, PurgeResult, RetentionDue } from '../../../shared/retention-types';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { getCase } from '../case/case-repo';
import { caseSubjects, tablesHolding } from '../case/case-owned';
import { pdqIndexOf } from '../evidence/pdq-index';
import { removeOrphanRequests } from '../person/access-requests';
import { unindexCase } from '../search/fts';
import { artefactBlobsOfCase, artefactUsesBlob } from '../capture/capture-repo';
import { addMonths, localDate } from '../../../shared/time';
import type { Session } from '../vault/session';
import { readSettings } from '../settings/settings';

export function purgeDateOf(closedAt: string | null, retentionYears: number): string | null {
  return closedAt ? addMonths(localDate(new Date(closedAt)), retentionYears * 12) : null;
}

/** The case's own retention period, else the vault's default. */
export function retentionYearsOf(c: Pick<CaseDetail, 'retentionYears'>, defaultYears: number): number {
  return c.retentionYears ?? defaultYears;
}

/** Each case's purge date from its own retention period, else the vault's default. */
export function withPurgeDate<T extends CaseSummary>(db: Db, list: T[]): T[] {
  const years = readSettings(db).retentionYears;
  return list.map((c) => ({ ...c, purgeDate: purgeDateOf(c.closedAt, retentionYearsOf(c, years)) }));
}

/** Closed cases past their period, without those on legal hold (they are not due while it stands). */
export function retentionDue(db: Db, now: Date, defaultYears: number): RetentionDue[] {
  const today = localDate(now);
  const rows = db.prepare(`SELECT id, ref, title, closed_at, retention_years FROM cases WHERE status = 'closed' AND closed_at IS NOT NULL AND hold_kind IS NULL ORDER BY closed_at`).all() as {
    id: string;
    ref: string;
    title: string;
    closed_at: string;
    retention_years: number | null;
  }[];
  return rows
    .map((r) => ({ caseId: r.id, ref: r.ref, title: r.title, closedAt: r.closed_at, purgeDate: purgeDateOf(r.closed_at, r.retention_years ?? defaultYears)! }))
    .filter((r) => r.purgeDate <= today);
}

/** Backups the audit log records since the case was opened (they hold the case), oldest first. */
export function backupsHolding(db: Db, c: Pick<CaseDetail, 'openedAt'>): BackupRecord[] {
  const rows = db.prepare(`SELECT at, details FROM audit_log WHERE kind = 'backup.created' AND redacted = 0 AND at >= ? ORDER BY seq`).all(c.openedAt) as { at: string; details: string }[];
  return rows.map((r) => {
    const d = JSON.parse(r.details) as { backupId?: string; createdAt?: string; fileName?: string };
    return { backupId: d.backupId ?? '', createdAt: d.createdAt ?? r.at, fileName: d.fileName ?? null };
  });
}

export function purgePreview(db: Db, caseId: string): PurgePreview {
  const c = getCase(db, caseId);
  return { ref: c.ref, hold: c.hold, backups: backupsHolding(db, c) };
}

/** A case on legal hold is never purged (issue 15 item 5): the reason stays with the hold. */
export function refuseHeld(c: CaseDetail): void {
  if (c.hold) throw new AppError('CONFLICT', 'This case is on legal hold and cannot be purged.', { reason: 'legal-hold', hold: c.hold.kind });
}

export async function purgeCase(session: Session, caseId: string, confirmRef: string): Promise<PurgeResult> {
  const db = session.db;
  const c = getCase(db, caseId);
  if (confirmRef.trim() !== c.ref) throw new AppError('VALIDATION', 'Type the case reference exactly to confirm.', { reason: 'confirm-mismatch', issues: [{ path: 'confirmRef', code: 'mismatch' }] });
  refuseHeld(c);
  if (c.status !== 'closed') throw new AppError('CONFLICT', 'Only a closed case can be purged.', { reason: 'not-closed' });
  const backups = backupsHolding(db, c);
  const itemIds = (db.prepare('SELECT id FROM evidence_items WHERE case_id = ?').all(caseId) as { id: string }[]).map((r) => r.id);
  // Every row the case owns is an audit subject to redact (case/case-owned.ts: the one list).
  const subjects = new Set(caseSubjects(db, caseId));
  const candidateBlobs = [
    ...(db.prepare('SELECT blob_id AS a, thumb_blob_id AS b, sheet_blob_id AS c FROM evidence_items WHERE case_id = ?').all(caseId) as { a: string | null; b: string | null; c: string | null }[]).flatMap((r) => [r.a, r.b, r.c]).filter((b): b is string => !!b),
    // Web captures' screenshots, archives and records (issue 18).
    ...artefactBlobsOfCase(db, caseId),
  ];
  const seqs = (db.prepare(`SELECT seq, subject, details FROM audit_log WHERE redacted = 0`).all() as { seq: number; subject: string | null; details: string }[])
    .filter((r) => (r.subject !== null && subjects.has(r.subject)) || (JSON.parse(r.details) as { case?: string; caseId?: string }).case === c.ref || (JSON.parse(r.details) as { caseId?: string }).caseId === caseId)
    .map((r) => r.seq);

  const unreferenced = session.tx(() => {
    db.prepare('DELETE FROM cases WHERE id = ?').run(caseId);
    unindexCase(db, caseId);
    // Most tables go with the case (ON DELETE CASCADE), the search index by unindexCase; a
    // table the list names that still holds a row means a rule was forgotten: nothing is purged.
    const left = tablesHolding(db, caseId);
    if (left.length) throw new AppError('INTERNAL', `The purge left rows in ${left.join(', ')}.`, { tables: left.join(',') });
    const gone: string[] = [];
    for (const b of new Set(candidateBlobs)) {
      if (!db.prepare('SELECT 1 FROM evidence_items WHERE blob_id = ? OR thumb_blob_id = ? OR sheet_blob_id = ? LIMIT 1').get(b, b, b) && !artefactUsesBlob(db, b)) {
        db.prepare('DELETE FROM blobs WHERE id = ?').run(b);
        gone.push(b);
      }
    }
    removeOrphanRequests(db);
    session.audit.redact(seqs);
    session.audit.append({ actor: session.ownerName, kind: 'case.purged', details: { case: c.ref, redacted: seqs, backupsHolding: backups.map((b) => b.backupId) } });
    return gone;
  });
  pdqIndexOf(session).remove(new Set(itemIds));
  for (const b of unreferenced) await session.blobs.remove(b);
  // Rebuild the search index's segments and the database file so no freed page or old
  // WAL frame keeps the purged text (secure_delete already zeroes pages as they are freed).
  db.prepare(`INSERT INTO search_fts(search_fts) VALUES ('optimize')`).run();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
  return { ref: c.ref, redacted: seqs.length, blobsDeleted: unreferenced.length, backups };
}
