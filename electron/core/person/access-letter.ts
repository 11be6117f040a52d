/**
 * What the access letter (art. 15 AVG, issue 15 item 4) says about one person: for every case
 * their identity appears in, their own record, the evidence items that concern them (shown on,
 * posted, shared, handed over), the takedown requests about those items, whether a police
 * dossier went out, and how long the case is kept. Invariants (art. 15(4): the copy must not
 * harm the rights of others): nothing names another person — no other person's or staff
 * member's name, no case title or description, no item description or file name, no URL path
 * or account (only the website), no takedown note; the person's own contact notes pass through
 * a redactor holding every other name the vault has for those cases; the officer's working
 * notes are never read; items that do not concern the person are only counted; the lines of
 * the communication log that concern them (issue 19) say when, how, to whom and with which
 * template, with who-was-told and the agreements through the same redactor, never the
 * message text (it may quote others, and they received it). With
 * `withholdPolice` (art. 41 UAVG, chosen by the officer) nothing says the police received
 * anything or that a police case keeps the case (nor a log line to the police).
 */
import type { CaseCategory, CaseStatus, HoldKind, Tristate } from '../../../shared/case-types';
import type { CaptureMethod, EvidenceKind } from '../../../shared/evidence-types';
import type { AccessRequest, Affiliation, ItemLink, PersonRole } from '../../../shared/person-types';
import type { TakedownStatus } from '../../../shared/takedown-types';
import { getCase } from '../case/case-repo';
import type { Db } from '../db/open';
import { casePeople } from '../dossier/case-people';
import { siteOf } from '../dossier/gather';
import { pdfText } from '../dossier/pdf/pdf-messages';
import { makeRedactor } from '../dossier/redact';
import { listItems } from '../evidence/evidence-repo';
import { purgeDateOf, retentionYearsOf } from '../retention/purge';
import { readSettings } from '../settings/settings';
import { listRequests } from '../takedown/takedown-repo';
import { getPerson, identityRows } from './person-repo';
import { entriesAbout } from '../message/comm-log';
import type { Audience, ContactWay } from '../../../shared/message-types';

export interface LetterItem {
  label: string;
  kind: EvidenceKind;
  site: string;
  how: (ItemLink | 'gave')[];
  seenAt: string | null;
  capturedAt: string;
  captureMethod: CaptureMethod;
  /** Where the school got it: itself, a staff member, or a person in this role (never who). */
  source: { from: 'school' } | { from: 'staff' } | { from: 'person'; role: PersonRole };
}

export interface LetterCase {
  ref: string;
  category: CaseCategory;
  status: CaseStatus;
  openedAt: string;
  closedAt: string | null;
  role: PersonRole;
  affiliation: Affiliation;
  minor: Tristate;
  isPseudonym: boolean;
  contactNotes: string;
  items: LetterItem[];
  takedowns: { platform: string; status: TakedownStatus; sentAt: string | null }[];
  otherItems: number;
  otherPersons: number;
  policeDossiers: string[];
  /** Lines of the communication log about the person (issue 19). */
  messages: { at: string; how: ContactWay; audience: Audience; to: string; template: string | null; note: string; followUp: boolean }[];
  retention: { years: number; purgeDate: string | null; hold: HoldKind | null };
}

export interface LetterData {
  lang: 'nl' | 'en';
  generatedAt: string;
  organisation: string;
  contactEmail: string;
  name: string;
  request: Pick<AccessRequest, 'receivedOn' | 'dueOn' | 'extensionReason'> | null;
  cases: LetterCase[];
  /** Platforms and bodies that received items about the person, and the police when a dossier went there. */
  recipients: string[];
  police: boolean;
}

/** The police as the target of a takedown request (takedown/takedown-repo.ts CHANNEL_TARGET). */
const POLICE_TARGETS = new Set(['police']);

