/** Persons involved in a case (betrokkenen). Every write re-indexes the person for search. */
import { randomUUID } from 'node:crypto';
import type { Tristate } from '../../../shared/case-types';
import type { Affiliation, Person, PersonRole } from '../../../shared/person-types';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { indexEntity, unindexEntity } from '../search/fts';

interface PersonRow {
  id: string;
  case_id: string;
  role: PersonRole;
  name: string;
  is_pseudonym: number;
  affiliation: Affiliation;
  minor: Tristate;
  contact_notes: string;
  created_at: string;
  updated_at: string;
}

function toPerson(r: PersonRow): Person {
  return {
    id: r.id,
    caseId: r.case_id,
    role: r.role,
    name: r.name,
    isPseudonym: r.is_pseudonym === 1,
    affiliation: r.affiliation,
    minor: r.minor,
    contactNotes: r.contact_notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface PersonFields {
  role: PersonRole;
  name: string;
  isPseudonym?: boolean;
  affiliation?: Affiliation;
  minor?: Tristate;
  contactNotes?: string;
}

function reindex(db: Db, p: Person): void {
  indexEntity(db, p.caseId, 'person', p.id, [p.name]);
}

export function addPerson(db: Db, caseId: string, f: PersonFields, now: Date): Person {
  const id = randomUUID();
  const at = now.toISOString();
  db.prepare(
    `INSERT INTO persons(id, case_id, role, name, is_pseudonym, affiliation, minor, contact_notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, caseId, f.role, f.name, f.isPseudonym ? 1 : 0, f.affiliation ?? 'unknown', f.minor ?? 'unknown', f.contactNotes ?? '', at, at);
  const p = getPerson(db, id);
  reindex(db, p);
  return p;
}

export function getPerson(db: Db, id: string): Person {
  const r = db.prepare('SELECT * FROM persons WHERE id = ?').get(id) as PersonRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', 'This person does not exist.', { entity: 'person' });
  return toPerson(r);
}

export function listPersons(db: Db, caseId: string): Person[] {
  return (db.prepare('SELECT * FROM persons WHERE case_id = ? ORDER BY created_at, name').all(caseId) as PersonRow[]).map(toPerson);
}

export function updatePerson(db: Db, id: string, patch: Partial<PersonFields>, now: Date): Person {
  const b = getPerson(db, id);
  db.prepare(
    `UPDATE persons SET role = ?, name = ?, is_pseudonym = ?, affiliation = ?, minor = ?, contact_notes = ?, updated_at = ? WHERE id = ?`,
  ).run(
    patch.role ?? b.role,
    patch.name ?? b.name,
    (patch.isPseudonym ?? b.isPseudonym) ? 1 : 0,
    patch.affiliation ?? b.affiliation,
    patch.minor ?? b.minor,
    patch.contactNotes ?? b.contactNotes,
    now.toISOString(),
    id,
  );
  const p = getPerson(db, id);
  reindex(db, p);
  return p;
}

export function removePerson(db: Db, id: string): Person {
  const p = getPerson(db, id);
  db.prepare('DELETE FROM persons WHERE id = ?').run(id);
  unindexEntity(db, id);
  return p;
}
