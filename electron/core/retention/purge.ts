/**
 * Retention (AVG/GDPR) and purge. A closed case may be kept for the school's retention period
 * (default: 2 years after closing); after that it must be deleted for real. Invariants of a
 * purge: rows (case, persons, items, notes, steps, occurrences, requests) and their FTS
 * entries are deleted with secure_delete on; blobs no other case uses are deleted; audit
 * entries about the case are redacted (content gone, chain intact) and one tombstone records
 * reference, time and who; afterwards the WAL is truncated and the database vacuumed so no
 * freed page keeps the old content.
 */
import type { RetentionDue } from '../../../shared/retention-types';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { getCase } from '../case/case-repo';
import { caseSubjects, tablesHolding } from '../case/case-owned';
import { pdqIndexOf } from '../evidence/pdq-index';
import { unindexCase } from '../search/fts';
import { artefactBlobsOfCase, artefactUsesBlob } from '../capture/capture-repo';
import { addMonths, localDate } from '../../../shared/time';
import type { Session } from '../vault/session';

export function purgeDateOf(closedAt: string | null, retentionYears: number): string | null {
  return closedAt ? addMonths(localDate(new Date(closedAt)), retentionYears * 12) : null;
}

export function retentionDue(db: Db, now: Date, retentionYears: number): RetentionDue[] {
  const today = localDate(now);
  const rows = db.prepare(`SELECT id, ref, title, closed_at FROM cases WHERE status = 'closed' AND closed_at IS NOT NULL ORDER BY closed_at`).all() as { id: string; ref: string; title: string; closed_at: string }[];
  return rows
    .map((r) => ({ caseId: r.id, ref: r.ref, title: r.title, closedAt: r.closed_at, purgeDate: purgeDateOf(r.closed_at, retentionYears)! }))
    .filter((r) => r.purgeDate <= today);
}

export async function purgeCase(session: Session, caseId: string, confirmRef: string): Promise<{ ref: string; redacted: number; blobsDeleted: number }> {
  const db = session.db;
  const c = getCase(db, caseId);
  if (confirmRef.trim() !== c.ref) throw new AppError('VALIDATION', 'Type the case reference exactly to confirm.', { reason: 'confirm-mismatch', issues: [{ path: 'confirmRef', code: 'mismatch' }] });
  if (c.status !== 'closed') throw new AppError('CONFLICT', 'Only a closed case can be purged.', { reason: 'not-closed' });
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
    session.audit.redact(seqs);
    session.audit.append({ actor: session.ownerName, kind: 'case.purged', details: { case: c.ref, redacted: seqs } });
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
  return { ref: c.ref, redacted: seqs.length, blobsDeleted: unreferenced.length };
}