export function gatherLetter(db: Db, personId: string, ownerName: string, lang: 'nl' | 'en', now: Date, request: AccessRequest | null, withholdPolice = false): LetterData {
  const me = getPerson(db, personId);
  const rows = identityRows(db, me.identityId);
  const settings = readSettings(db);
  const t = pdfText(lang);
  // Every other name the vault holds for these cases, to keep out of the person's own notes.
  const others = rows.flatMap((r) => casePeople(db, r.caseId, ownerName, t).names).filter((n) => !rows.some((r) => r.name === n.name));
  const redact = makeRedactor(others.map((n) => ({ name: n.name, label: t('redact.someone') })));
  const recipients = new Set<string>();
  let police = false;
  const cases: LetterCase[] = rows.map((row) => {
    const c = getCase(db, row.caseId);
    const people = casePeople(db, c.id, ownerName, t);
    const items = listItems(db, c.id);
    const mine = items
      .map((it) => {
        const ip = people.itemPeople.get(it.id);
        const how: LetterItem['how'] = [...(ip?.links ?? []).filter((l) => l.personId === row.id).map((l) => l.link), ...(ip?.receivedFromPersonId === row.id ? (['gave'] as const) : [])];
        const giver = ip?.receivedFromPersonId ? people.persons.find((p) => p.id === ip.receivedFromPersonId) : undefined;
        const source: LetterItem['source'] = ip?.receivedFromStaffId ? { from: 'staff' } : giver && giver.id !== row.id ? { from: 'person', role: giver.role } : { from: 'school' };
        return { it, how, source };
      })
      .filter((x) => x.how.length > 0);
    const mineIds = new Set(mine.map((x) => x.it.id));
    const takedowns = listRequests(db, { caseId: c.id }, now).filter((r) => r.occurrences.some((o) => (o.itemId && mineIds.has(o.itemId)) || mine.some((x) => x.it.url !== '' && x.it.url === o.url)));
    // Art. 41 UAVG: when the officer withholds it, nothing says the police received anything.
    const shown = withholdPolice ? takedowns.filter((r) => r.channel !== 'police' && !POLICE_TARGETS.has(r.targetPlatformId)) : takedowns;
    for (const r of shown) recipients.add(redact(r.platformName));
    const policeDossiers = withholdPolice
      ? []
      : (db.prepare(`SELECT at FROM audit_log WHERE kind = 'dossier.exported' AND subject = ? AND redacted = 0 AND json_extract(details, '$.profile') = 'police' ORDER BY seq`).pluck().all(c.id) as string[]);
    if (policeDossiers.length && mine.length) police = true;
    const years = retentionYearsOf(c, settings.retentionYears);
    return {
      ref: c.ref,
      category: c.category,
      status: c.status,
      openedAt: c.openedAt,
      closedAt: c.closedAt,
      role: row.role,
      affiliation: row.affiliation,
      minor: row.minor,
      isPseudonym: row.isPseudonym,
      contactNotes: redact(row.contactNotes),
      items: mine.map(({ it, how, source }) => ({ label: it.label, kind: it.kind, site: redact(siteOf(it.url) || it.platform), how, seenAt: it.seenAt, capturedAt: it.capturedAt, captureMethod: it.captureMethod, source })),
      takedowns: shown.map((r) => ({ platform: redact(r.platformName), status: r.status, sentAt: r.sentAt })),
      otherItems: items.length - mine.length,
      otherPersons: people.persons.length - 1,
      policeDossiers,
      messages: entriesAbout(db, row.id)
        .filter((m) => !(withholdPolice && m.audience === 'police'))
        .map((m) => ({ at: m.at, how: m.how, audience: m.audience, to: redact(m.to), template: m.templateTitle, note: redact(m.note), followUp: m.followUp })),
      retention: { years, purgeDate: purgeDateOf(c.closedAt, years), hold: c.hold ? (withholdPolice ? 'other' : c.hold.kind) : null },
    };
  });
  return {
    lang,
    generatedAt: now.toISOString(),
    organisation: redact(settings.senderOrganisation),
    contactEmail: settings.senderEmail,
    name: me.name,
    request: request ? { receivedOn: request.receivedOn, dueOn: request.dueOn, extensionReason: request.extensionReason === null ? null : redact(request.extensionReason) } : null,
    cases,
    recipients: [...recipients].sort((a, b) => a.localeCompare(b)),
    police,
  };
}
