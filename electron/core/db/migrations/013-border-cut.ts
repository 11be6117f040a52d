import type { Migration } from './types';

/**
 * Border-cut hashes (issue 17, docs/pdq.md "Border-cut hashes"): beside the interoperable PDQ
 * and vPDQ, each image and each video frame is hashed again with its uniform borders
 * (letterbox and pillarbox bars, a flat margin) cut away, so copies with bars added or removed
 * match inside the vault. Kept only when a border was found:
 * - evidence_items.pdq_cut_dihedral / pdq_cut_quality: an image's border-cut PDQ, its eight
 *   dihedral variants (8 x 64 hex, as pdq_dihedral) and its quality;
 * - evidence_items.vpdq_cut: a video's border-cut frames in the vPDQ line format (a frame
 *   without a border repeats its own hash), for hash-only videos too;
 * - known_material: the same three, so known material with bars added or cut is refused too.
 * Items imported before this migration have none (their frames are gone); they match as before.
 */
export const m013BorderCut: Migration = {
  version: 13,
  name: 'border-cut',
  up(db) {
    db.exec(`
      ALTER TABLE evidence_items ADD COLUMN pdq_cut_dihedral TEXT;
      ALTER TABLE evidence_items ADD COLUMN pdq_cut_quality INTEGER;
      ALTER TABLE evidence_items ADD COLUMN vpdq_cut TEXT;
      ALTER TABLE known_material ADD COLUMN pdq_cut_dihedral TEXT;
      ALTER TABLE known_material ADD COLUMN pdq_cut_quality INTEGER;
      ALTER TABLE known_material ADD COLUMN vpdq_cut TEXT;
    `);
  },
};
