/**
 * What an audit entry is about, in words the log viewer can show (issue 16 item 6: "Waarover"
 * showed raw ids like `deb007fe` instead of "Bewijsstuk 2026-001/4"). One resolver per kind of
 * subject, in a list: a new kind of record (an access request, issue 15) is one more entry.
 * Invariants: read-only; a person is named by role only, never by name (the log is shown on
 * screen and exported to CSV); a subject that no longer exists (purged) resolves to null, and
 * the viewer then says so instead of guessing.
 */
import type { AuditSubject } from '../../../shared/audit-types';
import type { Db } from '../db/open';

interface SubjectResolver {
  kind: AuditSubject['kind'];
  /** Every id of the list this resolver knows, with its description. */
  resolve(db: Db, ids: string[]): Map<string, AuditSubject>;
}

function rows<T>(db: Db, sql: string, ids: string[]): T[] {
  return db.prepare(sql).all(JSON.stringify(ids)) as T[];
}

const IN = '(SELECT value FROM json_each(?))';

const RESOLVERS: readonly SubjectResolver[] = [
  {
    kind: 'case',
    resolve: (db, ids) => new Map(rows<{ id: string; ref: string }>(db, `SELECT id, ref FROM cases WHERE id IN ${IN}`, ids).map((r) => [r.id, { kind: 'case', caseRef: r.ref, label: r.ref }])),
  },
  {
    kind: 'item',
    resolve: (db, ids) =>
      new Map(
        rows<{ id: string; ref: string; item_no: number }>(db, `SELECT e.id, c.ref, e.item_no FROM evidence_items e JOIN cases c ON c.id = e.case_id WHERE e.id IN ${IN}`, ids).map((r) => [
          r.id,
          { kind: 'item', caseRef: r.ref, label: `${r.ref}/${r.item_no}` },
        ]),
      ),
  },
  {
    kind: 'person',
    resolve: (db, ids) => new Map(rows<{ id: string; ref: string; role: string }>(db, `SELECT p.id, c.ref, p.role FROM persons p JOIN cases c ON c.id = p.case_id WHERE p.id IN ${IN}`, ids).map((r) => [r.id, { kind: 'person', caseRef: r.ref, label: r.role }])),
  },
  {
    kind: 'request',
    resolve: (db, ids) =>
      new Map(
        rows<{ id: string; ref: string; platform: string }>(db, `SELECT r.id, c.ref, r.target_platform_id AS platform FROM takedown_requests r JOIN cases c ON c.id = r.case_id WHERE r.id IN ${IN}`, ids).map((r) => [
          r.id,
          { kind: 'request', caseRef: r.ref, label: platformName(db, r.platform) },
        ]),
      ),
  },
  {
    kind: 'step',
    resolve: (db, ids) => new Map(rows<{ id: string; ref: string; title: string }>(db, `SELECT s.id, c.ref, s.title FROM case_steps s JOIN cases c ON c.id = s.case_id WHERE s.id IN ${IN}`, ids).map((r) => [r.id, { kind: 'step', caseRef: r.ref, label: r.title }])),
  },
  {
    kind: 'note',
    resolve: (db, ids) => new Map(rows<{ id: string; ref: string }>(db, `SELECT n.id, c.ref FROM case_notes n JOIN cases c ON c.id = n.case_id WHERE n.id IN ${IN}`, ids).map((r) => [r.id, { kind: 'note', caseRef: r.ref, label: '' }])),
  },
  {
    // A staff member is named (the school's own people, as in the dossier's custody); no case.
    kind: 'staff',
    resolve: (db, ids) => new Map(rows<{ id: string; name: string; role: string }>(db, `SELECT id, name, role FROM staff WHERE id IN ${IN}`, ids).map((r) => [r.id, { kind: 'staff', caseRef: null, label: r.role ? `${r.name} (${r.role})` : r.name }])),
  },
  {
    // A line of the communication log (issue 19): by its audience, never by who was told.
    kind: 'message',
    resolve: (db, ids) =>
      new Map(rows<{ id: string; ref: string; audience: string }>(db, `SELECT m.id, c.ref, m.audience FROM communication_log m JOIN cases c ON c.id = m.case_id WHERE m.id IN ${IN}`, ids).map((r) => [r.id, { kind: 'message', caseRef: r.ref, label: r.audience }])),
  },
  {
    kind: 'platform',
    resolve: (db, ids) => new Map(rows<{ id: string; data: string }>(db, `SELECT id, data FROM platforms WHERE id IN ${IN}`, ids).map((r) => [r.id, { kind: 'platform', caseRef: null, label: nameOf(r.data, r.id) }])),
  },
];

function nameOf(data: string, fallback: string): string {
  try {
    const name = (JSON.parse(data) as { name?: unknown }).name;
    return typeof name === 'string' && name ? name : fallback;
  } catch {
    return fallback;
  }
}

function platformName(db: Db, id: string): string {
  const r = db.prepare('SELECT data FROM platforms WHERE id = ?').get(id) as { data: string } | undefined;
  return r ? nameOf(r.data, id) : id;
}

/** The description of every subject among `ids` that still exists. */
export function describeSubjects(db: Db, ids: Iterable<string>): Map<string, AuditSubject> {
  const list = [...new Set(ids)];
  const out = new Map<string, AuditSubject>();
  if (!list.length) return out;
  for (const r of RESOLVERS) for (const [id, s] of r.resolve(db, list)) if (!out.has(id)) out.set(id, s);
  return out;
}
