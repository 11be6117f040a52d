/**
 * Housekeeping at unlock and the full integrity check behind `vault check`.
 * Invariants: cleanup removes only ciphertext that no committed row refers to (leftovers of
 * an interrupted write, docs/architecture.md "Storage and keys"), and only when older
 * than ORPHAN_GRACE_MS so a second process's write in flight is never taken away.
 */
import { promises as fs } from 'node:fs';
import type { CheckItem, CheckReport } from '../../../shared/vault-types';
import { AppError } from '../../../shared/errors';
import { readHeader } from './header';
import type { Session } from './session';

export const ORPHAN_GRACE_MS = 15 * 60 * 1000;

async function olderThan(file: string, ms: number, now: number): Promise<boolean> {
  try {
    const st = await fs.stat(file);
    return now - st.mtimeMs > ms;
  } catch {
    return false;
  }
}

export async function cleanupOrphans(session: Session, graceMs = ORPHAN_GRACE_MS): Promise<number> {
  const now = Date.now();
  const { ids, temps } = await session.blobs.scan();
  const known = new Set((session.db.prepare('SELECT id FROM blobs').all() as { id: string }[]).map((r) => r.id));
  let removed = 0;
  for (const t of temps) {
    if (await olderThan(t, graceMs, now)) {
      await fs.rm(t, { force: true });
      removed++;
    }
  }
  for (const id of ids) {
    if (!known.has(id) && (await olderThan(session.blobs.pathFor(id), graceMs, now))) {
      await session.blobs.remove(id);
      removed++;
    }
  }
  return removed;
}

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
  // Unreferenced blobs are leftovers of an interrupted write: harmless ciphertext, removed at a later unlock.
  blobs.ok = blobs.problems.length === 0;
  const orphans = ids.filter((id) => !known.has(id)).length;
  if (orphans > 0) blobs.problems.push(`${orphans} unreferenced encrypted file(s) left by an interrupted write (harmless; removed automatically)`);
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
