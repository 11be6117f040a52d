/**
 * The school's staff list (issue 15 item 1). Invariants: a staff member is never deleted while
 * anything refers to them (archived instead, so an item keeps naming who captured it); at most
 * one is the vault's default (the key 'default_staff_id'), and an archived one is not; names
 * are never audit details (entries carry ids and which fields changed).
 */
import { randomUUID } from 'node:crypto';
import type { StaffMember } from '../../../shared/staff-types';
import { AppError } from '../../../shared/errors';
import { getSetting, setSetting } from '../db/kv-store';
import type { Db } from '../db/open';

const DEFAULT_KEY = 'default_staff_id';

interface StaffRow {
  id: string;
  name: string;
  role: string;
  phone: string;
  email: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export function defaultStaffId(db: Db): string | null {
  return getSetting<string | null>(db, DEFAULT_KEY) ?? null;
}

function toStaff(r: StaffRow, defaultId: string | null): StaffMember {
  return {
    id: r.id,
    name: r.name,
    role: r.role,
    phone: r.phone,
    email: r.email,
    archived: r.archived_at !== null,
    isDefault: r.id === defaultId,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function listStaff(db: Db, includeArchived = false): StaffMember[] {
  const d = defaultStaffId(db);
  const rows = db.prepare(`SELECT * FROM staff ${includeArchived ? '' : 'WHERE archived_at IS NULL'} ORDER BY name COLLATE NOCASE, created_at`).all() as StaffRow[];
  return rows.map((r) => toStaff(r, d));
}

/** Every staff member in the order they were added (archived ones too): how redacted profiles number them. */
export function staffInOrder(db: Db): StaffMember[] {
  const d = defaultStaffId(db);
  return (db.prepare('SELECT * FROM staff ORDER BY created_at, rowid').all() as StaffRow[]).map((r) => toStaff(r, d));
}

export function getStaff(db: Db, id: string): StaffMember {
  const r = db.prepare('SELECT * FROM staff WHERE id = ?').get(id) as StaffRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', 'This staff member does not exist.', { entity: 'staff' });
  return toStaff(r, defaultStaffId(db));
}

/** The staff member, or null when the id is null or names nobody (an item keeps its old text then). */
export function findStaff(db: Db, id: string | null | undefined): StaffMember | null {
  if (!id) return null;
  const r = db.prepare('SELECT * FROM staff WHERE id = ?').get(id) as StaffRow | undefined;
  return r ? toStaff(r, defaultStaffId(db)) : null;
}

/** An active staff member by id, for a new link (an archived one is refused). */
export function activeStaff(db: Db, id: string, path: string): StaffMember {
  const s = findStaff(db, id);
  if (!s) throw new AppError('VALIDATION', 'This staff member does not exist.', { issues: [{ path, code: 'unknown-staff' }] });
  if (s.archived) throw new AppError('VALIDATION', 'This staff member is archived.', { issues: [{ path, code: 'archived-staff' }] });
  return s;
}

export interface StaffFields {
  name: string;
  role?: string;
  phone?: string;
  email?: string;
}

export function addStaff(db: Db, f: StaffFields, now: Date): StaffMember {
  const id = randomUUID();
  const at = now.toISOString();
  db.prepare('INSERT INTO staff(id, name, role, phone, email, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(id, f.name, f.role ?? '', f.phone ?? '', f.email ?? '', at, at);
  return getStaff(db, id);
}

export function updateStaff(db: Db, id: string, patch: Partial<StaffFields> & { archived?: boolean }, now: Date): StaffMember {
  const b = getStaff(db, id);
  const archivedAt = patch.archived === undefined ? (b.archived ? (db.prepare('SELECT archived_at FROM staff WHERE id = ?').pluck().get(id) as string) : null) : patch.archived ? now.toISOString() : null;
  db.prepare('UPDATE staff SET name = ?, role = ?, phone = ?, email = ?, archived_at = ?, updated_at = ? WHERE id = ?').run(
    patch.name ?? b.name,
    patch.role ?? b.role,
    patch.phone ?? b.phone,
    patch.email ?? b.email,
    archivedAt,
    now.toISOString(),
    id,
  );
  if (archivedAt && defaultStaffId(db) === id) setSetting(db, DEFAULT_KEY, null);
  return getStaff(db, id);
}

export function setDefaultStaff(db: Db, id: string | null): void {
  if (id !== null) activeStaff(db, id, 'staffId');
  setSetting(db, DEFAULT_KEY, id);
}

/** "Sanne Bakker (studieloopbaanbegeleider)": how a dossier or notice names a staff member. */
export function staffLabel(s: Pick<StaffMember, 'name' | 'role'>): string {
  return s.role.trim() ? `${s.name} (${s.role.trim()})` : s.name;
}

/** Who acts, in words: the chosen or default staff member, else the vault's owner name. */
export function actingName(db: Db, ownerName: string, staffId?: string | null): string {
  const s = findStaff(db, staffId ?? defaultStaffId(db));
  return s && !s.archived ? staffLabel(s) : ownerName;
}

/** The vault's staff member as the sender of a notice (DSA art. 16(2)(c) needs a name and an e-mail address), or null. */
export function staffSender(db: Db, organisation: string): { name: string; email: string; organisation?: string; role?: string } | null {
  const s = findStaff(db, defaultStaffId(db));
  if (!s || s.archived || !s.email) return null;
  return { name: s.name, email: s.email, ...(organisation ? { organisation } : {}), ...(s.role ? { role: s.role } : {}) };
}
