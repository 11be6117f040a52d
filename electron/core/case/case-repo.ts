/**
 * Cases (zaken). Invariants: a case reference is `<year>-<seq>` with the year taken in the
 * school's time zone and seq counting up per year from 001, never reused; status dates
 * follow status changes; every write re-indexes the case for search.
 */
import { randomUUID } from 'node:crypto';
import { EMPTY_POLICE_FACTS, type CaseCategory, type CaseDetail, type CaseStatus, type CaseSummary, type HoldKind, type LegalHold, type PoliceFacts } from '../../../shared/case-types';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { indexEntity } from '../search/fts';
import { yearIn } from '../../../shared/time';

interface CaseRow {
  id: string;
  ref: string;
  title: string;
  description: string;
  category: CaseCategory;
  status: CaseStatus;
  opened_at: string;
  status_changed_at: string;
  closed_at: string | null;
  assigned_officer: string;
  tags: string;
  created_by: string;
  updated_at: string;
  item_count: number;
  person_count: number;
  retention_years: number | null;
  hold_kind: HoldKind | null;
  hold_reason: string | null;
  hold_set_at: string | null;
  hold_set_by: string | null;
  police: string;
}

function holdOf(r: CaseRow): LegalHold | null {
  return r.hold_kind ? { kind: r.hold_kind, reason: r.hold_reason ?? '', setAt: r.hold_set_at ?? '', setBy: r.hold_set_by ?? '' } : null;
}

/** The stored police facts over the empty ones, so a field added later reads as empty. */
function policeOf(r: CaseRow): PoliceFacts {
  try {
    return { ...EMPTY_POLICE_FACTS, ...(JSON.parse(r.police || '{}') as Partial<PoliceFacts>) };
  } catch {
    return { ...EMPTY_POLICE_FACTS };
  }
}

const SELECT = `SELECT c.*,
  (SELECT count(*) FROM evidence_items e WHERE e.case_id = c.id) AS item_count,
  (SELECT count(*) FROM persons p WHERE p.case_id = c.id) AS person_count
  FROM cases c`;

function toSummary(r: CaseRow): CaseSummary {
  return {
    id: r.id,
    ref: r.ref,
    title: r.title,
    category: r.category,
    status: r.status,
    openedAt: r.opened_at,
    statusChangedAt: r.status_changed_at,
    closedAt: r.closed_at,
    assignedOfficer: r.assigned_officer,
    tags: JSON.parse(r.tags) as string[],
    updatedAt: r.updated_at,
    itemCount: r.item_count,
    personCount: r.person_count,
    retentionYears: r.retention_years ?? null,
    hold: holdOf(r),
  };
}

export interface NewCase {
  title: string;
  description?: string;
  category: CaseCategory;
  assignedOfficer?: string;
  tags?: string[];
}

export function reindexCase(db: Db, c: { id: string; ref: string; title: string; description: string; tags: string[]; assignedOfficer: string }): void {
  indexEntity(db, c.id, 'case', c.id, [c.ref, c.title, c.description, c.tags.join(' '), c.assignedOfficer]);
}

export function createCase(db: Db, input: NewCase, now: Date, actor: string): CaseDetail {
  const year = yearIn(now);
  const { next } = db.prepare('SELECT coalesce(max(seq), 0) + 1 AS next FROM cases WHERE year = ?').get(year) as { next: number };
  const ref = `${year}-${String(next).padStart(3, '0')}`;
  const id = randomUUID();
  const at = now.toISOString();
  const tags = [...new Set(input.tags ?? [])];
  db.prepare(
    `INSERT INTO cases(id, ref, year, seq, title, description, category, status, opened_at, status_changed_at, assigned_officer, tags, created_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?)`,
  ).run(id, ref, year, next, input.title, input.description ?? '', input.category, at, at, input.assignedOfficer ?? actor, JSON.stringify(tags), actor, at);
  const created = getCase(db, id);
  reindexCase(db, created);
  return created;
}

export function getCase(db: Db, id: string): CaseDetail {
  const r = db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as CaseRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', 'This case does not exist.', { entity: 'case' });
  const platforms = (db.prepare(`SELECT DISTINCT platform FROM evidence_items WHERE case_id = ? AND platform <> '' ORDER BY platform`).all(id) as { platform: string }[]).map(
    (p) => p.platform,
  );
  return { ...toSummary(r), description: r.description, createdBy: r.created_by, platforms, police: policeOf(r) };
}

