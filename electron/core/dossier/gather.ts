/**
 * Collects what one dossier profile may contain (issue: dossier export, "Profiles"; issue 15):
 *  - police: everything about the case except the officer's working notes, with the police
 *    page (what happened, offences, persons and their items, wishes, report and complaint
 *    deadline, who to call at school);
 *  - officer: adds the working notes, the step plan and the communication log (issue 19);
 *  - coordinator: takedown status only. Every name the vault holds for the case (persons,
 *    staff, capturers, givers, the owner, who sent or checked a request) is replaced by role +
 *    pseudonym everywhere — title, capturer, timeline, history, custody, manifest — and free
 *    text that cannot be redacted reliably (title, descriptions, file names, notes, URL paths,
 *    handles) is left out; no images or originals.
 * Invariants: an item whose bytes the minors rule forbids never gets an image loader or a file
 * in the bundle, whatever the profile; the renderer receives names already resolved (it never
 * looks one up); originals are named by item (originals-names.ts).
 * A video's "image" is its contact sheet of keyframes (docs/media.md "Dossier"); its original
 * goes into the bundle like an image's.
 */
import { EMPTY_POLICE_FACTS } from '../../../shared/case-types';
import { complaintDeadline } from '../../../shared/offences';
import type { EvidenceItem } from '../../../shared/evidence-types';
import type { ItemLink, Person } from '../../../shared/person-types';
import type { StaffMember } from '../../../shared/staff-types';
import type { DossierProfile } from '../../../shared/dossier-types';
import type { Occurrence, TakedownRequest } from '../../../shared/takedown-types';
import type { Session } from '../vault/session';
import { getCase } from '../case/case-repo';
import { listNotes } from '../note/note-repo';
import { getItemRow, listItems } from '../evidence/evidence-repo';
import { bytesForbidden } from '../evidence/policy';
import { listRequests } from '../takedown/takedown-repo';
import { DEFAULT_TIME_ZONE } from '../../../shared/time';
import { listSteps } from '../step/step-plan';
import { listEntries } from '../message/comm-log';
import { entriesAbout } from '../audit/audit-query';
import { defaultStaffId, staffLabel } from '../staff/staff-repo';
import { casePeople } from './case-people';
import { custodyGaps } from './custody-gaps';
import type { DossierData, DossierItem, DossierPerson, DossierPolice, DossierTakedown, OnlineState } from './dossier-data';
import { originalName } from './originals-names';
import { label, pdfText } from './pdf/pdf-messages';
import { withRecordedTimes } from './takedown-times';
import { listPlatforms, OTHER_PLATFORM_ID, resolvePlatformId } from '../platform/catalogue-repo';
import { captureInDossier } from '../capture/dossier-artefacts';

export interface BundleOriginal {
  itemId: string;
  path: string;
  blobId: string;
  sha256: string;
  size: number;
}

export type GatheredDossier = Omit<DossierData, 'integrity'> & { originals: BundleOriginal[] };

/** "www.instagram.com/…": where it is, without the path (it may hold a name or an account). */
export function siteOf(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname.length > 1 || u.search ? `${u.host}/…` : u.host;
  } catch {
    return '';
  }
}

/**
 * A request's target as the coordinator may read it: the website without the path, and for a
 * target without a URL its kind only (a group or account name may hold a name).
 */
function forCoordinator(o: Occurrence): Occurrence {
  return { ...o, url: siteOf(o.url), identifier: o.url ? o.identifier : '', inAppRoute: '', platformDescription: '' };
}

/** What the item's takedown requests say about whether it is still online (any of their targets). */
function onlineState(it: EvidenceItem, requests: readonly TakedownRequest[]): OnlineState | null {
  const mine = requests.filter((r) => r.occurrences.some((o) => o.itemId === it.id || (it.url !== '' && o.url === it.url)));
  if (mine.length === 0) return null;
  const checked = mine.filter((r) => r.removalCheck).sort((a, b) => b.removalCheck!.checkedAt.localeCompare(a.removalCheck!.checkedAt))[0];
  if (checked?.removalCheck) return { state: 'gone', at: checked.removalCheck.checkedAt, by: checked.removalCheck.checkedBy };
  const removed = mine.find((r) => r.status === 'removed');
  if (removed) return { state: 'removed', at: removed.decisionAt };
  return { state: 'online', at: it.seenAt ?? it.capturedAt };
}

export interface GatherOptions {
  recipient: string;
  organisation: string;
  /** Who exports; default: the vault's default staff member, else its owner name. */
  exportedByStaffId?: string;
}

