import type { Migration } from './types';

/**
 * The minors rule without bypasses (docs/domain.md "The minors rule"):
 * - known_material: the hashes of every item known to be a sexual image of a minor (or of
 *   someone whose age is unknown), vault-wide and kept when its case is purged, so the same
 *   material offered again in any case, on any path, is refused. No bytes, no names.
 * - an evidence item can be held back (hidden_reason): its image looks like known material,
 *   or a person in its case turned out to be a minor; it is not shown, revealed or exported
 *   until the officer decides.
 */
export const m007KnownMaterial: Migration = {
  version: 7,
  name: 'known-material',
  up(db) {
    db.exec(`
      CREATE TABLE known_material (
        id           TEXT PRIMARY KEY,
        sha256       TEXT NOT NULL,
        pdq          TEXT,
        pdq_quality  INTEGER,
        -- The eight dihedral variants (docs/pdq.md "Dihedral variants"), 8 x 64 hex.
        pdq_dihedral TEXT,
        added_at     TEXT NOT NULL,
        -- Why it became known: hash-only record, an item re-marked, a case re-categorised, a person marked minor, a refused import.
        reason       TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX known_material_sha ON known_material(sha256);

      ALTER TABLE evidence_items ADD COLUMN hidden_reason TEXT CHECK (hidden_reason IN ('near-known', 'age-review'));
      ALTER TABLE evidence_items ADD COLUMN hidden_since TEXT;
    `);
  },
};
