/**
 * The one list of what belongs to a case: every table with a `case_id` column. Purge deletes
 * from each (and checks none is left), the audit views find a case's entries through the ids
 * of their rows, the inspection report reads the case's rows from here.
 * Invariant: a table with a `case_id` column that is not listed here fails
 * tests/core/case-owned.test.ts, so a new table cannot be forgotten by any of them.
 */
import type { Db } from '../db/open';

export interface CaseOwnedTable {
  /** Its rows' ids are audit subjects (an entry about a person, an item, a request...). */
  audited: boolean;
}

export const CASE_OWNED_TABLES = {
  persons: { audited: true },
  evidence_items: { audited: true },
  case_notes: { audited: true },
  case_steps: { audited: true },
  occurrences: { audited: true },
  takedown_requests: { audited: true },
  // Who is shown on, posted or shared an item (issue 15); no id of its own: not an audit subject.
  item_person_links: { audited: false },
  // Unsaved form text (drafts/draft-repo.ts): kept out of the audit log, gone with the case.
  drafts: { audited: false },
  // The full-text index of the case's texts (search/fts.ts); no audit subject of its own.
  search_docs: { audited: false },
  search_fts: { audited: false },
  // Web captures (capture/): the record and artefacts of an evidence item (audited as that
  // item) and removal checks (audited as their takedown request).
  capture_records: { audited: false },
  capture_artefacts: { audited: false },
  removal_checks: { audited: false },
  // Who was told what (issue 19, message/comm-log.ts): each entry is an audit subject.
  communication_log: { audited: true },
} as const satisfies Record<string, CaseOwnedTable>;

export type CaseOwnedTableName = keyof typeof CASE_OWNED_TABLES;

/** The case's own id and the ids of every audited row that belongs to it. */
export function caseSubjects(db: Db, caseId: string): string[] {
  const out = [caseId];
  for (const [table, t] of Object.entries(CASE_OWNED_TABLES)) {
    if (!t.audited) continue;
    for (const r of db.prepare(`SELECT id FROM ${table} WHERE case_id = ?`).all(caseId) as { id: string }[]) out.push(r.id);
  }
  return out;
}

/** Tables that still hold rows of the case (after a purge: none). */
export function tablesHolding(db: Db, caseId: string): CaseOwnedTableName[] {
  return (Object.keys(CASE_OWNED_TABLES) as CaseOwnedTableName[]).filter((table) => db.prepare(`SELECT 1 FROM ${table} WHERE case_id = ? LIMIT 1`).get(caseId));
}
