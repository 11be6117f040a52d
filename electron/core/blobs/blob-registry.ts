/**
 * The database's list of blob files (table `blobs`). Invariant: a file is written first and
 * registered after, in the transaction that uses it (docs/architecture.md "Storage and keys"), so a
 * registered blob always has its file.
 */
import type { Db } from '../db/open';

export function registerBlob(db: Db, blob: { id: string; size: number }, at: string): void {
  db.prepare('INSERT OR IGNORE INTO blobs(id, size, created_at) VALUES (?, ?, ?)').run(blob.id, blob.size, at);
}
