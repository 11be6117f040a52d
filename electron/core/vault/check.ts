/**
 * The full integrity check behind `vault check`. Invariant: it changes nothing; what it finds
 * (a damaged page, a blob that fails authentication, a file the database does not know, an
 * evidence row that disagrees with its audit entry) is reported, never repaired or deleted.
 */
import { checkAuditTimestamps } from '../timestamp/audit-timestamps';
import { createHash } from 'node:crypto';
import type { CheckItem, CheckReport } from '../../../shared/vault-types';
import { AppError } from '../../../shared/errors';
import { readHeader } from './header';
import type { Session } from './session';

export async function checkVault(session: Session): Promise<CheckReport> {
  const items: CheckItem[] = [];

  const header: CheckItem = { name: 'header', ok: true, problems: [], checked: 1 };
  try {
    await readHeader(session.vaultDir);
  } catch (err) {
    header.ok = false;
    header.problems.push(err instanceof AppError ? err.message : 'unreadable');
  }
  items.push(header);

  const database: CheckItem = { name: 'database', ok: true, problems: [], checked: 0 };
  try {
    const rows = session.db.pragma('integrity_check') as { integrity_check: string }[];
    database.checked = 1;
    for (const r of rows) if (r.integrity_check !== 'ok') database.problems.push(r.integrity_check);
  } catch {
    // SQLite stops at the first bad page; name every page that fails its authentication.
    const pages = await session.damagedPages().catch(() => [] as number[]);
    database.problems.push(pages.length ? `the database is damaged at page ${pages.join(', ')}; restore it from a backup` : 'the database is damaged; restore it from a backup');
  }
  database.ok = database.problems.length === 0;
  items.push(database);

  const blobs: CheckItem = { name: 'blobs', ok: true, problems: [], checked: 0 };
  const rows = session.db.prepare('SELECT id, size FROM blobs ORDER BY id').all() as { id: string; size: number }[];
  // An original's bytes must still have the SHA-256 its evidence row records.
  // So must a web capture's artefacts (issue 18): screenshots, archive and record.
  const originals = new Map(
    (
      session.db
        .prepare(
          `SELECT blob_id, sha256, case_id, item_no FROM evidence_items WHERE blob_id IS NOT NULL
           UNION ALL SELECT a.blob_id, a.sha256, e.case_id, e.item_no FROM capture_artefacts a JOIN evidence_items e ON e.id = a.item_id WHERE a.blob_id IS NOT NULL`,
        )
        .all() as { blob_id: string; sha256: string; case_id: string; item_no: number }[]
    ).map((r) => [r.blob_id, r]),
  );
  for (const { id, size } of rows) {
    blobs.checked++;
    try {
      let total = 0;
      const sha = createHash('sha256');
      for await (const chunk of session.blobs.read(id)) {
        total += chunk.length;
        sha.update(chunk);
      }
      if (total !== size) blobs.problems.push(`blob ${id}: size ${total} differs from the recorded ${size}`);
      const row = originals.get(id);
      if (row && sha.digest('hex') !== row.sha256) blobs.problems.push(`blob ${id}: its content no longer has the SHA-256 of evidence item ${labelOf(session, row)}`);
    } catch (err) {
      blobs.problems.push(err instanceof AppError ? err.message : `blob ${id}: unreadable`);
    }
  }
  const { ids, strays } = await session.blobs.scan();
  const known = new Set(rows.map((r) => r.id));
  for (const s of strays) blobs.problems.push(`unexpected file in blobs/: ${s.slice(session.vaultDir.length + 1)}`);
  // A blob file the database does not know is reported, never deleted: after a rolled-back or
  // replaced database it may be the only copy of evidence (docs/architecture.md "Nothing lost").
  for (const id of ids) if (!known.has(id)) blobs.problems.push(`blob ${id}: an encrypted file the database does not know`);
  blobs.ok = blobs.problems.length === 0;
  items.push(blobs);

  items.push(evidenceAgainstLog(session));
  // The audit heads an outside authority timestamped at exports (issue 18).
  items.push(checkAuditTimestamps(session));

  const v = session.audit.verify();
  items.push({
    name: 'audit',
    ok: v.ok,
    checked: v.count,
    problems: v.ok ? [] : [`audit log entry ${v.firstBadSeq} does not match the chain`],
  });

  return { ok: items.every((i) => i.ok), items };
}

function labelOf(session: Session, row: { case_id: string; item_no: number }): string {
  const c = session.db.prepare('SELECT ref FROM cases WHERE id = ?').get(row.case_id) as { ref: string } | undefined;
  return `${c?.ref ?? '?'}/${row.item_no}`;
}

/**
 * Every evidence row against the audit entry that recorded it: the SHA-256 logged when the
 * item was added must be the row's, and an item the log says was added must still exist
 * (a purge redacts those entries, so a purged case does not count). Catches rows edited or
 * deleted behind the app's back with the database key but without rewriting the log.
 */
function evidenceAgainstLog(session: Session): CheckItem {
  const item: CheckItem = { name: 'evidence', ok: true, problems: [], checked: 0 };
  const logged = new Map<string, { sha256: string | null; label: string }>();
  for (const r of session.db.prepare(`SELECT subject, details FROM audit_log WHERE kind IN ('evidence.added', 'evidence.hashed', 'evidence.sighting_added', 'capture.taken') AND subject IS NOT NULL`).all() as { subject: string; details: string }[]) {
    const d = JSON.parse(r.details) as { sha256?: string; item?: string };
    logged.set(r.subject, { sha256: d.sha256 ?? null, label: d.item ?? r.subject });
  }
  const rows = session.db.prepare('SELECT e.id, e.sha256, e.item_no, c.ref FROM evidence_items e JOIN cases c ON c.id = e.case_id').all() as { id: string; sha256: string | null; item_no: number; ref: string }[];
  const present = new Set<string>();
  for (const r of rows) {
    item.checked++;
    present.add(r.id);
    const entry = logged.get(r.id);
    const label = `${r.ref}/${r.item_no}`;
    if (!entry) item.problems.push(`evidence item ${label} has no entry in the audit log`);
    else if (entry.sha256 !== null && entry.sha256 !== r.sha256) item.problems.push(`evidence item ${label}: its SHA-256 differs from the one logged when it was added`);
  }
  for (const [id, entry] of logged) if (!present.has(id)) item.problems.push(`evidence item ${entry.label} is in the audit log but missing from the database`);
  item.ok = item.problems.length === 0;
  return item;
}
