/**
 * The inbox's sources (issue 16 item 3): one entry per kind of work that can be due today, in
 * the order "Vandaag" shows them. Adding a source is one entry here (and its id in
 * shared/inbox-types.ts and a row in the renderer). Invariants: read-only; "today" is the local
 * calendar day in Europe/Amsterdam (shared/time.ts), as every follow-up and due date is.
 */
import type { InboxEntry, InboxSourceId } from '../../../shared/inbox-types';
import { WAITING_STATUSES, type TakedownRequest } from '../../../shared/takedown-types';
import { localDate } from '../../../shared/time';
import type { RemovalCheck } from '../../../shared/capture-types';
import { backOnlineCheck } from '../../../shared/removal-rules';
import type { Db } from '../db/open';
import { listAccessRequests } from '../person/access-requests';
import { listSteps } from '../step/step-plan';
import { listRequests } from '../takedown/takedown-repo';

export interface InboxContext {
  db: Db;
  now: Date;
  today: string;
  /** Every request once per inbox (several sources read it). */
  requests: () => TakedownRequest[];
  /** Ids of the removed requests found online again (backOnlineIds), once per inbox. */
  backOnline: () => Set<string>;
}

export interface InboxSource {
  id: InboxSourceId;
  collect(c: InboxContext): InboxEntry[];
}

const requestsWhere = (source: 'overdue' | 'follow-up' | 'to-send', keep: (r: TakedownRequest, today: string) => boolean): InboxSource => ({
  id: source,
  collect: (c) => c.requests().filter((r) => keep(r, c.today)).map((request) => ({ source, kind: 'request', request })),
});

/** How long before its deadline an access request enters the inbox. */
const ACCESS_WARN_DAYS = 14;

/** A calendar date (YYYY-MM-DD) plus `days`, as a calendar date. */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const INBOX_SOURCE_LIST: readonly InboxSource[] = [
  // Waiting for an answer past the follow-up day.
  requestsWhere('overdue', (r) => r.overdue),
  // Waiting, and today is the day to chase.
  requestsWhere('follow-up', (r, today) => WAITING_STATUSES.includes(r.status) && r.nextFollowUpDate === today),
  // Made but not sent yet: the platform does not know about it.
  requestsWhere('to-send', (r) => r.status === 'to-send'),
  {
    // Step-plan items due today or earlier and not done, in cases that are not closed.
    id: 'steps-due',
    collect: (c) => {
      const cases = c.db.prepare(`SELECT DISTINCT c.id, c.ref FROM case_steps s JOIN cases c ON c.id = s.case_id WHERE s.done_at IS NULL AND s.due_date IS NOT NULL AND s.due_date <= ? AND c.status <> 'closed' ORDER BY c.ref`).all(c.today) as { id: string; ref: string }[];
      return cases.flatMap((k) =>
        listSteps(c.db, k.id, c.now)
          .filter((s) => !s.doneAt && s.dueDate !== null && s.dueDate <= c.today)
          .map((step): InboxEntry => ({ source: 'steps-due', kind: 'step', step, caseRef: k.ref })),
      );
    },
  },
  {
    // Requests for access (art. 15 AVG) not yet answered whose deadline (one month, art. 12(3))
    // is two weeks away or less, or has passed: the school must answer in time.
    id: 'access-due',
    collect: (c) => {
      const soon = addDays(c.today, ACCESS_WARN_DAYS);
      return listAccessRequests(c.db, { open: true }, c.now)
        .filter((a) => a.overdue || a.dueOn <= soon)
        .map((access): InboxEntry => ({ source: 'access-due', kind: 'access', access }));
    },
  },
  // The platform says it is gone; nobody has looked yet whether it really is (one that a check
  // found online is under 'back-online' instead: somebody did look).
  {
    id: 'removal-check',
    collect: (c) => c.requests().filter((r) => r.status === 'removed' && r.removalCheck === null && !c.backOnline().has(r.id)).map((request): InboxEntry => ({ source: 'removal-check', kind: 'request', request })),
  },
  {
    // Marked removed, and a check made after that decision found one of its addresses online:
    // the latest check of that address says so (shared/removal-rules.ts backOnlineCheck). Removed is final, so the
    // officer looks and makes a new request (the snowball: material that comes back).
    id: 'back-online',
    collect: (c) => {
      const ids = c.backOnline();
      return ids.size ? c.requests().filter((r) => ids.has(r.id)).map((request): InboxEntry => ({ source: 'back-online', kind: 'request', request })) : [];
    },
  },
];

/** Every check of a removed request, newest first: what backOnlineCheck (shared/removal-rules.ts) reads. */
const REMOVED_CHECKS_SQL = `
  SELECT k.request_id AS requestId, k.url, k.outcome, k.checked_at AS checkedAt FROM removal_checks k
  JOIN takedown_requests r ON r.id = k.request_id
  WHERE r.status = 'removed' ORDER BY k.checked_at DESC, k.rowid DESC`;

/** Ids of the removed requests found online again (shared/removal-rules.ts backOnlineCheck). */
function backOnlineIds(db: Db, requests: readonly TakedownRequest[]): Set<string> {
  const byRequest = new Map<string, Pick<RemovalCheck, 'url' | 'outcome' | 'checkedAt'>[]>();
  for (const k of db.prepare(REMOVED_CHECKS_SQL).all() as (Pick<RemovalCheck, 'url' | 'outcome' | 'checkedAt'> & { requestId: string })[]) {
    const list = byRequest.get(k.requestId) ?? [];
    list.push(k);
    byRequest.set(k.requestId, list);
  }
  return new Set(requests.filter((r) => byRequest.has(r.id) && backOnlineCheck(r, byRequest.get(r.id)!) !== null).map((r) => r.id));
}

export function collectInbox(db: Db, now: Date): { today: string; sections: { source: InboxSourceId; entries: InboxEntry[] }[] } {
  let all: TakedownRequest[] | null = null;
  let back: Set<string> | null = null;
  const c: InboxContext = {
    db,
    now,
    today: localDate(now),
    requests: () => (all ??= listRequests(db, {}, now)),
    backOnline: () => (back ??= backOnlineIds(db, c.requests())),
  };
  return { today: c.today, sections: INBOX_SOURCE_LIST.map((s) => ({ source: s.id, entries: s.collect(c) })) };
}