export function gatherDossier(session: Session, caseId: string, profile: DossierProfile, lang: 'nl' | 'en', o: GatherOptions): GatheredDossier {
  const db = session.db;
  const c = getCase(db, caseId);
  const now = session.clock.now();
  const t = pdfText(lang);
  const coordinator = profile === 'coordinator';
  const withBytes = !coordinator;
  const people = casePeople(db, caseId, session.ownerName, t);
  const { redact } = people;
  const personById = new Map(people.persons.map((p) => [p.id, p]));
  const personName = (p: Person) => (coordinator ? people.personPseudonym(p) : p.name);
  const staffName = (s: StaffMember) => (coordinator ? people.staffPseudonym(s) : staffLabel(s));
  const staffOf = (id: string | null | undefined) => (id ? (people.staff.get(id) ?? null) : null);
  const requests = listRequests(db, { caseId }, now);
  // Each item's platform by its catalogue name ("x" and "X" are "X (Twitter)"), so the
  // summary lists a platform once; a platform the catalogue does not know keeps its text.
  const catalogue = listPlatforms(db);
  const catalogueName = (typed: string, url: string) => {
    const id = resolvePlatformId(db, typed.trim() || undefined, url || undefined);
    const hit = catalogue.find((p) => p.id === id);
    return id === OTHER_PLATFORM_ID || !hit ? typed.trim() : hit.name;
  };

  const originals: BundleOriginal[] = [];
  const items: DossierItem[] = listItems(db, caseId).map((it: EvidenceItem) => {
    const row = getItemRow(db, it.id);
    const ip = people.itemPeople.get(it.id);
    const capturer = staffOf(ip?.capturedByStaffId);
    const giverStaff = staffOf(ip?.receivedFromStaffId);
    const giverPerson = ip?.receivedFromPersonId ? personById.get(ip.receivedFromPersonId) : undefined;
    const receivedFrom = giverStaff ? staffName(giverStaff) : giverPerson ? (coordinator ? personName(giverPerson) : `${giverPerson.name} (${label(t, 'role', giverPerson.role).toLowerCase()})`) : '';
    const links = (['shown', 'posted', 'shared'] as const)
      .map((link: ItemLink) => ({ link, who: (ip?.links ?? []).filter((l) => l.link === link).map((l) => personById.get(l.personId)).filter((p): p is Person => !!p).map(personName) }))
      .filter((l) => l.who.length > 0);
    // Held back by the minors rule (a near copy of known material, an age to confirm): no bytes either.
    const forbidden = bytesForbidden({ caseCategory: c.category, sexual: it.sexual, minor: it.minor }) || it.hidden !== null;
    const resolved = { ...it, capturedBy: capturer ? staffName(capturer) : coordinator ? redact(it.capturedBy) : it.capturedBy };
    const base: DossierItem = coordinator
      ? { ...resolved, url: siteOf(it.url), handle: '', description: '', platformDescription: '', fileName: null, bundlePath: null, receivedFrom, links, online: onlineState(it, requests), vpdq: row.vpdq }
      : { ...resolved, bundlePath: null, receivedFrom, links, online: onlineState(it, requests), vpdq: row.vpdq };
    if (!withBytes || forbidden || !row.blob_id || !it.sha256 || it.size === null) return base;
    const path = originalName(it);
    originals.push({ itemId: it.id, path, blobId: row.blob_id, sha256: it.sha256, size: it.size });
    const blobId = row.blob_id;
    const sheetId = row.sheet_blob_id;
    const loadImage = it.kind === 'image' ? () => session.blobs.get(blobId) : it.kind === 'video' && sheetId ? () => session.blobs.get(sheetId) : undefined;
    return { ...base, bundlePath: path, loadImage };
  });

  // Web captures (issue 18): provenance and artefact hashes listed; the artefacts' files go
  // into the bundle wherever the item's own original does.
  if (!coordinator) {
    for (const it of items) {
      const cap = captureInDossier(db, it.id, it.bundlePath);
      if (!cap) continue;
      it.capture = cap.capture;
      originals.push(...cap.files);
    }
  }

  const platforms = [...new Set(items.map((i) => catalogueName(i.platform, coordinator ? '' : i.url)).filter(Boolean))];
  const labelOf = new Map(items.map((i) => [i.id, i.label]));
  const persons: DossierPerson[] = people.persons.map((p) => {
    const itemLinks: DossierPerson['itemLinks'] = [];
    for (const [itemId, ip] of people.itemPeople) {
      const lbl = labelOf.get(itemId) ?? '';
      for (const l of ip.links) if (l.personId === p.id) itemLinks.push({ label: lbl, link: l.link });
      if (ip.receivedFromPersonId === p.id) itemLinks.push({ label: lbl, link: 'gave' });
    }
    return coordinator ? { ...p, name: personName(p), isPseudonym: true, contactNotes: '', itemLinks } : { ...p, itemLinks };
  });

  const takedowns: DossierTakedown[] = withRecordedTimes(db, requests).map((r) =>
    coordinator
      ? {
          ...r,
          occurrence: forCoordinator(r.occurrence),
          occurrences: r.occurrences.map(forCoordinator),
          sentBy: r.sentBy === null ? null : redact(r.sentBy),
          reference: r.reference === null ? null : redact(r.reference),
          removalCheck: r.removalCheck ? { checkedAt: r.removalCheck.checkedAt, checkedBy: redact(r.removalCheck.checkedBy), method: '' } : null,
          noticeExplanation: null,
          history: r.history.map((h) => ({ ...h, by: redact(h.by), reference: h.reference === null ? null : redact(h.reference), note: null })),
        }
      : r,
  );

  const noteIds = listNotes(db, caseId).map((n) => n.id);
  const steps = listSteps(db, caseId, now);
  const officer = profile === 'officer';
  const messages = listEntries(db, caseId);
  const messageIds = messages.map((m) => m.id);
  const subjects = [caseId, ...items.map((i) => i.id), ...people.persons.map((p) => p.id), ...takedowns.map((r) => r.id), ...(officer ? [...noteIds, ...steps.map((st) => st.id), ...messageIds] : [])];
  const entries = entriesAbout(db, subjects, c.ref);
  const custody = coordinator ? entries.map((e) => ({ ...e, actor: redact(e.actor), details: {} })) : entries;
  const gaps = custodyGaps(
    db,
    custody.map((e) => e.seq),
    { notes: new Set(officer ? [] : noteIds), steps: new Set(officer ? [] : steps.map((st) => st.id)), communication: new Set(officer ? [] : messageIds) },
  );

  const exporter = staffOf(o.exportedByStaffId ?? defaultStaffId(db));
  const exportedBy = exporter && !exporter.archived ? staffName(exporter) : coordinator ? redact(session.ownerName) : session.ownerName;

  const gathered: GatheredDossier = {
    profile,
    lang,
    timeZone: DEFAULT_TIME_ZONE,
    case: coordinator
      ? {
          ...c,
          title: t('coordinator.caseTitle', { ref: c.ref, category: label(t, 'category', c.category).toLowerCase() }),
          description: '',
          assignedOfficer: redact(c.assignedOfficer),
          createdBy: redact(c.createdBy),
          tags: [],
          hold: c.hold ? { ...c.hold, reason: '', setBy: redact(c.hold.setBy) } : null,
          police: EMPTY_POLICE_FACTS,
          platforms,
        }
      : { ...c, platforms },
    recipient: coordinator ? redact(o.recipient) : o.recipient,
    exportedAt: now.toISOString(),
    exportedBy,
    organisation: o.organisation,
    persons,
    items,
    takedowns,
    custody,
    custodyGaps: gaps,
    police: coordinator ? null : policeOf(c.police, staffOf(c.police.contactStaffId ?? defaultStaffId(db))),
    notes: officer ? listNotes(db, caseId) : null,
    stepPlan: officer ? steps.map((st) => ({ title: st.title, owner: st.owner, dueDate: st.dueDate, doneAt: st.doneAt, doneBy: st.doneBy, notes: st.notes })) : null,
    communication: officer
      ? messages.map((m) => ({ at: m.at, by: m.by, audience: m.audience, to: m.to, how: m.how, template: m.templateTitle, subject: m.subject, text: m.text, note: m.note, followUp: m.followUp, ticked: m.ticked.map((st) => st.title) }))
      : null,
    originals,
  };
  // The last line of defence: any name that reached a string of the coordinator's data anyway.
  return coordinator ? scrub(gathered, redact) : gathered;
}

