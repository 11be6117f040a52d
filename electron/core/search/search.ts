/**
 * Search across cases, persons and items: FTS5 MATCH with prefix terms, ranked by bm25,
 * combined with filters on case status and category, item platform and seen date.
 * Invariant: user text never reaches FTS5 syntax unescaped (toMatchQuery quotes each term).
 */
import type { CaseCategory, CaseStatus, SearchHit } from '../../../shared/case-types';
import type { Db } from '../db/open';
import { toMatchQuery } from './fts';
import { makeSnippet, queryWords } from './snippet';

export interface SearchInput {
  text?: string;
  status?: CaseStatus;
  category?: CaseCategory;
  platform?: string;
  from?: string;
  to?: string;
  limit?: number;
}

export function search(db: Db, q: SearchInput): SearchHit[] {
  const match = q.text ? toMatchQuery(q.text) : null;
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (q.status) {
    where.push('c.status = ?');
    args.push(q.status);
  }
  if (q.category) {
    where.push('c.category = ?');
    args.push(q.category);
  }
  const itemFilter = q.platform || q.from || q.to;
  if (q.platform) {
    where.push('e.platform = ? COLLATE NOCASE');
    args.push(q.platform);
  }
  if (q.from) {
    where.push('coalesce(e.seen_at, e.captured_at) >= ?');
    args.push(new Date(q.from).toISOString());
  }
  if (q.to) {
    where.push('coalesce(e.seen_at, e.captured_at) <= ?');
    args.push(new Date(q.to).toISOString());
  }
  const limit = q.limit ?? 50;
  if (match) {
    // FTS first (MATERIALIZED keeps the planner from probing the index once per item row),
    // then the filters, then snippets for the final page only: snippet() is the costly part.
    const sql = `WITH hits AS MATERIALIZED (SELECT rowid AS fts_rowid, bm25(search_fts) AS rank FROM search_fts WHERE search_fts MATCH ?)
      SELECT h.fts_rowid, d.entity_id, d.case_id, c.ref, c.title,
        CASE WHEN d.entity_id = d.case_id THEN 'case' WHEN ei.id IS NOT NULL THEN 'item' ELSE 'person' END AS entity
      FROM hits h JOIN search_docs d ON d.fts_rowid = h.fts_rowid JOIN cases c ON c.id = d.case_id
      LEFT JOIN evidence_items ei ON ei.id = d.entity_id
      ${itemFilter ? 'JOIN evidence_items e ON e.id = d.entity_id' : ''}
      ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY h.rank LIMIT ?`;
    const rows = db.prepare(sql).all(match, ...args, limit) as { fts_rowid: number; entity: SearchHit['entity']; entity_id: string; case_id: string; ref: string; title: string }[];
    const body = db.prepare('SELECT body FROM search_fts WHERE rowid = ?').pluck();
    const words = queryWords(q.text ?? '');
    return rows.map((r) => ({
      entity: r.entity,
      entityId: r.entity_id,
      caseId: r.case_id,
      caseRef: r.ref,
      caseTitle: r.title,
      snippet: makeSnippet(((body.get(r.fts_rowid) as string | undefined) ?? '').replace(/\n/g, ' · '), words),
    }));
  }
  // Filters only: items when an item filter is set, otherwise cases.
  if (itemFilter) {
    const sql = `SELECT e.id, e.case_id, c.ref, c.title, e.platform, e.url, e.handle FROM evidence_items e JOIN cases c ON c.id = e.case_id
      WHERE ${where.join(' AND ')} ORDER BY coalesce(e.seen_at, e.captured_at) DESC LIMIT ?`;
    const rows = db.prepare(sql).all(...args, limit) as { id: string; case_id: string; ref: string; title: string; platform: string; url: string; handle: string }[];
    return rows.map((r) => ({ entity: 'item', entityId: r.id, caseId: r.case_id, caseRef: r.ref, caseTitle: r.title, snippet: [r.platform, r.handle, r.url].filter(Boolean).join(' · ') }));
  }
  const sql = `SELECT c.id, c.ref, c.title FROM cases c ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY c.updated_at DESC LIMIT ?`;
  const rows = db.prepare(sql).all(...args, limit) as { id: string; ref: string; title: string }[];
  return rows.map((r) => ({ entity: 'case', entityId: r.id, caseId: r.id, caseRef: r.ref, caseTitle: r.title, snippet: r.title }));
}
