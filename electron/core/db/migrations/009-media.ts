import type { Migration } from './types';

/**
 * Video evidence and phone photos (issue 17, docs/media.md):
 * - evidence_items.media: what the container says and what decoding measured (JSON of
 *   shared/media-types.ts MediaInfo), for videos and for animated or phone image formats;
 * - evidence_items.vpdq: a video's vPDQ hash in the reference's line format
 *   (frameNumber,quality,pdqHex,timestamp), kept with hash-only items too;
 * - evidence_items.sheet_blob_id: the contact sheet of a video's keyframes (encrypted blob);
 * - known_material.vpdq: the list of known material holds video hashes as well.
 */
export const m009Media: Migration = {
  version: 9,
  name: 'media',
  up(db) {
    db.exec(`
      ALTER TABLE evidence_items ADD COLUMN media TEXT;
      ALTER TABLE evidence_items ADD COLUMN vpdq TEXT;
      ALTER TABLE evidence_items ADD COLUMN sheet_blob_id TEXT REFERENCES blobs(id);
      ALTER TABLE known_material ADD COLUMN vpdq TEXT;
    `);
  },
};
