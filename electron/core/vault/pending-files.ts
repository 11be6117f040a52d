/**
 * The journal of files being written (db table pending_files, migration 006).
 * Invariants: a target is recorded (and committed) before the first byte of its file is
 * written; a blob's entry leaves in the transaction that registers it; an output's entry
 * leaves once its file was renamed into place or removed; at unlock (when nothing of this
 * vault is being written) every entry still there is a crash's leftover: a blob file the
 * database does not know is removed, a temporary output is removed. Nothing else is ever
 * deleted for being unknown: `vault check` reports such files instead.
 */
import { promises as fs } from 'node:fs';
import type { Db } from '../db/open';
import type { BlobStore } from '../blobs/blob-store';
import { isTempNameOf } from '../files/fs-atomic';
import { dirname, join } from 'node:path';

export type PendingKind = 'blob' | 'export' | 'backup';

export function recordPending(db: Db, kind: PendingKind, targets: readonly string[], at: Date): void {
  const stmt = db.prepare('INSERT OR IGNORE INTO pending_files(kind, target, started_at) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (const t of targets) stmt.run(kind, t, at.toISOString());
  })();
}

export function clearPending(db: Db, kind: PendingKind, targets: readonly string[]): void {
  const stmt = db.prepare('DELETE FROM pending_files WHERE kind = ? AND target = ?');
  for (const t of targets) stmt.run(kind, t);
}

/** Removes what crashed writes left behind; returns how many files went. Call only at unlock. */
export async function sweepPending(db: Db, blobs: BlobStore): Promise<number> {
  const rows = db.prepare('SELECT kind, target FROM pending_files').all() as { kind: PendingKind; target: string }[];
  const registered = db.prepare('SELECT 1 FROM blobs WHERE id = ?');
  let removed = 0;
  for (const r of rows) {
    if (r.kind === 'blob') {
      // Committed after all (the crash came after the commit, before the journal row went): keep it.
      if (!registered.get(r.target)) removed += await removeBlobLeftovers(blobs, r.target);
    } else {
      removed += await removeFile(r.target);
    }
    db.prepare('DELETE FROM pending_files WHERE kind = ? AND target = ?').run(r.kind, r.target);
  }
  return removed;
}

/** The blob's file and its temporary siblings (fs-atomic's `.<id>.<hex>.part`). */
async function removeBlobLeftovers(blobs: BlobStore, id: string): Promise<number> {
  const file = blobs.pathFor(id);
  let removed = await removeFile(file);
  const dir = dirname(file);
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
    if (isTempNameOf(file, name)) removed += await removeFile(join(dir, name));
  }
  return removed;
}

async function removeFile(path: string): Promise<number> {
  try {
    const st = await fs.lstat(path);
    if (!st.isFile()) return 0;
    await fs.rm(path, { force: true });
    return 1;
  } catch {
    return 0;
  }
}

