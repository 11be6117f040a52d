/**
 * The inspection report (right of access, art. 15 AVG): everything the vault holds about one
 * person. The same person can appear in several cases; until persons are identities of their
 * own they are matched by name, case- and accent-insensitively. Working notes stay out (they
 * are the officer's own, docs/domain.md "Privacy (AVG)").
 */
import type { PersonReport } from '../../../shared/contract-person';
import { getCase } from '../case/case-repo';
import type { Db } from '../db/open';
import { listItems } from '../evidence/evidence-repo';
import { listRequests } from '../takedown/takedown-repo';
import { getPerson, listPersons } from './person-repo';

/** Accent- and case-insensitive name key; NFD does not split ı, ł, ø, đ or ß, so map those too. */
export function foldName(x: string): string {
  const extra: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' };
  return x.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[ıłøđßæœ]/g, (ch) => extra[ch] ?? ch).replace(/\s+/g, ' ').trim();
}

export function personReport(db: Db, personId: string, now: Date): PersonReport {
  const p = getPerson(db, personId);
  const all = (db.prepare('SELECT DISTINCT case_id FROM persons').all() as { case_id: string }[]).flatMap((r) => listPersons(db, r.case_id));
  const records = all
    .filter((x) => foldName(x.name) === foldName(p.name))
    .map((person) => {
      const c = getCase(db, person.caseId);
      return {
        person: { ...person },
        case: { ref: c.ref, title: c.title, category: c.category, status: c.status, openedAt: c.openedAt, closedAt: c.closedAt, description: c.description },
        items: listItems(db, c.id).map((i) => ({ label: i.label, kind: i.kind, platform: i.platform, url: i.url, handle: i.handle, seenAt: i.seenAt, capturedAt: i.capturedAt, description: i.description, sha256: i.sha256 })),
        takedowns: listRequests(db, { caseId: c.id }, now).map((r) => ({ platform: r.platformName, url: r.occurrence.url, status: r.status, sentAt: r.sentAt, decisionAt: r.decisionAt })),
      };
    });
  return { generatedAt: now.toISOString(), records };
}
