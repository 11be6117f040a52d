/**
 * Requests for access (art. 15 AVG) and their deadline: one month after receipt, extendable by
 * two further months when the school tells the requester why (art. 12(3) AVG). Invariants: a
 * request names its identity, never a name (the requester's name lives with the persons only),
 * so a purge that removes the last case of an identity removes its requests too
 * (removeOrphanRequests); "overdue" is derived from the clock, never stored.
 */
import { randomUUID } from 'node:crypto';
import type { AccessRequest } from '../../../shared/person-types';
import { AppError } from '../../../shared/errors';
import { addMonths, localDate } from '../../../shared/time';
import type { Db } from '../db/open';
import { getPerson } from './person-repo';

/** Art. 12(3) AVG: one month, extendable by two more. */
export const ANSWER_MONTHS = 1;
export const EXTENSION_MONTHS = 2;

interface Row {
  id: string;
  identity_id: string;
  received_on: string;
  extension_reason: string | null;
  answered_on: string | null;
  letter_at: string | null;
  created_at: string;
}

export function dueOn(receivedOn: string, extended: boolean): string {
  return addMonths(receivedOn, ANSWER_MONTHS + (extended ? EXTENSION_MONTHS : 0));
}

function toRequest(db: Db, r: Row, now: Date): AccessRequest {
  const cases = (db.prepare('SELECT p.id, p.case_id, p.role, c.ref FROM persons p JOIN cases c ON c.id = p.case_id WHERE p.identity_id = ? ORDER BY c.year, c.seq').all(r.identity_id) as {
    id: string;
    case_id: string;
    role: AccessRequest['cases'][number]['role'];
    ref: string;
  }[]).map((c) => ({ caseId: c.case_id, caseRef: c.ref, personId: c.id, role: c.role }));
  const due = dueOn(r.received_on, !!r.extension_reason);
  return {
    id: r.id,
    identityId: r.identity_id,
    cases,
    receivedOn: r.received_on,
    dueOn: due,
    extensionReason: r.extension_reason,
    answeredOn: r.answered_on,
    letterAt: r.letter_at,
    overdue: r.answered_on === null && due < localDate(now),
    createdAt: r.created_at,
  };
}

export function getAccessRequest(db: Db, id: string, now: Date): AccessRequest {
  const r = db.prepare('SELECT * FROM access_requests WHERE id = ?').get(id) as Row | undefined;
  if (!r) throw new AppError('NOT_FOUND', 'This request for access does not exist.', { entity: 'access-request' });
  return toRequest(db, r, now);
}

/** Requests of one person (any of their cases), or all; open ones only when asked; soonest due first. */
export function listAccessRequests(db: Db, f: { personId?: string; open?: boolean }, now: Date): AccessRequest[] {
  const identity = f.personId ? getPerson(db, f.personId).identityId : null;
  const rows = db.prepare(`SELECT * FROM access_requests ${identity ? 'WHERE identity_id = ?' : ''} ORDER BY received_on, created_at`).all(...(identity ? [identity] : [])) as Row[];
  return rows
    .map((r) => toRequest(db, r, now))
    .filter((r) => !f.open || r.answeredOn === null)
    .sort((a, b) => (a.answeredOn === null ? 0 : 1) - (b.answeredOn === null ? 0 : 1) || a.dueOn.localeCompare(b.dueOn));
}

export function addAccessRequest(db: Db, personId: string, receivedOn: string, now: Date): AccessRequest {
  const p = getPerson(db, personId);
  if (receivedOn > localDate(now)) throw new AppError('VALIDATION', 'A request cannot be received in the future.', { issues: [{ path: 'receivedOn', code: 'future' }] });
  const id = randomUUID();
  const at = now.toISOString();
  db.prepare('INSERT INTO access_requests(id, identity_id, received_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(id, p.identityId, receivedOn, at, at);
  return getAccessRequest(db, id, now);
}

export function updateAccessRequest(db: Db, id: string, patch: { extensionReason?: string | null; answeredOn?: string | null }, now: Date): AccessRequest {
  const b = getAccessRequest(db, id, now);
  if (patch.answeredOn && patch.answeredOn < b.receivedOn) throw new AppError('VALIDATION', 'A request is answered after it was received.', { issues: [{ path: 'patch.answeredOn', code: 'before-receipt' }] });
  db.prepare('UPDATE access_requests SET extension_reason = ?, answered_on = ?, updated_at = ? WHERE id = ?').run(
    patch.extensionReason !== undefined ? patch.extensionReason : b.extensionReason,
    patch.answeredOn !== undefined ? patch.answeredOn : b.answeredOn,
    now.toISOString(),
    id,
  );
  return getAccessRequest(db, id, now);
}

export function markLetter(db: Db, id: string, now: Date): void {
  db.prepare('UPDATE access_requests SET letter_at = ?, updated_at = ? WHERE id = ?').run(now.toISOString(), now.toISOString(), id);
}

/** After a purge: requests of identities that no longer appear in any case go too. */
export function removeOrphanRequests(db: Db): number {
  return db.prepare('DELETE FROM access_requests WHERE identity_id NOT IN (SELECT identity_id FROM persons)').run().changes;
}