/**
 * Fields that hold ids, hashes, codes and enum values, never a name: a redaction there could
 * only damage them (a person named like a status must not turn "sent" into a label).
 */
const OPAQUE = new Set([
  'id', 'caseId', 'identityId', 'itemId', 'blobId', 'sha256', 'pdq', 'hash', 'subject', 'platformId', 'targetPlatformId', 'path', 'bundlePath', 'mime', 'timeZone',
  'profile', 'lang', 'kind', 'category', 'status', 'role', 'affiliation', 'minor', 'captureMethod', 'channel', 'link', 'reason', 'state', 'from', 'to', 'decision', 'offences', 'reportKind',
]);

function scrub<T>(value: T, redact: (s: string) => string, key = ''): T {
  if (typeof value === 'string') return (OPAQUE.has(key) ? value : redact(value)) as T;
  if (Array.isArray(value)) return value.map((v) => scrub(v, redact, key)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'function' ? v : scrub(v, redact, k)])) as T;
  }
  return value;
}

function policeOf(f: typeof EMPTY_POLICE_FACTS, contact: StaffMember | null): DossierPolice {
  const due = complaintDeadline(f.offences, f.victimAwareOn);
  const complaint = due.applies ? { deadline: due.deadline } : null;
  return {
    summary: f.summary,
    offences: f.offences,
    victimWishes: f.victimWishes,
    reportKind: f.reportKind,
    reportDate: f.reportDate,
    policeReference: f.policeReference,
    victimAwareOn: f.victimAwareOn,
    complaint,
    contact: contact ? { name: contact.name, role: contact.role, phone: contact.phone, email: contact.email } : null,
  };
}