export function getCaseByRef(db: Db, ref: string): CaseDetail {
  const r = db.prepare('SELECT id FROM cases WHERE ref = ?').get(ref) as { id: string } | undefined;
  if (!r) throw new AppError('NOT_FOUND', `There is no case ${ref}.`, { entity: 'case', ref });
  return getCase(db, r.id);
}

export interface CaseFilter {
  status?: CaseStatus;
  category?: CaseCategory;
  sort?: 'ref' | 'updated' | 'title' | 'status';
  order?: 'asc' | 'desc';
}

export function listCases(db: Db, f: CaseFilter = {}): CaseSummary[] {
  const where: string[] = [];
  const args: string[] = [];
  if (f.status) {
    where.push('c.status = ?');
    args.push(f.status);
  }
  if (f.category) {
    where.push('c.category = ?');
    args.push(f.category);
  }
  const col = { ref: 'c.year, c.seq', updated: 'c.updated_at', title: 'c.title COLLATE NOCASE', status: 'c.status' }[f.sort ?? 'ref'];
  const dir = (f.order ?? (f.sort === 'title' ? 'asc' : 'desc')) === 'asc' ? 'ASC' : 'DESC';
  const order = col.split(', ').map((c) => `${c} ${dir}`).join(', ');
  const sql = `${SELECT} ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY ${order}`;
  return (db.prepare(sql).all(...args) as CaseRow[]).map(toSummary);
}

export interface CasePatch {
  title?: string;
  description?: string;
  category?: CaseCategory;
  status?: CaseStatus;
  assignedOfficer?: string;
  tags?: string[];
}

export function updateCase(db: Db, id: string, patch: CasePatch, now: Date): { before: CaseDetail; after: CaseDetail } {
  const before = getCase(db, id);
  const at = now.toISOString();
  const status = patch.status ?? before.status;
  const statusChanged = status !== before.status;
  db.prepare(
    `UPDATE cases SET title = ?, description = ?, category = ?, status = ?, assigned_officer = ?, tags = ?,
       status_changed_at = ?, closed_at = ?, updated_at = ? WHERE id = ?`,
  ).run(
    patch.title ?? before.title,
    patch.description ?? before.description,
    patch.category ?? before.category,
    status,
    patch.assignedOfficer ?? before.assignedOfficer,
    JSON.stringify(patch.tags ? [...new Set(patch.tags)] : before.tags),
    statusChanged ? at : before.statusChangedAt,
    status === 'closed' ? (statusChanged ? at : before.closedAt) : null,
    at,
    id,
  );
  const after = getCase(db, id);
  reindexCase(db, after);
  return { before, after };
}

export function touchCase(db: Db, id: string, now: Date): void {
  db.prepare('UPDATE cases SET updated_at = ? WHERE id = ?').run(now.toISOString(), id);
}

// --- issue 15: the police page's facts, retention per case, the legal hold -----------------

export function updatePolice(db: Db, id: string, patch: Partial<PoliceFacts>, now: Date): CaseDetail {
  const b = getCase(db, id);
  const next: PoliceFacts = { ...b.police, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
  next.offences = [...new Set(next.offences)];
  db.prepare('UPDATE cases SET police = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(next), now.toISOString(), id);
  return getCase(db, id);
}

export function setRetentionYears(db: Db, id: string, years: number | null, now: Date): CaseDetail {
  getCase(db, id);
  db.prepare('UPDATE cases SET retention_years = ?, updated_at = ? WHERE id = ?').run(years, now.toISOString(), id);
  return getCase(db, id);
}

export function setHold(db: Db, id: string, hold: LegalHold | null, now: Date): CaseDetail {
  getCase(db, id);
  db.prepare('UPDATE cases SET hold_kind = ?, hold_reason = ?, hold_set_at = ?, hold_set_by = ?, updated_at = ? WHERE id = ?').run(
    hold?.kind ?? null,
    hold?.reason ?? null,
    hold?.setAt ?? null,
    hold?.setBy ?? null,
    now.toISOString(),
    id,
  );
  return getCase(db, id);
}
