/**
 * Maintenance of the full-text index (FTS5). Invariant: every write of a case, person or
 * item re-indexes it in the same transaction, so search never shows stale or purged text.
 */
import type { Db } from '../db/open';

export type FtsEntity = 'case' | 'person' | 'item';

export function indexEntity(db: Db, caseId: string, entity: FtsEntity, entityId: string, parts: (string | null | undefined)[]): void {
  unindexEntity(db, entityId);
  const body = parts.filter((p): p is string => !!p && p.trim() !== '').join('\n');
  const info = db.prepare('INSERT INTO search_fts(case_id, entity, entity_id, body) VALUES (?, ?, ?, ?)').run(caseId, entity, entityId, body);
  db.prepare('INSERT INTO search_docs(entity_id, case_id, fts_rowid) VALUES (?, ?, ?)').run(entityId, caseId, Number(info.lastInsertRowid));
}

export function unindexEntity(db: Db, entityId: string): void {
  const row = db.prepare('SELECT fts_rowid FROM search_docs WHERE entity_id = ?').get(entityId) as { fts_rowid: number } | undefined;
  if (!row) return;
  db.prepare('DELETE FROM search_fts WHERE rowid = ?').run(row.fts_rowid);
  db.prepare('DELETE FROM search_docs WHERE entity_id = ?').run(entityId);
}

export function unindexCase(db: Db, caseId: string): void {
  db.prepare('DELETE FROM search_fts WHERE rowid IN (SELECT fts_rowid FROM search_docs WHERE case_id = ?)').run(caseId);
  db.prepare('DELETE FROM search_docs WHERE case_id = ?').run(caseId);
}

/** Turns user text into a safe FTS5 query: each word a quoted prefix term, all required. */
export function toMatchQuery(text: string): string | null {
  const words = text
    .normalize('NFC')
    .split(/[\s"'()*:^+\-.,;/\\?!&=<>@#]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' ');
}
