/**
 * The communication log of a case (issue 19 item 3; docs/communication.md "The log and the
 * step plan"): who was told what, when, by whom and how. Invariants: append-only (a correction
 * is a new entry, so what the school said stays shown as it was logged); an entry says which
 * steps it ticked (case_steps.done_message_id); the person it concerns belongs to the same case.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { Audience, CommEntry, ContactWay } from '../../../shared/message-types';
import type { Db } from '../db/open';

interface Row {
  id: string;
  case_id: string;
  at: string;
  recorded_at: string;
  by_staff_id: string | null;
  by_name: string;
  audience: Audience;
  recipient: string;
  how: ContactWay;
  template_id: string | null;
  template_title: string | null;
  lang: 'nl' | 'en' | null;
  subject: string;
  body: string;
  note: string;
  person_id: string | null;
  follow_up: number;
}

/** A line to log: the entry as the log keeps it, before it has an id, a recorded time and its ticks. */
export type NewEntry = Omit<CommEntry, 'id' | 'recordedAt' | 'ticked'>;

function ticked(db: Db, ids: string[]): Map<string, { stepId: string; title: string }[]> {
  const out = new Map<string, { stepId: string; title: string }[]>();
  if (!ids.length) return out;
  const rows = db.prepare('SELECT id, title, done_message_id FROM case_steps WHERE done_message_id IN (SELECT value FROM json_each(?)) ORDER BY position').all(JSON.stringify(ids)) as { id: string; title: string; done_message_id: string }[];
  for (const r of rows) out.set(r.done_message_id, [...(out.get(r.done_message_id) ?? []), { stepId: r.id, title: r.title }]);
  return out;
}

const toEntry = (r: Row, steps: Map<string, { stepId: string; title: string }[]>): CommEntry => ({
  id: r.id,
  caseId: r.case_id,
  at: r.at,
  recordedAt: r.recorded_at,
  by: r.by_name,
  byStaffId: r.by_staff_id,
  audience: r.audience,
  to: r.recipient,
  how: r.how,
  templateId: r.template_id,
  templateTitle: r.template_title,
  lang: r.lang,
  subject: r.subject,
  text: r.body,
  note: r.note,
  personId: r.person_id,
  followUp: r.follow_up === 1,
  ticked: steps.get(r.id) ?? [],
});

export function addEntry(db: Db, e: NewEntry, now: Date): string {
  if (e.personId) {
    const p = db.prepare('SELECT case_id FROM persons WHERE id = ?').get(e.personId) as { case_id: string } | undefined;
    if (!p) throw new AppError('NOT_FOUND', 'This person does not exist.', { entity: 'person' });
    if (p.case_id !== e.caseId) throw new AppError('VALIDATION', 'This person is not in this case.', { issues: [{ path: 'personId', code: 'other-case' }] });
  }
  const id = randomUUID();
  db.prepare(
    `INSERT INTO communication_log(id, case_id, at, recorded_at, by_staff_id, by_name, audience, recipient, how, template_id, template_title, lang, subject, body, note, person_id, follow_up)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, e.caseId, e.at, now.toISOString(), e.byStaffId, e.by, e.audience, e.to, e.how, e.templateId, e.templateTitle, e.lang, e.subject, e.text, e.note, e.personId, e.followUp ? 1 : 0);
  return id;
}

export function getEntry(db: Db, id: string): CommEntry {
  const r = db.prepare('SELECT * FROM communication_log WHERE id = ?').get(id) as Row | undefined;
  if (!r) throw new AppError('NOT_FOUND', 'This log entry does not exist.', { entity: 'message' });
  return toEntry(r, ticked(db, [r.id]));
}

/** The case's log, oldest first (as it happened). */
export function listEntries(db: Db, caseId: string): CommEntry[] {
  const rows = db.prepare('SELECT * FROM communication_log WHERE case_id = ? ORDER BY at, recorded_at, rowid').all(caseId) as Row[];
  const steps = ticked(db, rows.map((r) => r.id));
  return rows.map((r) => toEntry(r, steps));
}

/** The entries about one person (their access letter). */
export function entriesAbout(db: Db, personId: string): CommEntry[] {
  const rows = db.prepare('SELECT * FROM communication_log WHERE person_id = ? ORDER BY at, recorded_at, rowid').all(personId) as Row[];
  const steps = ticked(db, rows.map((r) => r.id));
  return rows.map((r) => toEntry(r, steps));
}
