import type { Migration } from './types';

/**
 * Indexes for search filters at scale (issue: "keep it fast at 100k items"): platform names
 * are compared case-insensitively and items are listed by when they were seen, so the index
 * carries the same collation and the same ordering expression the queries use.
 */
export const m004SearchIndexes: Migration = {
  version: 4,
  name: 'search-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX evidence_platform_seen ON evidence_items(platform COLLATE NOCASE, coalesce(seen_at, captured_at));
      CREATE INDEX evidence_seen_expr ON evidence_items(coalesce(seen_at, captured_at));
      -- Search reads only rowid and rank from FTS5 (its UNINDEXED columns cost a content-table
      -- lookup per hit) and finds the entity through this index.
      CREATE INDEX search_docs_rowid ON search_docs(fts_rowid);
    `);
  },
};
