/**
 * Who captured an evidence item, who handed it over, and who is shown on it, posted it or
 * shared it (issue 15 items 1 and 2). Invariants: a linked person belongs to the item's case;
 * an item was received from a staff member or from a person, never both; a newly linked staff
 * member is not archived (an existing link to one that was archived later stays).
 */
import type { ItemLink, ItemPeople } from '../../../shared/person-types';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { activeStaff, defaultStaffId, findStaff, staffLabel } from '../staff/staff-repo';
import { getPerson } from './person-repo';

interface Row {
  id: string;
  case_id: string;
  captured_by_staff_id: string | null;
  received_from_staff_id: string | null;
  received_from_person_id: string | null;
}

function linksOf(db: Db, itemId: string): ItemPeople['links'] {
  return (db.prepare('SELECT person_id, link FROM item_person_links WHERE item_id = ? ORDER BY link, created_at, person_id').all(itemId) as { person_id: string; link: ItemLink }[]).map((r) => ({
    personId: r.person_id,
    link: r.link,
  }));
}

function toPeople(db: Db, r: Row): ItemPeople {
  return { itemId: r.id, capturedByStaffId: r.captured_by_staff_id, receivedFromStaffId: r.received_from_staff_id, receivedFromPersonId: r.received_from_person_id, links: linksOf(db, r.id) };
}

const SELECT = 'SELECT id, case_id, captured_by_staff_id, received_from_staff_id, received_from_person_id FROM evidence_items';

function itemRow(db: Db, itemId: string): Row {
  const r = db.prepare(`${SELECT} WHERE id = ?`).get(itemId) as Row | undefined;
  if (!r) throw new AppError('NOT_FOUND', 'This evidence item does not exist.', { entity: 'item' });
  return r;
}

export function itemPeople(db: Db, itemId: string): ItemPeople {
  return toPeople(db, itemRow(db, itemId));
}

export function listItemPeople(db: Db, caseId: string): ItemPeople[] {
  return (db.prepare(`${SELECT} WHERE case_id = ? ORDER BY item_no`).all(caseId) as Row[]).map((r) => toPeople(db, r));
}

export interface ItemPeoplePatch {
  capturedByStaffId?: string | null;
  receivedFromStaffId?: string | null;
  receivedFromPersonId?: string | null;
  links?: { personId: string; link: ItemLink }[];
}

function personOfCase(db: Db, personId: string, caseId: string, path: string): void {
  const p = (() => {
    try {
      return getPerson(db, personId);
    } catch {
      return null;
    }
  })();
  if (!p || p.caseId !== caseId) throw new AppError('VALIDATION', 'This person is not involved in this case.', { issues: [{ path, code: 'other-case' }] });
}

/** Changes what the patch names; returns which fields changed (for the audit entry). */
export function setItemPeople(db: Db, itemId: string, patch: ItemPeoplePatch, now: Date): { people: ItemPeople; changed: string[] } {
  const before = itemPeople(db, itemId);
  const caseId = itemRow(db, itemId).case_id;
  const next = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([k, v]) => k !== 'links' && v !== undefined)) } as ItemPeople;
  // Received from one giver: choosing a person clears the staff member and the other way round.
  if (patch.receivedFromPersonId) next.receivedFromStaffId = patch.receivedFromStaffId ?? null;
  if (patch.receivedFromStaffId) next.receivedFromPersonId = patch.receivedFromPersonId ?? null;
  if (next.receivedFromPersonId && next.receivedFromStaffId) throw new AppError('VALIDATION', 'An item is received from one giver.', { issues: [{ path: 'receivedFromPersonId', code: 'one-giver' }] });
  if (patch.capturedByStaffId && patch.capturedByStaffId !== before.capturedByStaffId) activeStaff(db, patch.capturedByStaffId, 'capturedByStaffId');
  if (next.receivedFromStaffId && next.receivedFromStaffId !== before.receivedFromStaffId) activeStaff(db, next.receivedFromStaffId, 'receivedFromStaffId');
  if (next.receivedFromPersonId) personOfCase(db, next.receivedFromPersonId, caseId, 'receivedFromPersonId');
  db.prepare('UPDATE evidence_items SET captured_by_staff_id = ?, received_from_staff_id = ?, received_from_person_id = ? WHERE id = ?').run(
    next.capturedByStaffId,
    next.receivedFromStaffId,
    next.receivedFromPersonId,
    itemId,
  );
  if (patch.links) {
    patch.links.forEach((l, i) => personOfCase(db, l.personId, caseId, `links.${i}.personId`));
    db.prepare('DELETE FROM item_person_links WHERE item_id = ?').run(itemId);
    const insert = db.prepare('INSERT OR IGNORE INTO item_person_links(case_id, item_id, person_id, link, created_at) VALUES (?, ?, ?, ?, ?)');
    for (const l of patch.links) insert.run(caseId, itemId, l.personId, l.link, now.toISOString());
  }
  const people = itemPeople(db, itemId);
  const changed: string[] = (['capturedByStaffId', 'receivedFromStaffId', 'receivedFromPersonId'] as const).filter((k) => people[k] !== before[k]);
  if (JSON.stringify(people.links) !== JSON.stringify(before.links)) changed.push('links');
  return { people, changed };
}

/**
 * The capturer and giver of new items: checked (an active staff member, a person of this case,
 * one giver), the capturer defaulting to the vault's default staff member, and the item's
 * capturer text naming that person rather than the vault (issue 15 item 1).
 */
export function withCaptureDefaults<M extends { capturedBy?: string; capturedByStaffId?: string | null; receivedFromStaffId?: string | null; receivedFromPersonId?: string | null }>(
  db: Db,
  caseId: string,
  meta: M,
  ownerName: string,
): M {
  const staffId = meta.capturedByStaffId === undefined ? defaultStaffId(db) : meta.capturedByStaffId;
  if (meta.capturedByStaffId) activeStaff(db, meta.capturedByStaffId, 'meta.capturedByStaffId');
  if (meta.receivedFromStaffId) activeStaff(db, meta.receivedFromStaffId, 'meta.receivedFromStaffId');
  if (meta.receivedFromPersonId) personOfCase(db, meta.receivedFromPersonId, caseId, 'meta.receivedFromPersonId');
  if (meta.receivedFromStaffId && meta.receivedFromPersonId) throw new AppError('VALIDATION', 'An item is received from one giver.', { issues: [{ path: 'meta.receivedFromPersonId', code: 'one-giver' }] });
  const capturer = findStaff(db, staffId);
  const live = capturer && !capturer.archived ? capturer : null;
  return { ...meta, capturedByStaffId: live?.id ?? null, capturedBy: meta.capturedBy ?? (live ? staffLabel(live) : ownerName) };
}
