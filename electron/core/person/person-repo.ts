/**
 * Persons involved in a case (betrokkenen), as identities (issue 15 item 2). Invariants: every
 * row has an identity_id, shared by the rows of one human across cases only because the user
 * chose that person (never by matching names); the identity's fields (name, pseudonym flag,
 * affiliation, minor) are equal on all its rows, so an update writes them to every row of the
 * identity; role, contact notes and the redaction pseudonym stay per case; one identity appears
 * at most once per case; every write re-indexes the rows it touched for search.
 */
import { randomUUID } from 'node:crypto';
import type { Tristate } from '../../../shared/case-types';
import type { Affiliation, Person, PersonIdentity, PersonRole } from '../../../shared/person-types';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { indexEntity, unindexEntity } from '../search/fts';

interface PersonRow {
  id: string;
  case_id: string;
  identity_id: string;
  role: PersonRole;
  name: string;
  is_pseudonym: number;
  affiliation: Affiliation;
  minor: Tristate;
  contact_notes: string;
  pseudonym: string;
  created_at: string;
  updated_at: string;
}

function toPerson(r: PersonRow): Person {
  return {
    id: r.id,
    caseId: r.case_id,
    identityId: r.identity_id || r.id,
    role: r.role,
    name: r.name,
    isPseudonym: r.is_pseudonym === 1,
    affiliation: r.affiliation,
    minor: r.minor,
    contactNotes: r.contact_notes,
    pseudonym: r.pseudonym,
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
  pseudonym?: string;
}

function reindex(db: Db, p: Person): void {
  indexEntity(db, p.caseId, 'person', p.id, [p.name, p.pseudonym]);
}

/**
 * A person in a case. With `identityId` the person is one already known (from another case):
 * who they are is copied from that identity and `f.name` is ignored.
 */
export function addPerson(db: Db, caseId: string, f: Omit<PersonFields, 'name'> & { name?: string }, now: Date, identityId?: string): Person {
  const id = randomUUID();
  const at = now.toISOString();
  let who: { identity: string; name: string; isPseudonym: boolean; affiliation: Affiliation; minor: Tristate } = { identity: id, name: f.name ?? '', isPseudonym: f.isPseudonym ?? false, affiliation: f.affiliation ?? 'unknown', minor: f.minor ?? 'unknown' };
  if (identityId) {
    const known = identityRows(db, identityId)[0];
    if (!known) throw new AppError('NOT_FOUND', 'This person does not exist.', { entity: 'person' });
    if (identityRows(db, identityId).some((r) => r.caseId === caseId)) throw new AppError('CONFLICT', 'This person is already involved in this case.', { reason: 'person-in-case' });
    who = { identity: identityId, name: known.name, isPseudonym: known.isPseudonym, affiliation: known.affiliation, minor: known.minor };
  } else if (!who.name.trim()) {
    throw new AppError('VALIDATION', 'A new person needs a name.', { issues: [{ path: 'name', code: 'required' }] });
  }
  db.prepare(
    `INSERT INTO persons(id, case_id, identity_id, role, name, is_pseudonym, affiliation, minor, contact_notes, pseudonym, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, caseId, who.identity, f.role, who.name, who.isPseudonym ? 1 : 0, who.affiliation, who.minor, f.contactNotes ?? '', f.pseudonym ?? '', at, at);
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
  return (db.prepare('SELECT * FROM persons WHERE case_id = ? ORDER BY created_at, rowid').all(caseId) as PersonRow[]).map(toPerson);
}

/** Every case row of one identity, oldest first. */
export function identityRows(db: Db, identityId: string): Person[] {
  return (db.prepare('SELECT * FROM persons WHERE identity_id = ? ORDER BY created_at, rowid').all(identityId) as PersonRow[]).map(toPerson);
}

export function updatePerson(db: Db, id: string, patch: Partial<PersonFields>, now: Date): Person {
  const b = getPerson(db, id);
  const at = now.toISOString();
  db.prepare('UPDATE persons SET role = ?, contact_notes = ?, pseudonym = ?, updated_at = ? WHERE id = ?').run(
    patch.role ?? b.role,
    patch.contactNotes ?? b.contactNotes,
    patch.pseudonym ?? b.pseudonym,
    at,
    id,
  );
  // Who the person is, on every case they appear in.
  db.prepare('UPDATE persons SET name = ?, is_pseudonym = ?, affiliation = ?, minor = ?, updated_at = ? WHERE identity_id = ?').run(
    patch.name ?? b.name,
    (patch.isPseudonym ?? b.isPseudonym) ? 1 : 0,
    patch.affiliation ?? b.affiliation,
    patch.minor ?? b.minor,
    at,
    b.identityId,
  );
  for (const row of identityRows(db, b.identityId)) reindex(db, row);
  return getPerson(db, id);
}

export function removePerson(db: Db, id: string): Person {
  const p = getPerson(db, id);
  db.prepare('DELETE FROM persons WHERE id = ?').run(id);
  unindexEntity(db, id);
  return p;
}

/** The identities in the vault with the cases they are in (for "same person as in case ..."). */
export function listIdentities(db: Db, excludeCaseId?: string): PersonIdentity[] {
  const rows = db.prepare('SELECT p.*, c.ref AS case_ref FROM persons p JOIN cases c ON c.id = p.case_id ORDER BY p.name COLLATE NOCASE, c.year, c.seq').all() as (PersonRow & { case_ref: string })[];
  const byIdentity = new Map<string, PersonIdentity>();
  for (const r of rows) {
    const p = toPerson(r);
    const known = byIdentity.get(p.identityId) ?? { identityId: p.identityId, name: p.name, isPseudonym: p.isPseudonym, affiliation: p.affiliation, minor: p.minor, cases: [] };
    known.cases.push({ caseId: p.caseId, caseRef: r.case_ref, personId: p.id, role: p.role });
    byIdentity.set(p.identityId, known);
  }
  return [...byIdentity.values()].filter((i) => !excludeCaseId || !i.cases.some((c) => c.caseId === excludeCaseId));
}
