/**
 * The builders tests/helpers/dossier-fixture.ts assembles its DossierData from: ids, persons,
 * items and takedowns with their status histories (no vault, no real people).
 */
import type { EvidenceItem } from '../../shared/evidence-types';
import type { Person } from '../../shared/person-types';
import type { TakedownRequest } from '../../shared/takedown-types';
import type { DossierItem, DossierPerson, DossierTakedown } from '../../electron/core/dossier/dossier-data';

export const CASE_REF = '2026-007';

export const hex = (seed: number, len = 64) => {
  let s = '';
  let x = seed * 2654435761;
  while (s.length < len) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += x.toString(16).padStart(8, '0');
  }
  return s.slice(0, len);
};

export const uuid = (n: number) => `${hex(n, 8)}-${hex(n + 1, 4)}-4${hex(n + 2, 3)}-8${hex(n + 3, 3)}-${hex(n + 4, 12)}`;

export function person(n: number, name: string, role: Person['role'], affiliation: Person['affiliation'], minor: Person['minor'], itemLinks: DossierPerson['itemLinks'] = []): DossierPerson {
  return { id: uuid(100 + n), caseId: uuid(1), identityId: uuid(100 + n), role, name, isPseudonym: false, affiliation, minor, contactNotes: '', pseudonym: '', createdAt: '2026-11-20T20:00:00Z', updatedAt: '2026-11-20T20:00:00Z', itemLinks };
}

export function item(n: number, over: Partial<EvidenceItem>): EvidenceItem {
  return {
    id: uuid(200 + n),
    caseId: uuid(1),
    caseRef: CASE_REF,
    itemNo: n,
    label: `${CASE_REF}/${n}`,
    kind: 'image',
    platform: '',
    url: '',
    handle: '',
    postedAt: null,
    seenAt: null,
    capturedAt: '2026-11-20T19:50:33Z',
    timeZone: 'Europe/Amsterdam',
    capturedBy: 'J. Bakker',
    captureMethod: 'own-screenshot',
    description: '',
    sexual: false,
    violence: false,
    minor: 'unknown',
    fileName: null,
    mime: null,
    size: null,
    width: null,
    height: null,
    sha256: null,
    pdq: null,
    pdqQuality: null,
    hasOriginal: false,
    hasThumbnail: false,
    hasSheet: false,
    media: null,
    vpdqFrames: null,
    createdAt: '2026-11-20T19:50:33Z',
    hidden: null,
    capturedByStaffId: null,
    receivedFromStaffId: null,
    receivedFromPersonId: null,
    ...over,
  };
}

/** What the exporter adds to an item: nobody handed it over, no links, no takedown state. */
export const plain: Pick<DossierItem, 'receivedFrom' | 'links' | 'online'> = { receivedFrom: '', links: [], online: null };

export type Hist = [string, TakedownRequest['status'] | null, TakedownRequest['status'], string | null, string | null];

export function takedown(n: number, platformName: string, platformId: string, url: string, status: TakedownRequest['status'], history: Hist[], overdue = false, where = { id: platformId, name: platformName }): DossierTakedown {
  const sent = history.find((h) => h[2] === 'sent');
  const ref = [...history].reverse().find((h) => h[3])?.[3] ?? null;
  const last = history[history.length - 1];
  const occ = {
    id: uuid(400 + n), caseId: uuid(1), itemId: null, platformId: where.id, platformName: where.name, targetKind: 'url' as const, url, identifier: '', inAppRoute: '',
    category: null, minor: 'unknown' as const, platformDescription: '', createdAt: history[0]?.[0] ?? '',
  };
  return {
    id: uuid(300 + n),
    caseId: uuid(1),
    caseRef: CASE_REF,
    occurrence: occ,
    occurrences: [occ],
    targetPlatformId: platformId,
    platformName,
    channel: platformId === 'tiktok' ? 'in-app' : 'web-form',
    status,
    sentAt: sent?.[0] ?? null,
    sentBy: sent ? 'J. Bakker' : null,
    reference: ref,
    deadlineAt: null,
    deadlineDate: overdue ? '2026-06-21' : null,
    nextFollowUpAt: null,
    nextFollowUpDate: overdue ? '2026-06-21' : null,
    overdue,
    decision: status === 'removed' ? 'removed' : status === 'refused' ? 'refused' : null,
    decisionAt: status === 'removed' || status === 'refused' ? (last?.[0] ?? null) : null,
    appealUntilDate: status === 'refused' ? '2027-05-23' : null,
    removalCheck: status === 'removed' ? { checkedAt: '2026-11-22T09:35:00Z', checkedBy: 'M. de Jong', method: 'URL geopend in privévenster: pagina niet gevonden' } : null,
    noticeExplanation: null,
    omitSender: false,
    createdAt: history[0]?.[0] ?? '',
    updatedAt: last?.[0] ?? '',
    history: history.map(([at, from, to, reference, note]) => ({ at, by: n === 2 ? 'M. de Jong' : 'J. Bakker', from, to, reference, note, recordedAt: at })),
  };
}
