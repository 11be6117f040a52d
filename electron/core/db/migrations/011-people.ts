import type { Migration } from './types';

/**
 * The people in a case (issue 15): school staff who capture and receive evidence; persons as
 * identities that can appear in several cases (`identity_id`, chosen by the user, never matched
 * by name; every existing person becomes an identity of its own); who captured an item, who
 * handed it over, and who is shown on it, posted it or shared it; retention per case and the
 * legal hold; the facts for the police dossier's first page; requests for access (art. 15 AVG)
 * with their one-month deadline (art. 12(3)).
 * Invariants: nothing existing is changed except the new columns' backfill (identity_id = id);
 * every new table with a case_id is listed in case/case-owned.ts; an access request holds no
 * name (only the identity), and a purge removes those of identities it leaves without a case.
 */
export const m011People: Migration = {
  version: 11,
  name: 'people',
  up(db) {
    db.exec(`
      CREATE TABLE staff (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        role        TEXT NOT NULL DEFAULT '',
        phone       TEXT NOT NULL DEFAULT '',
        email       TEXT NOT NULL DEFAULT '',
        archived_at TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;

      ALTER TABLE persons ADD COLUMN identity_id TEXT NOT NULL DEFAULT '';
      UPDATE persons SET identity_id = id;
      ALTER TABLE persons ADD COLUMN pseudonym TEXT NOT NULL DEFAULT '';
      CREATE INDEX persons_identity ON persons(identity_id);

      -- SQLite allows a REFERENCES column in ALTER TABLE ADD COLUMN when its default is NULL.
      ALTER TABLE evidence_items ADD COLUMN captured_by_staff_id TEXT REFERENCES staff(id) ON DELETE SET NULL;
      ALTER TABLE evidence_items ADD COLUMN received_from_staff_id TEXT REFERENCES staff(id) ON DELETE SET NULL;
      ALTER TABLE evidence_items ADD COLUMN received_from_person_id TEXT REFERENCES persons(id) ON DELETE SET NULL;

      CREATE TABLE item_person_links (
        case_id    TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        item_id    TEXT NOT NULL REFERENCES evidence_items(id) ON DELETE CASCADE,
        person_id  TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        link       TEXT NOT NULL CHECK (link IN ('shown', 'posted', 'shared')),
        created_at TEXT NOT NULL,
        PRIMARY KEY (item_id, person_id, link)
      ) STRICT;
      CREATE INDEX item_person_links_case ON item_person_links(case_id);
      CREATE INDEX item_person_links_person ON item_person_links(person_id);

      ALTER TABLE cases ADD COLUMN retention_years INTEGER;
      ALTER TABLE cases ADD COLUMN hold_kind TEXT;
      ALTER TABLE cases ADD COLUMN hold_reason TEXT;
      ALTER TABLE cases ADD COLUMN hold_set_at TEXT;
      ALTER TABLE cases ADD COLUMN hold_set_by TEXT;
      -- The police page's facts (shared/case-types.ts PoliceFacts) as one JSON object.
      ALTER TABLE cases ADD COLUMN police TEXT NOT NULL DEFAULT '{}';

      CREATE TABLE access_requests (
        id               TEXT PRIMARY KEY,
        identity_id      TEXT NOT NULL,
        received_on      TEXT NOT NULL,
        extension_reason TEXT,
        answered_on      TEXT,
        letter_at        TEXT,
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX access_requests_identity ON access_requests(identity_id);
    `);
  },
};
