import type { Migration } from './types';

/**
 * Web captures, removal checks and timestamped audit heads (issue 18).
 *  - capture_records: one per web-captured evidence item, the capture record as JSON (the
 *    bytes of its `record` artefact) plus the columns lists and checks read;
 *  - capture_artefacts: each artefact's hash and, when it may be kept, its encrypted blob (a
 *    URL-only capture under the minors rule keeps hashes only: blob_id NULL);
 *  - removal_checks: what loading a takedown request's URL found, with the evidence item
 *    holding that capture;
 *  - audit_timestamps: the RFC 3161 token over the audit chain's head at each export, so a
 *    rewritten log shows (docs/architecture.md "Timestamps").
 */
export const m010WebCaptures: Migration = {
  version: 10,
  name: 'web-captures',
  up(db) {
    db.exec(`
      CREATE TABLE capture_records (
        item_id       TEXT PRIMARY KEY REFERENCES evidence_items(id) ON DELETE CASCADE,
        case_id       TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        requested_url TEXT,
        final_url     TEXT NOT NULL,
        http_status   INTEGER,
        title         TEXT NOT NULL,
        record        TEXT NOT NULL,
        created_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX capture_records_case ON capture_records(case_id);

      CREATE TABLE capture_artefacts (
        id         TEXT PRIMARY KEY,
        case_id    TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        item_id    TEXT NOT NULL REFERENCES evidence_items(id) ON DELETE CASCADE,
        kind       TEXT NOT NULL,
        file_name  TEXT NOT NULL,
        mime       TEXT NOT NULL,
        size       INTEGER NOT NULL,
        sha256     TEXT NOT NULL,
        blob_id    TEXT REFERENCES blobs(id),
        created_at TEXT NOT NULL,
        UNIQUE (item_id, kind)
      ) STRICT;
      CREATE INDEX capture_artefacts_case ON capture_artefacts(case_id);
      CREATE INDEX capture_artefacts_blob ON capture_artefacts(blob_id);

      CREATE TABLE removal_checks (
        id            TEXT PRIMARY KEY,
        case_id       TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        request_id    TEXT NOT NULL REFERENCES takedown_requests(id) ON DELETE CASCADE,
        item_id       TEXT REFERENCES evidence_items(id) ON DELETE SET NULL,
        url           TEXT NOT NULL,
        checked_at    TEXT NOT NULL,
        checked_by    TEXT NOT NULL,
        trigger       TEXT NOT NULL CHECK (trigger IN ('officer', 'schedule')),
        outcome       TEXT NOT NULL,
        http_status   INTEGER,
        final_url     TEXT,
        title         TEXT,
        network_error TEXT
      ) STRICT;
      CREATE INDEX removal_checks_request ON removal_checks(request_id);
      CREATE INDEX removal_checks_case ON removal_checks(case_id);

      CREATE TABLE audit_timestamps (
        id         TEXT PRIMARY KEY,
        seq        INTEGER NOT NULL,
        hash       TEXT NOT NULL,
        -- audit-head.json as stamped, the authority's TimeStampResp and the chain (PEM)
        data       BLOB NOT NULL,
        token      BLOB NOT NULL,
        chain      TEXT NOT NULL,
        gen_time   TEXT NOT NULL,
        tsa_url    TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
