/**
 * Working notes of the officer. Invariant: kept out of the search index and out of every
 * path that reads the case file, because personal working notes are not part of what a
 * student or parent may inspect (docs/domain.md "Privacy (AVG)").
 */
import { randomUUID } from 'node:crypto';
import type { WorkingNote } from '../../../shared/note-types';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';

interface NoteRow {
  id: string;
  case_id: string;
  body: string;
  created_at: string;
  created_by: string;
  updated_at: string;
}

const toNote = (r: NoteRow): WorkingNote => ({
  id: r.id,
  caseId: r.case_id,
  body: r.body,
  createdAt: r.created_at,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
});

export function addNote(db: Db, caseId: string, body: string, now: Date, actor: string): WorkingNote {
  const id = randomUUID();
  const at = now.toISOString();
  db.prepare('INSERT INTO case_notes(id, case_id, body, created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(id, caseId, body, at, actor, at);
  return getNote(db, id);
}

export function getNote(db: Db, id: string): WorkingNote {
  const r = db.prepare('SELECT * FROM case_notes WHERE id = ?').get(id) as NoteRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', 'This note does not exist.', { entity: 'note' });
  return toNote(r);
}

export function listNotes(db: Db, caseId: string): WorkingNote[] {
  return (db.prepare('SELECT * FROM case_notes WHERE case_id = ? ORDER BY created_at DESC').all(caseId) as NoteRow[]).map(toNote);
}

export function updateNote(db: Db, id: string, body: string, now: Date): WorkingNote {
  getNote(db, id);
  db.prepare('UPDATE case_notes SET body = ?, updated_at = ? WHERE id = ?').run(body, now.toISOString(), id);
  return getNote(db, id);
}
