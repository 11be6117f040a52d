/**
 * Search across cases, persons and items: FTS5 MATCH with prefix terms, ranked by bm25,
 * combined with filters on case status and category, item platform and seen date.
 * Invariant: user text never reaches FTS5 syntax unescaped (toMatchQuery quotes each term).
 */
import type { CaseCategory, CaseStatus } from '../../../shared/case-types';
import type { SearchHit } from '../../../shared/search-types';
import type { Db } from '../db/open';
import { toMatchQuery } from './fts';
import { makeSnippet, queryWords } from './snippet';

/** Hits joined and filtered per round trip (see search()). */
const BATCH = 200;

interface Row {
  fts_rowid: number;
  entity: SearchHit['entity'];
  entity_id: string;
  case_id: string;
  ref: string;
  title: string;
}

export interface SearchInput {
  text?: string;
  status?: CaseStatus;
  category?: CaseCategory;
  platform?: string;
  from?: string;
  to?: string;
  limit?: number;
}

/**
 * An item's platform is part of its indexed text (evidence-repo reindex), so a platform
 * filter can also narrow the FTS match: the platform as an exact phrase. FTS5 then intersects
 * two doclists instead of ranking every hit of a common word; the SQL filter below stays the
 * exact test (FTS folds case and diacritics, so the phrase only ever matches a superset).
 */
function withPlatform(match: string | null, platform: string | undefined): string | null {
  if (!match || !platform || !/[\p{L}\p{N}]/u.test(platform)) return match;
  return `${match} "${platform.replace(/"/g, '""')}"`;
}

export function search(db: Db, q: SearchInput): SearchHit[] {
  const match = withPlatform(q.text ? toMatchQuery(q.text) : null, q.platform);
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
    // FTS ranks first (it reads only rowids and bm25), then the filters are applied to the
    // hits in rank order, a batch at a time, until a page is full: a common word ("klas")
    // then costs a few hundred joined rows, not one per hit. Snippets for the final page only.
    const ranked = db.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank').pluck().all(match) as number[];
    const page = db.prepare(
      `SELECT d.fts_rowid, d.entity_id, d.case_id, c.ref, c.title,
        CASE WHEN d.entity_id = d.case_id THEN 'case' WHEN ei.id IS NOT NULL THEN 'item' ELSE 'person' END AS entity
      FROM json_each(?) j CROSS JOIN search_docs d ON d.fts_rowid = j.value CROSS JOIN cases c ON c.id = d.case_id
      LEFT JOIN evidence_items ei ON ei.id = d.entity_id
      ${itemFilter ? 'CROSS JOIN evidence_items e ON e.id = d.entity_id' : ''}
      ${where.length ? 'WHERE ' + where.join(' AND ') : ''}`,
    );
    const rows: Row[] = [];
    for (let i = 0; i < ranked.length && rows.length < limit; i += BATCH) {
      const batch = ranked.slice(i, i + BATCH);
      const order = new Map(batch.map((r, k) => [r, k]));
      const got = (page.all(JSON.stringify(batch), ...args) as Row[]).sort((a, b) => (order.get(a.fts_rowid) ?? 0) - (order.get(b.fts_rowid) ?? 0));
      rows.push(...got);
    }
    const body = db.prepare('SELECT body FROM search_fts WHERE rowid = ?').pluck();
    const words = queryWords(q.text ?? '');
    return rows.slice(0, limit).map((r) => ({
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
