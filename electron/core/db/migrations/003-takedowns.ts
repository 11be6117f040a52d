import type { Migration } from './types';

/**
 * Platform catalogue, occurrences (a URL on a platform) and takedown requests with their
 * status history. Deadlines and follow-ups are stored as UTC instants of the start of the
 * local (Europe/Amsterdam) day plus that local date, so ordering and display agree.
 */
export const m003Takedowns: Migration = {
  version: 3,
  name: 'takedowns',
  up(db) {
    db.exec(`
      CREATE TABLE platforms (
        id           TEXT PRIMARY KEY,
        kind         TEXT NOT NULL,
        data         TEXT NOT NULL,
        -- 'seed' (as shipped), 'edited' (user changed a seeded entry), 'custom' (user added)
        origin       TEXT NOT NULL,
        seed_version INTEGER,
        -- the shipped version of an edited entry, for "reset to default"
        seed_data    TEXT,
        updated_at   TEXT NOT NULL
      ) STRICT;

      CREATE TABLE occurrences (
        id          TEXT PRIMARY KEY,
        case_id     TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        item_id     TEXT REFERENCES evidence_items(id) ON DELETE SET NULL,
        platform_id TEXT NOT NULL,
        url         TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        created_by  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX occurrences_case ON occurrences(case_id);

      CREATE TABLE takedown_requests (
        id                   TEXT PRIMARY KEY,
        case_id              TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        occurrence_id        TEXT NOT NULL REFERENCES occurrences(id) ON DELETE CASCADE,
        target_platform_id   TEXT NOT NULL,
        channel              TEXT NOT NULL,
        status               TEXT NOT NULL,
        sent_at              TEXT,
        sent_by              TEXT,
        reference            TEXT,
        deadline_at          TEXT,
        deadline_date        TEXT,
        follow_up_at         TEXT,
        follow_up_date       TEXT,
        decision             TEXT,
        decision_at          TEXT,
        appeal_until_date    TEXT,
        removal_checked_at   TEXT,
        removal_checked_by   TEXT,
        removal_check_method TEXT,
        notice_explanation   TEXT,
        created_at           TEXT NOT NULL,
        created_by           TEXT NOT NULL,
        updated_at           TEXT NOT NULL
      ) STRICT;
      CREATE INDEX takedown_case ON takedown_requests(case_id);
      CREATE INDEX takedown_status ON takedown_requests(status);
      CREATE INDEX takedown_follow_up ON takedown_requests(follow_up_date);

      -- Status history: each row holds the state after the change, so "overdue on day D" can
      -- be reconstructed for the dashboard.
      CREATE TABLE takedown_events (
        seq            INTEGER PRIMARY KEY,
        request_id     TEXT NOT NULL REFERENCES takedown_requests(id) ON DELETE CASCADE,
        at             TEXT NOT NULL,
        by             TEXT NOT NULL,
        from_status    TEXT,
        to_status      TEXT NOT NULL,
        reference      TEXT,
        note           TEXT,
        follow_up_date TEXT
      ) STRICT;
      CREATE INDEX takedown_events_request ON takedown_events(request_id);
    `);
  },
};
