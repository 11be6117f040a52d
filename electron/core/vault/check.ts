/**
 * The full integrity check behind `vault check`. Invariant: it changes nothing; what it finds
 * (a damaged page, a blob that fails authentication, a file the database does not know, an
 * evidence row that disagrees with its audit entry) is reported, never repaired or deleted.
 */
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
  } catch (err) {
    database.problems.push((err as Error).message);
  }
  database.ok = database.problems.length === 0;
  items.push(database);

  const blobs: CheckItem = { name: 'blobs', ok: true, problems: [], checked: 0 };
  const rows = session.db.prepare('SELECT id, size FROM blobs ORDER BY id').all() as { id: string; size: number }[];
  for (const { id, size } of rows) {
    blobs.checked++;
    try {
      let total = 0;
      for await (const chunk of session.blobs.read(id)) total += chunk.length;
      if (total !== size) blobs.problems.push(`blob ${id}: size ${total} differs from the recorded ${size}`);
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

  const v = session.audit.verify();
  items.push({
    name: 'audit',
    ok: v.ok,
    checked: v.count,
    problems: v.ok ? [] : [`audit log entry ${v.firstBadSeq} does not match the chain`],
  });

  return { ok: items.every((i) => i.ok), items };
}
