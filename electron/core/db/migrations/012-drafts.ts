import type { Migration } from './types';

/**
 * Drafts (issue 16 item 1, docs/ux.md "Nothing is lost"): the unsaved text of an open form,
 * kept inside the encrypted database so it survives a lock (manual, idle, screen lock) and is
 * offered again after unlock; never in the renderer's storage. One row per form (`key`, e.g.
 * "case:new" or "note:<case id>:new"); a draft of a case's form goes with the case when it is
 * purged (ON DELETE CASCADE, case/case-owned.ts). Numbered 010 on its branch: the lead
 * renumbers on merge (docs/architecture.md "Conventions": the list has no gaps on main).
 */
export const m012Drafts: Migration = {
  version: 12,
  name: 'drafts',
  up(db) {
    db.exec(`
      CREATE TABLE drafts (
        key        TEXT PRIMARY KEY,
        case_id    TEXT REFERENCES cases(id) ON DELETE CASCADE,
        -- The form's fields as JSON, exactly as the renderer holds them.
        body       TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX drafts_case ON drafts(case_id);
    `);
  },
};
