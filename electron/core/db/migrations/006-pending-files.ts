import type { Migration } from './types';

/**
 * The journal of files being written (docs/architecture.md "Nothing lost"): a blob's id before
 * its file is written, a dossier's or backup's temporary path before its first byte. A row
 * leaves with the commit that makes the file part of the vault (or with the clean-up of a
 * failed write); what is left at the next unlock was cut off by a crash and is removed then.
 * Nothing is ever deleted because the database merely does not know it.
 */
export const m006PendingFiles: Migration = {
  version: 6,
  name: 'pending-files',
  up(db) {
    db.exec(`
      CREATE TABLE pending_files (
        kind       TEXT NOT NULL CHECK (kind IN ('blob', 'export', 'backup')),
        -- A blob id for 'blob', an absolute temporary path for 'export' and 'backup'.
        target     TEXT NOT NULL,
        started_at TEXT NOT NULL,
        PRIMARY KEY (kind, target)
      ) STRICT;
    `);
  },
};
