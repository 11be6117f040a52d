/**
 * Who a case names (issue 15 items 1-4): its persons, the staff who captured or handed over
 * its items, and every other name the vault recorded for it (the owner name, the notices'
 * sender, the capturer texts of older items, who sent or checked a takedown request, who set a
 * legal hold). Invariants: every name the vault holds for the case is in `names` with the label
 * that replaces it in a redacted text; a person's label is their role and pseudonym
 * ("Slachtoffer A": letters in the order the persons were added, or the pseudonym the officer
 * chose); a staff member's is "Medewerker 1" with their function; nothing here reads free
 * text such as descriptions (that is left out, not redacted).
 */
import type { ItemPeople, Person } from '../../../shared/person-types';
import type { StaffMember } from '../../../shared/staff-types';
import { getSetting } from '../db/kv-store';
import type { Db } from '../db/open';
import { listItemPeople } from '../person/item-people';
import { listPersons } from '../person/person-repo';
import { staffInOrder, staffLabel } from '../staff/staff-repo';
import { readSettings } from '../settings/settings';
import { makeRedactor, type NameLabel, type Redactor } from './redact';
import { label, type PdfTranslate } from './pdf/pdf-messages';

/** A, B, ..., Z, AA, AB, ...: the letters that tell persons of one role apart. */
export function letterOf(n: number): string {
  let s = '';
  let k = n;
  do {
    s = String.fromCharCode(65 + (k % 26)) + s;
    k = Math.floor(k / 26) - 1;
  } while (k >= 0);
  return s;
}

export interface CasePeople {
  persons: Person[];
  staff: Map<string, StaffMember>;
  itemPeople: Map<string, ItemPeople>;
  /** Every name the vault holds for the case, with its replacement (longest first is the redactor's job). */
  names: NameLabel[];
  redact: Redactor;
  /** "Slachtoffer A" */
  personPseudonym(p: Person): string;
  /** "Medewerker 1 (SLB)" with the function redacted too. */
  staffPseudonym(s: StaffMember): string;
}

/** The name texts recorded on the case's rows that are not a person or a staff member. */
function recordedNames(db: Db, caseId: string): string[] {
  const q = (sql: string) => (db.prepare(sql).pluck().all(caseId) as (string | null)[]).filter((v): v is string => !!v && v.trim() !== '');
  return [
    ...q('SELECT captured_by FROM evidence_items WHERE case_id = ?'),
    ...q('SELECT assigned_officer FROM cases WHERE id = ?'),
    ...q('SELECT created_by FROM cases WHERE id = ?'),
    ...q('SELECT hold_set_by FROM cases WHERE id = ?'),
    ...q('SELECT created_by FROM occurrences WHERE case_id = ?'),
    ...q('SELECT created_by FROM takedown_requests WHERE case_id = ?'),
    ...q('SELECT sent_by FROM takedown_requests WHERE case_id = ?'),
    ...q('SELECT removal_checked_by FROM takedown_requests WHERE case_id = ?'),
    ...q('SELECT e.by FROM takedown_events e JOIN takedown_requests r ON r.id = e.request_id WHERE r.case_id = ?'),
    ...q('SELECT created_by FROM case_notes WHERE case_id = ?'),
    // Not the steps' owner: the template fills it with a function ("Vertrouwenspersoon"), and
    // the step plan is in no redacted text.
    ...q('SELECT done_by FROM case_steps WHERE case_id = ?'),
    // Who told someone something (issue 19); who was told is free text, left out or redacted.
    ...q('SELECT by_name FROM communication_log WHERE case_id = ?'),
  ];
}

export function casePeople(db: Db, caseId: string, ownerName: string, t: PdfTranslate): CasePeople {
  const persons = listPersons(db, caseId);
  // Numbered in the order they were added, so "Medewerker 1" stays the same person as the list grows.
  const staffList = staffInOrder(db);
  const staff = new Map(staffList.map((s) => [s.id, s]));
  const itemPeople = new Map(listItemPeople(db, caseId).map((p) => [p.itemId, p]));
  const letters = new Map(persons.map((p, i) => [p.id, letterOf(i)]));
  const staffNo = new Map(staffList.map((s, i) => [s.id, i + 1]));
  const personPseudonym = (p: Person) => `${label(t, 'role', p.role)} ${p.pseudonym.trim() || letters.get(p.id) || '?'}`;
  const names: NameLabel[] = [
    ...persons.map((p) => ({ name: p.name, label: personPseudonym(p) })),
    ...staffList.map((s) => ({ name: s.name, label: `${t('redact.staff')} ${staffNo.get(s.id) ?? ''}`.trim() })),
    ...staffList.map((s) => ({ name: staffLabel(s), label: `${t('redact.staff')} ${staffNo.get(s.id) ?? ''}`.trim() })),
  ];
  const owner = ownerName.trim();
  if (owner) names.push({ name: owner, label: t('redact.owner') });
  const sender = readSettings(db).senderName.trim();
  if (sender) names.push({ name: sender, label: t('redact.sender') });
  const storedOwner = (getSetting<string>(db, 'owner_name') ?? '').trim();
  if (storedOwner && storedOwner !== owner) names.push({ name: storedOwner, label: t('redact.owner') });
  const known = new Set(names.map((n) => n.name));
  for (const n of recordedNames(db, caseId)) if (!known.has(n)) names.push({ name: n, label: t('redact.someone') });
  const redact = makeRedactor(names);
  const staffPseudonym = (s: StaffMember) => {
    const base = `${t('redact.staff')} ${staffNo.get(s.id) ?? ''}`.trim();
    const role = redact(s.role.trim());
    return role ? `${base} (${role})` : base;
  };
  return { persons, staff, itemPeople, names, redact, personPseudonym, staffPseudonym };
}
