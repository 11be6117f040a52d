import type { Migration } from './types';

/** Vault basics: settings, the blob registry and the hash-chained audit log. */
export const m001Initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      -- One row per encrypted file in blobs/. A file without a row is an orphan from an
      -- interrupted write and is removed at open (docs/architecture.md "Storage and keys").
      CREATE TABLE blobs (
        id         TEXT PRIMARY KEY,
        size       INTEGER NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_log (
        seq       INTEGER PRIMARY KEY,
        at        TEXT NOT NULL,
        actor     TEXT NOT NULL,
        kind      TEXT NOT NULL,
        subject   TEXT,
        details   TEXT NOT NULL,
        -- SHA-256 of the entry's content; the chain covers this, so a purge can drop the
        -- content of old entries (redacted = 1) and the chain still verifies.
        content_hash TEXT NOT NULL,
        redacted  INTEGER NOT NULL DEFAULT 0,
        prev_hash TEXT NOT NULL,
        hash      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_log_kind ON audit_log(kind);
      CREATE INDEX audit_log_subject ON audit_log(subject);
    `);
  },
};
