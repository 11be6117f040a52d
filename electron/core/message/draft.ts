/**
 * A message draft (issue 19 item 1; docs/communication.md "Templates and drafts"): one
 * template filled with one case's facts in one language. Invariants: only the facts in
 * MESSAGE_FACTS are filled, and only where the template asks for them; a fact the case does
 * not have becomes a visible "[vul in: ...]" and is reported as missing, never guessed; in a
 * message to a group every name and pseudonym of a person in the case is replaced by
 * "[naam weggelaten]" after filling (a contact person's or the school's name might be
 * spelled like one), and counted.
 */
import { translators } from '../../../shared/catalogue';
import type { CaseDetail } from '../../../shared/case-types';
import { FACT_PATTERN, MESSAGE_FACTS, isGroupAudience, type MessageDraft, type MessageFact, type MessageTemplate } from '../../../shared/message-types';
import type { StaffMember } from '../../../shared/staff-types';
import { formatCalendarDate, localDate } from '../../../shared/time';
import { getCase } from '../case/case-repo';
import type { Db } from '../db/open';
import { listPlatforms, OTHER_PLATFORM_ID, resolvePlatformId } from '../platform/catalogue-repo';
import { readSettings } from '../settings/settings';
import { defaultStaffId, getStaff } from '../staff/staff-repo';
import { listItems } from '../evidence/evidence-repo';
import { draftWordsEn } from './draft-words-en';
import { draftWordsNl } from './draft-words-nl';
import { caseNames, withholdNames } from './minimise';

const words = translators({ nl: draftWordsNl, en: draftWordsEn });

/** The platforms the case's items are on, by their catalogue names ("x" and "X" are "X (Twitter)"), in the order first seen. */
function platformNames(db: Db, caseId: string): string[] {
  const catalogue = listPlatforms(db);
  const out: string[] = [];
  for (const it of listItems(db, caseId)) {
    const id = resolvePlatformId(db, it.platform.trim() || undefined, it.url || undefined);
    const hit = catalogue.find((p) => p.id === id);
    const name = id === OTHER_PLATFORM_ID || !hit ? it.platform.trim() : hit.name;
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

function joinList(items: string[], lang: 'nl' | 'en'): string {
  if (items.length <= 1) return items[0] ?? '';
  return words[lang]('list.last', { first: items.slice(0, -1).join(', '), last: items[items.length - 1]! });
}

/** The staff member a message names as contact: the one chosen, else the case's police contact, else the vault's default. */
export function contactOf(db: Db, c: CaseDetail, contactStaffId: string | null | undefined): StaffMember | null {
  const id = contactStaffId ?? c.police.contactStaffId ?? defaultStaffId(db);
  return id ? getStaff(db, id) : null;
}

/** Every fact of the case, in one language ('' where the case does not have it). */
export function caseFacts(db: Db, caseId: string, lang: 'nl' | 'en', now: Date, contactStaffId?: string | null): Record<MessageFact, string> {
  const c = getCase(db, caseId);
  const settings = readSettings(db);
  const contact = contactOf(db, c, contactStaffId);
  return {
    ref: c.ref,
    openedOn: formatCalendarDate(localDate(new Date(c.openedAt)), lang),
    today: formatCalendarDate(localDate(now), lang),
    contactName: contact?.name.trim() ?? '',
    contactRole: contact?.role.trim() ?? '',
    contactPhone: contact?.phone.trim() ?? '',
    contactEmail: contact?.email.trim() ?? '',
    platforms: joinList(platformNames(db, caseId), lang),
    organisation: settings.senderOrganisation.trim(),
    policeReference: c.police.policeReference.trim(),
    policyUrl: settings.policyUrl.trim(),
  };
}

const isFact = (name: string): name is MessageFact => (MESSAGE_FACTS as readonly string[]).includes(name);

/** The text with its placeholders filled; which facts were filled and which were missing. */
export function fillFacts(text: string, facts: Record<MessageFact, string>, lang: 'nl' | 'en'): { text: string; filled: Set<MessageFact>; missing: Set<MessageFact> } {
  const filled = new Set<MessageFact>();
  const missing = new Set<MessageFact>();
  const out = text.replace(FACT_PATTERN, (whole, name: string) => {
    // The save refuses unknown placeholders; one in an old edited set stays as typed.
    if (!isFact(name)) return whole;
    const value = facts[name];
    if (value) {
      filled.add(name);
      return value;
    }
    missing.add(name);
    return words[lang]('missing', { what: words[lang](`fact.${name}`) });
  });
  return { text: out, filled, missing };
}

export function draftMessage(db: Db, caseId: string, template: MessageTemplate, lang: 'nl' | 'en', now: Date, contactStaffId?: string | null): MessageDraft {
  const facts = caseFacts(db, caseId, lang, now, contactStaffId);
  const subject = fillFacts(template.subject[lang], facts, lang);
  const body = fillFacts(template.body[lang], facts, lang);
  const group = isGroupAudience(template.audience);
  let withheld = 0;
  let subjectText = subject.text;
  let bodyText = body.text;
  if (group) {
    const names = caseNames(db, caseId);
    const marker = words[lang]('withheld');
    const s = withholdNames(subjectText, names, marker);
    const b = withholdNames(bodyText, names, marker);
    subjectText = s.text;
    bodyText = b.text;
    withheld = s.count + b.count;
  }
  const filled = MESSAGE_FACTS.filter((f) => subject.filled.has(f) || body.filled.has(f));
  const missing = MESSAGE_FACTS.filter((f) => subject.missing.has(f) || body.missing.has(f));
  return {
    templateId: template.id,
    audience: template.audience,
    group,
    lang,
    title: template.title[lang],
    purpose: template.purpose[lang],
    neverContains: template.neverContains[lang],
    subject: subjectText,
    body: bodyText,
    filled,
    missing,
    withheld,
  };
}
