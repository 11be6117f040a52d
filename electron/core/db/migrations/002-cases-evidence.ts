import type { Migration } from './types';

/**
 * Cases, persons, evidence items, working notes and the full-text index.
 * Working notes live in their own table so no export or inspection path that reads the case
 * file can pick them up by accident (docs/domain.md "Privacy (AVG)": personal notes are not part of
 * what a student or parent may inspect).
 */
export const m002CasesEvidence: Migration = {
  version: 2,
  name: 'cases-evidence',
  up(db) {
    db.exec(`
      CREATE TABLE cases (
        id                TEXT PRIMARY KEY,
        ref               TEXT NOT NULL UNIQUE,
        year              INTEGER NOT NULL,
        seq               INTEGER NOT NULL,
        title             TEXT NOT NULL,
        description       TEXT NOT NULL DEFAULT '',
        category          TEXT NOT NULL,
        status            TEXT NOT NULL DEFAULT 'open',
        opened_at         TEXT NOT NULL,
        status_changed_at TEXT NOT NULL,
        closed_at         TEXT,
        assigned_officer  TEXT NOT NULL DEFAULT '',
        tags              TEXT NOT NULL DEFAULT '[]',
        created_by        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        UNIQUE (year, seq)
      ) STRICT;
      CREATE INDEX cases_status ON cases(status);

      CREATE TABLE case_notes (
        id         TEXT PRIMARY KEY,
        case_id    TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        body       TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX case_notes_case ON case_notes(case_id);

      CREATE TABLE persons (
        id            TEXT PRIMARY KEY,
        case_id       TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        role          TEXT NOT NULL,
        name          TEXT NOT NULL,
        is_pseudonym  INTEGER NOT NULL DEFAULT 0,
        affiliation   TEXT NOT NULL DEFAULT 'unknown',
        minor         TEXT NOT NULL DEFAULT 'unknown',
        contact_notes TEXT NOT NULL DEFAULT '',
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX persons_case ON persons(case_id);

      CREATE TABLE evidence_items (
        id                   TEXT PRIMARY KEY,
        case_id              TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        item_no              INTEGER NOT NULL,
        kind                 TEXT NOT NULL,
        platform             TEXT NOT NULL DEFAULT '',
        url                  TEXT NOT NULL DEFAULT '',
        handle               TEXT NOT NULL DEFAULT '',
        posted_at            TEXT,
        seen_at              TEXT,
        captured_at          TEXT NOT NULL,
        time_zone            TEXT NOT NULL,
        captured_by          TEXT NOT NULL,
        capture_method       TEXT NOT NULL,
        description          TEXT NOT NULL DEFAULT '',
        sexual               INTEGER NOT NULL DEFAULT 0,
        violence             INTEGER NOT NULL DEFAULT 0,
        minor                TEXT NOT NULL DEFAULT 'unknown',
        file_name            TEXT,
        mime                 TEXT,
        size                 INTEGER,
        width                INTEGER,
        height               INTEGER,
        sha256               TEXT,
        pdq                  TEXT,
        pdq_quality          INTEGER,
        -- The eight dihedral variants (docs/pdq.md "Dihedral variants"), 8 x 64 hex, so stored items can be matched
        -- against each other under rotation and mirroring without the DCT.
        pdq_dihedral         TEXT,
        blob_id              TEXT REFERENCES blobs(id),
        thumb_blob_id        TEXT REFERENCES blobs(id),
        created_at           TEXT NOT NULL,
        UNIQUE (case_id, item_no)
      ) STRICT;
      CREATE INDEX evidence_case ON evidence_items(case_id);
      CREATE INDEX evidence_sha ON evidence_items(sha256);
      CREATE INDEX evidence_platform ON evidence_items(platform);
      CREATE INDEX evidence_seen ON evidence_items(seen_at);

      -- One row per searchable thing; maintained by the repositories in the same transaction.
      -- remove_diacritics 2 lets "sukru" find "Şükrü".
      CREATE VIRTUAL TABLE search_fts USING fts5(
        case_id UNINDEXED, entity UNINDEXED, entity_id UNINDEXED, body,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      -- Maps an entity to its FTS row, so updates and purges find it by key, not by a scan.
      CREATE TABLE search_docs (
        entity_id TEXT PRIMARY KEY,
        case_id   TEXT NOT NULL,
        fts_rowid INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX search_docs_case ON search_docs(case_id);
      -- FTS5 secure-delete overwrites deleted index entries (needed for a real purge).
      INSERT INTO search_fts(search_fts, rank) VALUES ('secure-delete', 1);
    `);
  },
};
