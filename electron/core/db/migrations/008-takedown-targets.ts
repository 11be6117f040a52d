import type { Migration } from './types';

/**
 * Takedowns that platforms act on (issue 14):
 * - evidence items get their own kind of material (`category`, NULL: the case's) and a
 *   description for the platform (`platform_description`, empty by default: a notice never
 *   uses the internal `description`);
 * - an occurrence may be a target without a URL: an account, group or chat, named as the
 *   platform identifies it (`identifier`), with the route to it in the app; typed without an
 *   item it carries its own kind of material, age of the person shown and platform description;
 * - a request covers one or more occurrences (`takedown_request_occurrences`, in order), all on
 *   one platform; status, reference number and history stay on the request;
 * - a request remembers whether the officer left the sender out of a CSAM notice.
 *
 * Existing data: every column is added with a default that means what the row meant before
 * (a URL occurrence, the case's kind of material, no platform description, sender included),
 * and every existing request gets its one occurrence as its only target. Nothing is rewritten,
 * so tests/core/migrations-data.test.ts finds every old row unchanged.
 */
export const m008TakedownTargets: Migration = {
  version: 8,
  name: 'takedown-targets',
  up(db) {
    db.exec(`
      ALTER TABLE evidence_items ADD COLUMN category TEXT;
      ALTER TABLE evidence_items ADD COLUMN platform_description TEXT NOT NULL DEFAULT '';

      ALTER TABLE occurrences ADD COLUMN target_kind TEXT NOT NULL DEFAULT 'url' CHECK (target_kind IN ('url', 'account', 'group', 'chat'));
      ALTER TABLE occurrences ADD COLUMN identifier TEXT NOT NULL DEFAULT '';
      ALTER TABLE occurrences ADD COLUMN in_app_route TEXT NOT NULL DEFAULT '';
      ALTER TABLE occurrences ADD COLUMN category TEXT;
      ALTER TABLE occurrences ADD COLUMN minor TEXT NOT NULL DEFAULT 'unknown';
      ALTER TABLE occurrences ADD COLUMN platform_description TEXT NOT NULL DEFAULT '';

      ALTER TABLE takedown_requests ADD COLUMN omit_sender INTEGER NOT NULL DEFAULT 0;

      -- The targets of a request, in order (position 0 is takedown_requests.occurrence_id).
      -- No case_id of its own: the rows go with their request (and their occurrence).
      CREATE TABLE takedown_request_occurrences (
        request_id    TEXT NOT NULL REFERENCES takedown_requests(id) ON DELETE CASCADE,
        occurrence_id TEXT NOT NULL REFERENCES occurrences(id) ON DELETE CASCADE,
        position      INTEGER NOT NULL,
        PRIMARY KEY (request_id, occurrence_id),
        UNIQUE (request_id, position)
      ) STRICT;
      CREATE INDEX takedown_request_occurrences_occ ON takedown_request_occurrences(occurrence_id);

      INSERT INTO takedown_request_occurrences(request_id, occurrence_id, position)
        SELECT id, occurrence_id, 0 FROM takedown_requests;
    `);
  },
};
