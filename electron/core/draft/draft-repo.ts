/**
 * Drafts in the vault's database (migration 012-drafts). Invariants: one draft per form key;
 * a draft of a case's form names the case and is deleted with it; the body is stored as given
 * (the renderer's JSON), never parsed or logged here.
 */
import type { Draft } from '../../../shared/draft-types';
import type { Db } from '../db/open';

interface Row {
  key: string;
  case_id: string | null;
  body: string;
  updated_at: string;
}

export function getDraft(db: Db, key: string): Draft | null {
  const r = db.prepare('SELECT * FROM drafts WHERE key = ?').get(key) as Row | undefined;
  return r ? { key: r.key, caseId: r.case_id, body: r.body, updatedAt: r.updated_at } : null;
}

export function saveDraft(db: Db, key: string, caseId: string | null, body: string, now: Date): void {
  db.prepare(
    `INSERT INTO drafts(key, case_id, body, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET case_id = excluded.case_id, body = excluded.body, updated_at = excluded.updated_at`,
  ).run(key, caseId, body, now.toISOString());
}

export function discardDraft(db: Db, key: string): boolean {
  return db.prepare('DELETE FROM drafts WHERE key = ?').run(key).changes > 0;
}
